package org.ogplod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDF;
import org.ogplod.convert.ConversionFailed;
import org.ogplod.convert.Converter;
import org.ogplod.convert.InputFiles;
import org.ogplod.convert.Problems;
import org.ogplod.ontology.Ontology;
import org.ogplod.ontology.Rebase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert}: OGP tables to RDF, with the problem report; writes nothing when the run fails. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts OGP members and commitments (CSV, XLSX or JSON files, or a folder holding "
                + "members.* and commitments.*) to RDF, validated against the SHACL shapes.")
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    private ConversionOptions conversion;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, nt or jsonld (default ${DEFAULT-VALUE}).")
    private RdfFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the RDF here (default: stdout).")
    private Path output;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the problem report as JSON here.")
    private Path report;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files (.csv, .xlsx, .json) or folders.")
    private List<Path> inputs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (output != null && Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "-o names a folder (" + output + "); give a file name");
        }
        Converter converter = conversion.converter();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles files = InputFiles.read(inputs);
        ProgressLine progress = new ProgressLine(err, files.rows());
        converter.onProgress(progress);
        try (AtomicOutput out = new AtomicOutput(output, spec.commandLine().getOut())) {
            StreamRDF sink = Rebase.to(conversion.baseUri(), format.writer(out.stream()));
            sink.start();
            Converter.Result result = converter.convert(files, sink);
            sink.finish();
            progress.done();
            out.commit();
            finish(result.problems(), err);
            err.printf("converted %,d rows (%,d rejected) -> %,d triples, %d errors, %d warnings in %.1f s; "
                    + "release %s%n", result.rowsRead(), result.rowsRejected(), result.triples(),
                    result.problems().errors(), result.problems().warnings(),
                    result.elapsed().toMillis() / 1000.0, result.releaseId());
            return 0;
        } catch (ConversionFailed failed) {
            progress.done();
            finish(failed.problems(), err);
            err.println("error: conversion failed; no output was written");
            return 1;
        }
    }

    private void finish(Problems problems, PrintWriter err) throws IOException {
        if (problems.total() > 0) {
            err.print(problems.text());
        }
        if (report != null) {
            try (OutputStream out = Files.newOutputStream(report)) {
                problems.writeJson(out);
            }
        }
    }

    /** Options shared by the commands that convert: base IRI, strictness, release id. */
    static final class ConversionOptions {
        @picocli.CommandLine.Mixin
        private BaseUriOption baseUri;

        @Option(names = "--strict", description = "Stop at the first error (default: collect up to 1,000).")
        private boolean strict;

        @Option(names = "--release-id", paramLabel = "ID", description = "Release id yyyy-mm-dd-n (default: today-1).")
        private String releaseId;

        @Option(names = "--verbose", description = "Print stack traces of failures.")
        private boolean verbose;

        @Spec(Spec.Target.MIXEE)
        private CommandSpec spec;

        String baseUri() {
            return baseUri.value();
        }

        boolean strict() {
            return strict;
        }

        Converter converter() {
            String id = releaseId != null ? releaseId : LocalDate.now(Clock.systemUTC()) + "-1";
            Converter.Options options;
            try {
                options = new Converter.Options(strict, id);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--release-id: " + e.getMessage());
            }
            return new Converter(Ontology.load(), options);
        }
    }
}
