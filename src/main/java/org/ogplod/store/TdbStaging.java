package org.ogplod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A TDB2 release being built in its own folder: triples go to its loader thread; {@link #commit} records the
 * changes, writes dumps, search index and release file (last), then makes it the store's current release.
 */
final class TdbStaging implements Staging {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TdbStaging.class);
    private final TdbStore store;
    private final Path release;
    private final String id;
    private final DatasetGraph dataset;
    private final LoaderThread loader;
    private final LoadingSink sink;
    private final long started = System.nanoTime();
    private TextIndex index;
    private boolean committed;

    TdbStaging(TdbStore store, Path release, String id, DatasetGraph dataset, LoaderThread loader) {
        this.store = store;
        this.release = release;
        this.id = id;
        this.dataset = dataset;
        this.loader = loader;
        this.sink = new LoadingSink(loader.stream());
    }

    @Override
    public StreamRDF sink() {
        return sink;
    }

    @Override
    public Release commit(String fingerprint, String baseUri) throws IOException {
        loader.finish();
        LOG.info("converted, validated and loaded {} triples into TDB2 in {}", sink.triples(),
                ReleaseFiles.seconds(started));
        ReleaseFiles.Written written = ReleaseFiles.write(baseUri, dataset, id, sink.triples(), store.previous(),
                release, () -> store.search(release));
        index = written.index();
        long triples = written.triples();
        ReleaseInfo info = new ReleaseInfo(id, Instant.now(), triples, fingerprint);
        info.write(release);
        Release published = new Release(info, store.served(dataset, info), release, index);
        store.makeCurrent(published);
        committed = true;
        store.pruneOldReleases(id);
        return published;
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        loader.abort();
        store.release(release);
        try {
            TdbStore.delete(release);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the abandoned release " + release, e);
        }
    }
}
