package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TDB2 release that fits the memory budget is served from an exact in-memory copy; one that does not, from TDB2. */
class ReleaseMemoryCopyTest {
    private static final int COMMITMENTS = 40;

    @TempDir
    Path folder;

    @Test
    void aReleaseWithinTheBudgetIsServedFromAnExactCopy() throws Exception {
        long budget = MemoryCopy.estimate(10_000);
        try (Store store = Store.open(folder.toString(), budget)) {
            Release release = ReleaseStaging.commit(store, "2026-01-01-1", COMMITMENTS);
            assertTrue(release.inMemory(), "the new release is served from memory");
            assertSameTriplesAsItsDump(release);
        }
        try (Store reopened = Store.open(folder.toString(), budget)) {
            Release release = reopened.current().orElseThrow();
            assertTrue(release.inMemory(), "the reopened release is served from memory");
            assertSameTriplesAsItsDump(release);
        }
    }

    @Test
    void aReleaseOverTheBudgetIsServedFromTdb2() throws Exception {
        try (Store store = Store.open(folder.toString())) {
            Release release = ReleaseStaging.commit(store, "2026-01-01-1", COMMITMENTS);
            assertFalse(release.inMemory(), "with no budget, the release is served from TDB2");
        }
        long triples;
        try (Store store = Store.open(folder.toString())) {
            triples = store.current().orElseThrow().info().triples();
        }
        try (Store tight = Store.open(folder.toString(), MemoryCopy.estimate(triples) - 1)) {
            Release release = tight.current().orElseThrow();
            assertFalse(release.inMemory(), "a budget a byte short of the estimate keeps the release in TDB2");
            assertSameTriplesAsItsDump(release);
        }
        try (Store exact = Store.open(folder.toString(), MemoryCopy.estimate(triples))) {
            assertTrue(exact.current().orElseThrow().inMemory(), "a budget equal to the estimate copies it");
        }
    }

    @Test
    void memoryStoreReleasesAreInMemory() throws Exception {
        try (Store store = Store.open("mem")) {
            Release release = ReleaseStaging.commit(store, "2026-01-01-1", COMMITMENTS);
            assertTrue(release.inMemory());
            assertSameTriplesAsItsDump(release);
        }
    }

    /** The served triples are exactly those of the N-Triples dump, which is written from the database. */
    private static void assertSameTriplesAsItsDump(Release release) {
        Graph dumped = RDFDataMgr.loadGraph(release.dump(DumpFile.NTRIPLES).toString());
        DatasetGraph served = release.dataset();
        Txn.executeRead(served, () -> {
            assertEquals(dumped.size(), served.getDefaultGraph().size());
            assertTrue(dumped.isIsomorphicWith(served.getDefaultGraph()), "the served triples are the dump's");
        });
        assertEquals(release.info().triples(), ReleaseStaging.storedTriples(release));
    }
}
