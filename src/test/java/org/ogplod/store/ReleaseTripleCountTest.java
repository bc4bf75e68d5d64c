package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The triple count a release records (release.properties, the catalogue's version notes) is what it holds. */
class ReleaseTripleCountTest {
    @TempDir
    Path folder;

    @Test
    void releasePropertiesCountEveryTripleTheReleaseHolds() throws Exception {
        try (Store store = Store.open(folder.toString())) {
            Release release = ReleaseStaging.commit(store, "2026-01-01-1", 5);
            assertEquals(ReleaseStaging.storedTriples(release), release.info().triples());
        }
        try (Store reopened = Store.open(folder.toString())) {
            Release release = reopened.current().orElseThrow();
            assertEquals(ReleaseStaging.storedTriples(release), release.info().triples());
        }
    }
}
