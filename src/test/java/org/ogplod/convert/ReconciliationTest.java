package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogplod.ontology.Ogp;
import org.ogplod.ontology.Ontology;

/** Every row is accounted for, every id appears once, and a conversion is reproducible to the byte. */
class ReconciliationTest {
    private static final Ontology ONTOLOGY = Ontology.load();

    @TempDir
    Path folder;

    @Test
    void rowsReadEqualRowsConvertedPlusRowsRejectedWhenSomeRowsAreBad() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.copy(Path.of("data/members.csv"), input.resolve("members.csv"));
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("data/commitments.csv"), StandardCharsets.UTF_8));
        lines.set(5, lines.get(5).replaceFirst(",[a-z-]+,", ",no-such-member,"));
        lines.set(9, lines.get(9).replaceFirst("^[A-Z0-9]+,", "BAD-ID,"));
        Files.write(input.resolve("commitments.csv"), lines, StandardCharsets.UTF_8);
        Converter converter = new Converter(ONTOLOGY, new Converter.Options(false, "2026-01-01-1"));
        ConversionFailed failed = org.junit.jupiter.api.Assertions.assertThrows(ConversionFailed.class,
                () -> converter.convert(List.of(input), StreamRDFLib.sinkNull()));
        assertEquals(2, failed.problems().errors(), failed.problems().text());
        Converter.Result clean = converter.convert(List.of(Path.of("data")), StreamRDFLib.sinkNull());
        assertEquals(clean.rowsRead(), clean.rowsConverted() + clean.rowsRejected());
        assertEquals(csvRows("data/members.csv") + csvRows("data/commitments.csv"), clean.rowsRead());
    }

    @Test
    void everySourceIdAppearsExactlyOnceAsACommitmentOrMember() throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        new Converter(ONTOLOGY, new Converter.Options(false, "2026-01-01-1"))
                .convert(List.of(Path.of("data")), StreamRDFLib.graph(graph));
        for (CSVRecord row : csv("data/commitments.csv")) {
            Node id = NodeFactory.createLiteralString(row.get("id"));
            assertEquals(1, graph.find(Node.ANY, DCTerms.identifier.asNode(), id)
                    .filterKeep(triple -> graph.contains(triple.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(),
                            Ogp.Commitment)).toList().size(), row.get("id"));
        }
        for (CSVRecord row : csv("data/members.csv")) {
            Node slug = NodeFactory.createLiteralString(row.get("slug"));
            assertEquals(1, graph.find(Node.ANY, DCTerms.identifier.asNode(), slug).toList().size(), row.get("slug"));
        }
    }

    @Test
    void twoConversionsOfTheSameInputGiveByteIdenticalSortedNTriples() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        String first = sortedNTriples(clock);
        String second = sortedNTriples(clock);
        assertTrue(first.length() > 100_000, "suspiciously little output");
        assertEquals(first, second);
    }

    private static String sortedNTriples(Clock clock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
        writer.start();
        new Converter(ONTOLOGY, new Converter.Options(false, "2026-01-01-1"), clock)
                .convert(List.of(Path.of("data")), writer);
        writer.finish();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    private static long csvRows(String file) throws IOException {
        return csv(file).size();
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
