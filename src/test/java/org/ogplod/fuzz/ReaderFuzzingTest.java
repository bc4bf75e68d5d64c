package org.ogplod.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.ogplod.convert.ConversionFailed;
import org.ogplod.convert.Converter;
import org.ogplod.ontology.Ontology;

/**
 * Jazzer targets for the three readers: any bytes, as a members file of that format, must end in a conversion or
 * in reported problems that name the file, never in another exception. In a normal build the saved inputs under
 * {@code src/test/resources/org/ogplod/fuzz/ReaderFuzzingTestInputs/} replay; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class ReaderFuzzingTest {
    private static Converter converter;
    private static Path folder;

    @BeforeAll
    static void setUp() throws IOException {
        converter = new Converter(Ontology.load(), new Converter.Options(false, "2026-01-01-1"));
        folder = Files.createTempDirectory("ogp-lod-fuzz-");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @FuzzTest(maxDuration = "30s")
    void csvReaderReportsOrConverts(byte[] data) throws IOException {
        convert("members.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void xlsxReaderReportsOrConverts(byte[] data) throws IOException {
        convert("members.xlsx", data);
    }

    @FuzzTest(maxDuration = "30s")
    void jsonReaderReportsOrConverts(byte[] data) throws IOException {
        convert("members.json", data);
    }

    private static void convert(String name, byte[] data) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, data);
        try {
            converter.convert(List.of(file), StreamRDFLib.sinkNull());
        } catch (ConversionFailed failed) {
            assertFalse(failed.problems().list().isEmpty(), "a failed run must report at least one problem");
            assertTrue(failed.problems().list().stream().anyMatch(problem -> problem.toString().contains(name)),
                    () -> "no problem names the file: " + failed.problems().text());
        }
    }
}
