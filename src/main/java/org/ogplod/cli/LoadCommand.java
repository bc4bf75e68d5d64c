package org.ogplod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogplod.convert.ConversionFailed;
import org.ogplod.convert.InputFiles;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Release;
import org.ogplod.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load}: converts inputs into a new release of the store, built aside and switched in only on success. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Converts the inputs into a new release of the store (built beside the current one, with its "
                + "dumps) and makes it current only when everything succeeded.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    private ConvertCommand.ConversionOptions conversion;

    @Mixin
    private StoreOptions store;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files (.csv, .xlsx, .json) or folders.")
    private List<Path> inputs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (Store opened = store.open(0)) {
            Release release = new Publisher(Ontology.load(), conversion.baseUri(), conversion.strict(), err)
                    .publish(opened, InputFiles.read(inputs));
            err.printf("loaded release %s into %s%n", release.id(), store.store);
            return 0;
        } catch (ConversionFailed failed) {
            err.print(failed.problems().text());
            err.println("error: the data has errors; the store still serves its previous release");
            return 1;
        }
    }
}
