package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After each commit a store keeps its three newest complete releases, the new current one among them. */
class ReleasePruningTest {
    @TempDir
    Path folder;

    @Test
    void theTenthReleaseOfADayStaysCurrentAndTheThreeNewestAreKept() throws Exception {
        for (int n = 1; n <= 9; n++) {
            // One store per release, as one 'load' process per release opens it.
            try (Store store = Store.open(folder.toString())) {
                ReleaseStaging.commit(store, "2026-01-01-" + n, 5);
            }
        }
        try (Store store = Store.open(folder.toString())) {
            ReleaseStaging.commit(store, "2026-01-01-10", 5);
            assertEquals("2026-01-01-10", ReleaseStaging.current(folder));
            assertEquals(List.of("2026-01-01-10", "2026-01-01-8", "2026-01-01-9"), ReleaseStaging.folders(folder));
        }
        try (Store reopened = Store.open(folder.toString())) {
            assertEquals("2026-01-01-10", reopened.current().orElseThrow().id());
            assertTrue(ReleaseStaging.storedTriples(reopened.current().orElseThrow()) >= 10, "5 commitments");
        }
    }

    @Test
    void theIdOfAnAbandonedReleaseIsNotGivenAgainOnceItsFolderIsGone() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
        try (Store store = Store.open(folder.toString())) {
            ReleaseStaging.commit(store, store.nextReleaseId(day), 5);
            String abandoned = store.nextReleaseId(day);
            try (Staging staging = store.stage(abandoned)) {
                ReleaseStaging.sendCommitments(staging.sink(), 0, 5);
            } // closed without a commit: its folder is removed
            assertEquals(List.of("2026-01-01-1"), ReleaseStaging.folders(folder));
            assertEquals("2026-01-01-2", abandoned);
            assertEquals("2026-01-01-3", store.nextReleaseId(day));
        }
        try (Store reopened = Store.open(folder.toString())) {
            assertEquals("2026-01-01-3", reopened.nextReleaseId(day), "as another process sees it");
        }
    }

    @Test
    void aStoreThatCommittedFourReleasesClosesWithoutError() throws Exception {
        Store store = Store.open(folder.toString());
        for (int n = 1; n <= 4; n++) {
            ReleaseStaging.commit(store, "2026-01-01-" + n, 5);
        }
        assertEquals(List.of("2026-01-01-2", "2026-01-01-3", "2026-01-01-4"), ReleaseStaging.folders(folder));
        assertDoesNotThrow(store::close);
    }
}
