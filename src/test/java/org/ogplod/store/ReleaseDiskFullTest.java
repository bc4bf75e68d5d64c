package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load whose producer fails part-way with "No space left on device" (simulated: the test's own code throws while
 * feeding the staging's sink): the staging is thrown away, the live release stays as it was, the next load works.
 */
class ReleaseDiskFullTest {
    private static final String LIVE = "2026-01-01-1";
    private static final String FAILED = "2026-01-01-2";

    @TempDir
    Path folder;

    @Test
    void aLoadThatRunsOutOfDiskPartWayLeavesNoStagingAndTheLiveReleaseUntouched() throws Exception {
        try (Store store = Store.open(folder.toString())) {
            Release live = ReleaseStaging.commit(store, LIVE, 50);
            long liveTriples = ReleaseStaging.storedTriples(live);
            List<String> liveDumps = ReleaseStaging.dumpDigests(live);

            IOException failure = assertThrows(IOException.class, () -> {
                try (Staging staging = store.stage(FAILED)) {
                    fillUntilTheDiskIsFull(staging.sink());
                    staging.commit("never reached");
                }
            });
            assertEquals("No space left on device", failure.getMessage());

            assertEquals(List.of(LIVE), ReleaseStaging.folders(folder), "the failed staging is left behind");
            assertEquals(LIVE, ReleaseStaging.current(folder));
            assertEquals(LIVE, store.current().orElseThrow().id());
            assertEquals(liveTriples, ReleaseStaging.storedTriples(store.current().orElseThrow()));
            assertEquals(liveDumps, ReleaseStaging.dumpDigests(store.current().orElseThrow()));

            Release next = ReleaseStaging.commit(store, FAILED, 80);
            assertEquals(FAILED, ReleaseStaging.current(folder));
            assertTrue(ReleaseStaging.storedTriples(next) > liveTriples, "the next release holds its 80 commitments");
        }
        try (Store reopened = Store.open(folder.toString())) {
            assertEquals(FAILED, reopened.current().orElseThrow().id());
        }
    }

    /** Feeds commitments, then fails as a writer does when the disk fills up. */
    private static void fillUntilTheDiskIsFull(StreamRDF sink) throws IOException {
        ReleaseStaging.sendCommitments(sink, 0, 20_000);
        throw new IOException("No space left on device");
    }
}
