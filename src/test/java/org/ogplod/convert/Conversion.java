package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ogplod.ontology.Ontology;
import org.ogplod.ontology.Prefixes;

/** Runs the converter as the tests need it: a fixed clock and release id, into an in-memory graph. */
final class Conversion {
    static final String RELEASE_ID = "2026-01-01-1";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);
    static final String RELEASE_IRIS = "http://localhost:8080/id/release/";

    /** The ontology is loaded once for the whole test run (it is immutable). */
    private static final class Loaded {
        static final Ontology ONTOLOGY = Ontology.load();
    }

    private Conversion() {
    }

    static Converter converter(boolean strict) {
        return new Converter(Loaded.ONTOLOGY, new Converter.Options(strict, RELEASE_ID), CLOCK);
    }

    /** Converts (collecting errors) and returns the whole graph; a failed run fails the test with its report. */
    static Graph graph(Path... inputs) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            converter(false).convert(List.of(inputs), StreamRDFLib.graph(graph));
        } catch (ConversionFailed failed) {
            fail("conversion of " + Arrays.toString(inputs) + " failed:\n" + failed.problems().text());
        }
        return graph;
    }

    /** Converts inputs that must fail and returns the report. */
    static Problems failure(boolean strict, Path... inputs) {
        Graph graph = GraphFactory.createDefaultGraph();
        return assertThrows(ConversionFailed.class,
                () -> converter(strict).convert(List.of(inputs), StreamRDFLib.graph(graph)),
                () -> "conversion of " + Arrays.toString(inputs) + " should fail but gave\n" + turtle(graph))
                .problems();
    }

    /** The problem whose sentence contains every fragment; fails with the whole report when there is none. */
    static Problem problem(Problems problems, String... fragments) {
        return problems.list().stream()
                .filter(problem -> Arrays.stream(fragments).allMatch(problem.toString()::contains))
                .findFirst()
                .orElseGet(() -> fail("no problem mentions all of " + Arrays.toString(fragments) + "; the report is\n"
                        + problems.text()));
    }

    /** The graph without the release description (its times and checksums differ from run to run). */
    static Graph withoutRelease(Graph graph) {
        Graph data = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(triple -> triple.getSubject().isURI()
                && triple.getSubject().getURI().startsWith(RELEASE_IRIS)).forEach(data::add);
        return data;
    }

    static String turtle(Graph graph) {
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        withPrefixes.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        graph.find().forEach(withPrefixes::add);
        StringWriter text = new StringWriter();
        RDFDataMgr.write(text, withPrefixes, Lang.TURTLE);
        return text.toString();
    }

    /** Asserts isomorphism; the message lists the differing triples and the whole actual graph as Turtle. */
    static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        fail(what + ": the graphs differ.\nmissing from actual:\n" + difference(expected, actual)
                + "\nunexpected in actual:\n" + difference(actual, expected) + "\nactual graph:\n" + turtle(actual));
    }

    private static String difference(Graph from, Graph other) {
        return from.find().filterDrop(other::contains).toList().stream().map(Triple::toString).sorted()
                .collect(Collectors.joining("\n"));
    }
}
