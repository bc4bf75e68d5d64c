package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} of an input with an error, into a store that has a release: exit 1, the problem named, and the store
 * exactly as before (same release, triples and dumps), with no staging folder left under {@code releases/}.
 */
class ReleaseFailedLoadTest {
    private static final Path DATA = Path.of("data");

    @TempDir
    Path temp;

    private Path store;
    private Path broken;
    private ReleaseSnapshot before;

    /** A store with one release of the bundled data, and a copy of the data whose last commitment has no member. */
    @BeforeEach
    void storeWithARelease() throws IOException {
        store = temp.resolve("store");
        CommandRun first = CommandRun.of("load", "--store", store.toString(), DATA.toString());
        assertEquals(0, first.exitCode(), first.printed());
        before = ReleaseSnapshot.of(store);

        broken = temp.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(DATA.resolve("members.csv"), broken.resolve("members.csv"));
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(DATA.resolve("commitments.csv")));
        String last = rows.get(rows.size() - 1);
        String[] cells = last.split(",", 3);
        rows.set(rows.size() - 1, cells[0] + ",atlantis," + cells[2]);
        Files.write(broken.resolve("commitments.csv"), rows, StandardCharsets.UTF_8);
    }

    @Test
    void aLoadWithAnUnknownMemberFailsAndLeavesTheStoreAsItWas() throws IOException {
        assertFailsAndLeavesTheStore(CommandRun.of("load", "--store", store.toString(), broken.toString()));
    }

    @Test
    void aStrictLoadStoppingAtTheUnknownMemberLeavesTheStoreAsItWas() throws IOException {
        assertFailsAndLeavesTheStore(CommandRun.of("load", "--strict", "--store", store.toString(),
                broken.toString()));
    }

    private void assertFailsAndLeavesTheStore(CommandRun failed) throws IOException {
        assertEquals(1, failed.exitCode(), failed.printed());
        assertTrue(failed.err().contains("commitments.csv:664") && failed.err().contains("atlantis"), failed.printed());
        assertTrue(failed.err().contains("error: the data has errors; the store still serves its previous release"),
                failed.printed());
        ReleaseSnapshot.of(store).assertSameReleaseAs(before, "after the failed load");
        assertEquals(List.of(), ReleaseSnapshot.unfinishedReleases(store), "a staging folder was left behind");
        try (var releases = Files.list(store.resolve("releases"))) {
            assertEquals(List.of(before.current()), releases.map(path -> path.getFileName().toString()).toList());
        }
    }
}
