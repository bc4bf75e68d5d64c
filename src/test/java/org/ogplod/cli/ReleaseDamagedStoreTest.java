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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code serve} on a store whose current release is missing or half-written refuses to start, quickly, with one
 * sentence saying the store is damaged (a stack trace only with {@code --verbose}), and leaves the store alone.
 */
class ReleaseDamagedStoreTest {
    private static final Path DATA = Path.of("data").toAbsolutePath();
    private static final String ID = "2026-01-01-1";

    @TempDir
    Path temp;

    /** Ways a store can be found damaged, each made from nothing (the check comes before any database opens). */
    enum Damage {
        CURRENT_NAMES_A_RELEASE_FOLDER_THAT_DOES_NOT_EXIST {
            @Override
            void apply(Path store) throws IOException {
                Files.createDirectories(store.resolve("releases"));
            }
        },
        RELEASE_FOLDER_HAS_NO_RELEASE_PROPERTIES {
            @Override
            void apply(Path store) throws IOException {
                Path tdb = Files.createDirectories(store.resolve("releases/" + ID + "/tdb/Data-0001"));
                Files.writeString(tdb.resolve("nodes.dat"), "");
            }
        },
        RELEASE_TDB_FOLDER_IS_EMPTY {
            @Override
            void apply(Path store) throws IOException {
                Files.createDirectories(store.resolve("releases/" + ID + "/tdb"));
                writeProperties(store.resolve("releases/" + ID));
            }
        },
        CURRENT_IS_EMPTY {
            @Override
            void apply(Path store) throws IOException {
                Files.createDirectories(store.resolve("releases"));
                Files.writeString(store.resolve("CURRENT"), "\n");
            }
        };

        abstract void apply(Path store) throws IOException;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    @ParameterizedTest(name = "serve refuses a store where {0}")
    @EnumSource(Damage.class)
    void serveRefusesADamagedStoreWithOneSentence(Damage damage) throws Exception {
        Path store = temp.resolve("store");
        Files.createDirectories(store);
        Files.writeString(store.resolve("CURRENT"), ID + "\n");
        damage.apply(store);
        assertRefused(store);
    }

    @Test
    void serveRefusesAReleaseWhoseDatabaseFilesAreGone() throws Exception {
        Path store = temp.resolve("store");
        CommandRun load = CommandRun.of("load", "--store", store.toString(), DATA.toString());
        assertEquals(0, load.exitCode(), load.printed());
        String id = Files.readString(store.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
        delete(store.resolve("releases/" + id + "/tdb/Data-0001"));
        assertRefused(store);
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path store = temp.resolve("store");
        Files.createDirectories(store.resolve("releases"));
        Files.writeString(store.resolve("CURRENT"), ID + "\n");
        CommandRun serve = CommandRun.of("serve", "--verbose", "--store", store.toString(), "--port", "0",
                "--data", DATA.toString());
        assertEquals(1, serve.exitCode(), serve.printed());
        assertTrue(serve.err().contains("is damaged"), serve.printed());
        assertTrue(serve.err().contains("\tat org.ogplod.store.TdbStore"), serve.printed());
    }

    /** A child 'serve' ends non-zero within seconds, says "damaged" in one error line, and changes nothing. */
    private void assertRefused(Path store) throws Exception {
        List<String> before = listing(store);
        Path log = temp.resolve("serve.log");
        long started = System.nanoTime();
        int exit;
        try (ReleaseChildProcess serve = ReleaseChildProcess.start(log, "serve", "--store", store.toString(),
                "--port", "0", "--data", DATA.toString())) {
            exit = serve.exitCodeUnless("serving release", Duration.ofSeconds(30));
        }
        String printed = Files.readString(log);
        System.out.printf("refused in %,d ms: %s%n", (System.nanoTime() - started) / 1_000_000, printed.strip());
        assertNotEquals(0, exit, printed);
        List<String> errors = printed.lines().filter(line -> line.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), printed);
        assertTrue(errors.get(0).contains("the store " + store + " is damaged"), printed);
        assertFalse(printed.contains("\tat ") || printed.contains("Exception"), "a stack trace:\n" + printed);
        assertFalse(printed.contains("serving release") || printed.contains("building the store"), printed);
        assertEquals(before, listing(store), "serve changed the damaged store");
    }

    private static void writeProperties(Path release) throws IOException {
        Files.writeString(release.resolve("release.properties"), "id=" + ID + "\ncreated=2026-01-01T00\\:00\\:00Z\n"
                + "triples=1\nfingerprint=unknown\n", StandardCharsets.ISO_8859_1);
    }

    /** Every path under the store except the lock files a command may create. */
    private static List<String> listing(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.map(file -> store.relativize(file).toString()).filter(name -> !name.endsWith(".lock"))
                    .sorted().toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
