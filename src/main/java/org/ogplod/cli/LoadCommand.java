package org.ogplod.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogplod.convert.ConversionFailed;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Release;
import org.ogplod.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

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

    @Override
    public Integer call() throws Exception {
        try (Store opened = store.open(0)) {
            Release release = new Publisher(Ontology.load(), conversion.baseUri(), conversion.strict())
                    .publish(opened, inputs);
            System.err.printf("loaded release %s into %s%n", release.id(), store.store);
            return 0;
        } catch (ConversionFailed failed) {
            System.err.print(failed.problems().text());
            System.err.println("error: the data has errors; the store still serves its previous release");
            return 1;
        }
    }
}
