package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} without {@code --data} in a folder holding {@code ./data}, on a store {@code load} filled from other
 * data (DESIGN section 7: it builds from the data only when the store is missing or older than the data): it serves
 * the loaded release as it is, and builds a new one of {@code ./data} once that changes after the load.
 */
@Timeout(180)
class ServeOverLoadedStoreTest {
    private static final Pattern SERVING = Pattern.compile("serving release (\\S+) \\((\\S+) triples\\)");

    @TempDir
    Path work;

    @Test
    void servesTheLoadedReleaseUntilTheDefaultDataChangesAfterIt() throws Exception {
        generate(work.resolve("data"), 1);
        Path other = generate(work.resolve("other"), 2);
        Path store = work.resolve("store");
        Path loadLog = work.resolve("load.log");
        try (ReleaseChildProcess load = ReleaseChildProcess.startIn(work, loadLog, Map.of(), "load", "--store",
                store.toString(), other.toString())) {
            assertEquals(0, load.exitCode(Duration.ofMinutes(1)), load.printed());
        }
        String loaded = current(store);

        Matcher kept = serve(store, "serve-loaded.log");
        assertEquals(loaded, kept.group(1), "serve replaced the loaded release with one of ./data");
        String printed = Files.readString(work.resolve("serve-loaded.log"));
        assertTrue(printed.contains("was built from other data after ./data last changed"), printed);
        assertFalse(printed.contains("building the store"), printed);

        generate(work.resolve("data"), 3); // ./data changes after the load: the store is now older than it
        Matcher rebuilt = serve(store, "serve-changed.log");
        assertNotEquals(loaded, rebuilt.group(1), "serve kept a release older than ./data");
        assertEquals(current(store), rebuilt.group(1));
        assertTrue(Files.readString(work.resolve("serve-changed.log")).contains("building the store"));
    }

    /** Starts {@code serve --store STORE --port 0} in the work folder, waits until it serves, stops it. */
    private Matcher serve(Path store, String log) throws IOException, InterruptedException {
        try (ReleaseChildProcess serve = ReleaseChildProcess.startIn(work, work.resolve(log), Map.of(), "serve",
                "--store", store.toString(), "--port", "0")) {
            return serve.awaitLine(SERVING, Duration.ofMinutes(2));
        }
    }

    private static Path generate(Path folder, int seed) {
        CommandRun run = CommandRun.of("generate", "--commitments", "6", "--members", "2", "--seed",
                Integer.toString(seed), "-o", folder.toString());
        assertEquals(0, run.exitCode(), run.printed());
        return folder;
    }

    private static String current(Path store) throws IOException {
        return Files.readString(store.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
    }
}
