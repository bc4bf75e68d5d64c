package org.ogplod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFLib;
import org.ogplod.convert.ConversionFailed;
import org.ogplod.convert.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: converts without writing, and prints the problem and SHACL report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks OGP input files against the column rules and the SHACL shapes; writes no RDF.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    private ConvertCommand.ConversionOptions conversion;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files (.csv, .xlsx, .json) or folders.")
    private List<Path> inputs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Converter.Result result = conversion.converter().convert(inputs, StreamRDFLib.sinkNull());
            out.print(result.problems().text());
            out.printf("valid: %,d rows, %,d triples conform to the shapes%n", result.rowsRead(),
                    result.triples());
            return 0;
        } catch (ConversionFailed failed) {
            out.print(failed.problems().text());
            out.println("invalid: see the errors above");
            return 1;
        }
    }
}
