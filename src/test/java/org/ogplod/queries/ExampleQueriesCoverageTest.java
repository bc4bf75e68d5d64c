package org.ogplod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogplod.ontology.ExampleQueries;

/** Every example that runs without the text index has its results checked by one of the ExampleQueriesOn* tests. */
class ExampleQueriesCoverageTest {
    private static final Path TESTS = Path.of("src/test/java/org/ogplod/queries");

    @Test
    void everyExampleExceptTheTextSearchIsRunByATestOnTheBundledData() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path file : files.filter(path -> path.getFileName().toString()
                    .matches("ExampleQueriesOn.*Test\\.java")).toList()) {
                sources.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        List<String> unchecked = ExampleQueries.load().examples().stream()
                .filter(example -> !example.text().startsWith("# requires: text-index"))
                .map(ExampleQueries.Example::name)
                .filter(name -> !sources.toString().contains("\"" + name + "\""))
                .toList();
        assertEquals(List.of(), unchecked, "examples whose results no test checks");
    }
}
