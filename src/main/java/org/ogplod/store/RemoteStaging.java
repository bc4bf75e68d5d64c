package org.ogplod.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.store.FSDirectory;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Rebase;

/**
 * A release being built for a remote engine. It is built in a scratch TDB2 database in its folder, where its files
 * are written as in the embedded store; then its N-Triples go to the engine as the release's named graph, in
 * bounded {@code INSERT} requests; once the engine holds every triple (counted), one insert makes it current. The
 * scratch database is removed; a failure drops the graph, and a crash leaves a record the next load acts on.
 */
final class RemoteStaging implements Staging {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RemoteStaging.class);
    /** Triples in one update request: small enough for any engine's request limits. */
    static final int BATCH = 2_000;

    private final RemoteStore store;
    private final Path release;
    private final String id;
    private final DatasetGraph scratch;
    private final LoaderThread loader;
    private final LoadingSink sink;
    private String graph;
    private boolean scratchClosed;
    private boolean committed;

    RemoteStaging(RemoteStore store, Path release, String id) {
        this.store = store;
        this.release = release;
        this.id = id;
        this.scratch = RemoteStore.scratch(release);
        this.loader = new LoaderThread(scratch);
        this.sink = new LoadingSink(loader.stream());
    }

    @Override
    public StreamRDF sink() {
        return sink;
    }

    @Override
    public Release commit(String fingerprint, String baseUri) throws IOException {
        loader.finish();
        ReleaseFiles.Written written = ReleaseFiles.write(baseUri, scratch, id, sink.triples(), store.previous(),
                release, () -> SearchIndex.open(FSDirectory.open(release.resolve("text"))));
        // Each node reads a copy of the index; this one, which wrote it, is closed.
        written.index().close();
        long triples = written.triples();
        closeScratch();
        TdbStore.delete(release.resolve("tdb"));
        String named = Rebase.node(baseUri, Iris.release(id)).getURI();
        store.started(id, named);
        graph = named;
        upload(release.resolve("dumps").resolve(DumpFile.NTRIPLES.fileName()));
        long held = store.count(graph);
        if (held != triples) {
            throw new IOException("the engine " + store.service() + " holds " + held + " triples of release " + id
                    + ", not the " + triples + " sent; the release was not made current");
        }
        ReleaseInfo info = new ReleaseInfo(id, Instant.now(), triples, fingerprint);
        info.write(release);
        Release published = new Release(info, store.dataset(graph, info), release, store.search(release));
        store.completed(published, graph);
        committed = true;
        store.prune(id);
        return published;
    }

    /**
     * Sends the dump's lines (N-Triples terms are SPARQL terms) in {@code INSERT DATA} requests of {@value #BATCH}.
     * Blank nodes are named afresh by each request, so every line that holds one goes in the last request, together
     * (the bundled data has none; OGP's own data mints IRIs for everything).
     */
    private void upload(Path ntriples) throws IOException {
        StringBuilder batch = new StringBuilder();
        StringBuilder blank = new StringBuilder();
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(ntriples), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (holdsBlankNode(line)) {
                    blank.append(line).append('\n');
                    continue;
                }
                batch.append(line).append('\n');
                if (++lines == BATCH) {
                    insert(batch);
                    batch.setLength(0);
                    lines = 0;
                }
            }
        }
        insert(batch);
        if (!blank.isEmpty()) {
            // INSERT DATA may not hold blank nodes; a template may, and names them once for the whole request.
            store.service().update("INSERT { GRAPH <" + graph + "> {\n" + blank + "} } WHERE { }");
        }
    }

    /** Whether an N-Triples line has a blank node as its subject or its object (a predicate never is one). */
    static boolean holdsBlankNode(String line) {
        String triple = line.strip();
        int end = triple.endsWith(".") ? triple.length() - 1 : triple.length();
        int object = triple.lastIndexOf(' ', Math.max(0, end - 2)) + 1;
        return triple.startsWith("_:") || triple.startsWith("_:", object);
    }

    private void insert(StringBuilder triples) {
        if (!triples.isEmpty()) {
            store.service().update("INSERT DATA { GRAPH <" + graph + "> {\n" + triples + "} }");
        }
    }

    private void closeScratch() {
        if (!scratchClosed) {
            scratchClosed = true;
            RemoteStore.expel(scratch);
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        loader.abort();
        closeScratch();
        try {
            if (graph != null) {
                store.drop(graph, id);
            }
            TdbStore.delete(release);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the abandoned release " + release, e);
        } catch (RuntimeException e) {
            LOG.warn("the abandoned release {} stays in {} until the next load removes it: {}", id, store.service(),
                    e.getMessage());
        }
    }
}
