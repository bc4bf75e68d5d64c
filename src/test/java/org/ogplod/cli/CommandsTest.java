package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --help} on every command, the exit codes of {@code validate} and {@code generate}, and option checks. */
class CommandsTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        "convert,  --format --output --report --base-uri --strict --release-id INPUT",
        "validate, --base-uri --strict --release-id INPUT",
        "generate, --commitments --members --seed --output"
    })
    void helpExitsZeroAndNamesTheOptions(String command, String options) {
        CommandRun run = CommandRun.of(command, "--help");
        assertEquals(0, run.exitCode(), run.printed());
        assertTrue(run.out().contains("Usage: ogp-lod " + command), run.printed());
        for (String option : options.split(" ")) {
            assertTrue(run.out().contains(option), command + " --help should mention " + option + "\n" + run.printed());
        }
    }

    @Test
    void validateExitsZeroOnTheBundledDataAndOneOnBadData() throws IOException {
        CommandRun good = CommandRun.of("validate", "data");
        assertEquals(0, good.exitCode(), good.printed());
        assertTrue(good.out().contains("valid: 769 rows"), good.printed());
        Path bad = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(bad.resolve("members.csv"),
                "slug,name,type,source\r\nkenya,Kenya,sovereign,https://x.org/k\r\n");
        CommandRun invalid = CommandRun.of("validate", bad.toString());
        assertEquals(1, invalid.exitCode(), invalid.printed());
        assertTrue(invalid.out().contains(bad.resolve("members.csv") + ":2 column 'type': 'sovereign'"),
                invalid.printed());
    }

    @ParameterizedTest
    @CsvSource({"lots, must be auto, 0 or a size", "-1g, must be auto, 0 or a size",
        "99999999999g, is too large"})
    void serveRefusesAMemoryBudgetThatIsNotASize(String budget, String message) {
        CommandRun run = CommandRun.of("serve", "--store", "mem", "--port", "0", "--memory-budget", budget);
        assertEquals(2, run.exitCode(), run.printed());
        assertTrue(run.err().contains("--memory-budget") && run.err().contains(message), run.printed());
    }

    @Test
    void serveOnABusyPortEndsAtOnceSayingSoWithoutBuildingAnything() throws IOException {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0)) {
            Path store = temp.resolve("busy-port-store");
            CommandRun run = CommandRun.of("serve", "--store", store.toString(), "--port",
                    Integer.toString(busy.getLocalPort()));
            assertEquals(1, run.exitCode(), run.printed());
            assertTrue(run.err().contains("port " + busy.getLocalPort() + " is in use"), run.printed());
            assertFalse(Files.exists(store), "a store was made before the port was checked");
        }
    }

    @Test
    void generateWritesBothTablesAndRefusesMoreThanTheIdsAllow() throws IOException {
        Path folder = temp.resolve("synthetic");
        CommandRun run = CommandRun.of("generate", "--commitments", "50", "--seed", "3", "-o", folder.toString());
        assertEquals(0, run.exitCode(), run.printed());
        assertEquals(51, Files.readAllLines(folder.resolve("commitments.csv")).size(), "header and 50 rows");
        assertEquals(List.of("commitments.csv", "members.csv"), ConvertCommandTest.names(folder));
        CommandRun tooMany = CommandRun.of("generate", "--commitments", "100000", "--members", "2", "-o",
                temp.resolve("none").toString());
        assertEquals(2, tooMany.exitCode(), tooMany.printed());
    }
}
