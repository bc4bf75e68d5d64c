package org.ogplod.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFLib;
import org.ogplod.convert.ConversionFailed;
import org.ogplod.convert.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code validate}: converts without writing, and prints the problem and SHACL report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks OGP input files against the column rules and the SHACL shapes; writes no RDF.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    private ConvertCommand.ConversionOptions conversion;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files (.csv, .xlsx, .json) or folders.")
    private List<Path> inputs;

    @Override
    public Integer call() {
        try {
            Converter.Result result = conversion.converter().convert(inputs, StreamRDFLib.sinkNull());
            System.out.print(result.problems().text());
            System.out.printf("valid: %,d rows, %,d triples conform to the shapes%n", result.rowsRead(),
                    result.triples());
            return 0;
        } catch (ConversionFailed failed) {
            System.out.print(failed.problems().text());
            System.out.println("invalid: see the errors above");
            return 1;
        }
    }
}
