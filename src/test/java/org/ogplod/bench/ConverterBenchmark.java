package org.ogplod.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.ogplod.convert.Converter;
import org.ogplod.convert.SyntheticData;
import org.ogplod.ontology.Ontology;

/**
 * Converter throughput against Jena's own N-Triples parser, measured in one process on the same data: generates N
 * synthetic commitments (in the canonical columns and in OGP's sheet layout, or the one format named as the third
 * argument), converts them to N-Triples (reading, mapping, per-record SHACL, writing), then parses that
 * file with RIOT, and prints rows/s, triples/s and the ratio converter/RIOT. Not a test: run it on demand (README).
 */
public final class ConverterBenchmark {

    public static void main(String[] args) throws IOException {
        int commitments = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        List<String> formats = args.length > 2 ? List.of(args[2]) : List.of("canonical", "ogp-sheet");
        Path folder = Files.createTempDirectory("ogp-lod-bench-");
        try {
            for (String format : formats) {
                Path input = folder.resolve(format);
                SyntheticData data = new SyntheticData(seed);
                int members = SyntheticData.membersFor(commitments);
                if (format.equals("ogp-sheet")) {
                    data.writeSheet(input, members, commitments);
                } else {
                    data.write(input, members, commitments);
                }
                measure(format, input, folder.resolve(format + ".nt"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Converts one input to N-Triples, parses the output with RIOT, prints both rates and their ratio. */
    private static void measure(String format, Path input, Path output) throws IOException {
        Converter converter = new Converter(Ontology.load(), new Converter.Options(false, "2026-01-01-1"),
                Clock.systemUTC());
        long start = System.nanoTime();
        Converter.Result result;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            writer.start();
            result = converter.convert(List.of(input), writer);
            writer.finish();
        }
        double convertSeconds = (System.nanoTime() - start) / 1e9;
        long[] parsed = {0};
        start = System.nanoTime();
        RDFParser.source(output).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                parsed[0]++;
            }
        });
        double parseSeconds = (System.nanoTime() - start) / 1e9;
        double converterRate = result.triples() / convertSeconds;
        double riotRate = parsed[0] / parseSeconds;
        System.out.printf("%s converter: %,d rows, %,d triples in %.1f s = %,.0f rows/s, %,.0f triples/s%n", format,
                result.rowsRead(), result.triples(), convertSeconds, result.rowsRead() / convertSeconds, converterRate);
        System.out.printf("%s RIOT parse of the output: %,d triples in %.1f s = %,.0f triples/s%n", format, parsed[0],
                parseSeconds, riotRate);
        System.out.printf("%s ratio converter/RIOT (triples/s): %.2f%n", format, converterRate / riotRate);
    }
}
