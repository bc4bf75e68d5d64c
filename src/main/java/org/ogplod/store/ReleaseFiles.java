package org.ogplod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ogplod.ontology.Prefixes;

/**
 * What every store writes beside a release's triples, the same way: the change report and RDF Patch against the
 * previous release (which add the {@code ogp:lastChangedIn} stamps to the staged data), the link report, the dumps
 * and the search index.
 */
final class ReleaseFiles {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReleaseFiles.class);

    private ReleaseFiles() {
    }

    /** The release a new one is compared with: its id and folder, or none. */
    record Previous(String id, Path folder) {
        static final Previous NONE = new Previous(null, null);

        Path dump() {
            return folder == null ? null : folder.resolve("dumps").resolve(DumpFile.NTRIPLES.fileName());
        }

        Path links() {
            return folder == null ? null : folder.resolve(LinkReport.JSON_FILE);
        }
    }

    /** Opens the search index a release's files are indexed into (once the dumps are written). */
    interface IndexOpener {
        TextIndex open() throws IOException;
    }

    /** What was written: the release's size with the stamps added, and its filled search index. */
    record Written(long triples, TextIndex index) {
    }

    /**
     * Writes the files of release {@code id} ({@code dataset}, {@code loaded} triples as sent, IRIs under
     * {@code baseUri}) into {@code folder}, then fills the index {@code search} opens.
     */
    static Written write(String baseUri, DatasetGraph dataset, String id, long loaded, Previous previous, Path folder,
            IndexOpener search) throws IOException {
        long start = System.nanoTime();
        ReleaseChanges.Stamped changes = ReleaseChanges.stamp(baseUri, dataset, id, previous.dump(), previous.id(),
                folder, SortedLines.RUN_CHARACTERS);
        LOG.info("compared with {}: {} stamps{} in {}", previous.id() == null ? "nothing" : previous.id(),
                changes.stamps(), changes.patchFromDump() ? "" : ", change report and RDF Patch", seconds(start));
        LinkReport.write(baseUri, dataset, id, previous.links(), folder);
        long triples = loaded + changes.stamps();
        long dumps = System.nanoTime();
        // The reports run one at a time, not beside the dumps: beside them, at a million commitments in a 2 GB heap,
        // the link report took 279 s and the files 17 minutes.
        Dumps.write(dataset, triples, Prefixes.forBase(baseUri), baseUri, folder.resolve("dumps"));
        LOG.info("wrote the dumps in {}", seconds(dumps));
        // The patch and the index read apart and write apart, on one core each: the patch goes beside the index.
        CompletableFuture<Void> patch = changes.patchFromDump()
                ? CompletableFuture.runAsync(() -> writeFirstPatch(baseUri, id, previous, folder))
                : CompletableFuture.completedFuture(null);
        TextIndex index;
        try {
            index = buildIndex(dataset, search);
        } catch (IOException | RuntimeException e) {
            patch.handle((done, failure) -> null).join(); // the caller removes the folder next: let the patch end
            throw e;
        }
        try {
            patch.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException failed) {
                throw failed.getCause();
            }
            throw e;
        }
        return new Written(triples, index);
    }

    private static void writeFirstPatch(String baseUri, String id, Previous previous, Path folder) {
        long start = System.nanoTime();
        try {
            ReleaseChanges.writeFirstPatch(baseUri, id, previous.id(),
                    folder.resolve("dumps").resolve(DumpFile.NTRIPLES.fileName()), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("wrote the RDF Patch of a first release from its N-Triples dump in {}", seconds(start));
    }

    private static TextIndex buildIndex(DatasetGraph dataset, IndexOpener search) throws IOException {
        long start = System.nanoTime();
        TextIndex index = search.open();
        Txn.executeRead(dataset, () -> SearchIndex.build(dataset.getDefaultGraph(), index));
        LOG.info("built the search index in {}", seconds(start));
        return index;
    }

    /** The time since {@code start} (from {@link System#nanoTime}), as the logs show it. */
    static String seconds(long start) {
        return String.format(java.util.Locale.ROOT, "%.2f s", (System.nanoTime() - start) / 1e9);
    }
}
