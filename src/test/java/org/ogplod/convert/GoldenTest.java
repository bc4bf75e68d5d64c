package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden conversions: each folder under {@code src/test/resources/golden} holds {@code members.csv},
 * {@code commitments.csv} and the hand-written {@code expected.ttl}; the converter's graph must be isomorphic to it.
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertedGraphIsIsomorphicToTheHandWrittenExpectation(String name) {
        Path folder = GOLDEN.resolve(name);
        Graph expected = RDFDataMgr.loadGraph(folder.resolve("expected.ttl").toString());
        Graph actual = Conversion.withoutRelease(Conversion.graph(folder));
        Conversion.assertIsomorphic(expected, actual, "golden case " + name);
    }

    @Test
    void theThreeRequiredCasesArePresent() throws IOException {
        List<String> names = cases().toList();
        assertTrue(names.containsAll(List.of("national-original-methodology", "local-member-without-plan",
                "refreshed-methodology-institutions")), "golden cases: " + names);
        for (String name : names) {
            for (String file : List.of("members.csv", "commitments.csv", "expected.ttl")) {
                assertTrue(Files.isRegularFile(GOLDEN.resolve(name).resolve(file)), name + " lacks " + file);
            }
        }
    }
}
