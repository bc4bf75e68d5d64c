package org.ogplod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.ogplod.ontology.Prefixes;

/**
 * Releases held by a remote SPARQL 1.1 engine ({@code --store sparql:URL}), each as its own named graph (the
 * release's IRI). The engine's graph {@value #RECORDS} records every release: when it was started, and once all its
 * triples are in and counted, when it was completed; the current release is the last completed one, so switching is
 * one small insert. The files of each release (dumps, search index, change and link reports) are in a local folder,
 * {@code releases/<id>/} as in the embedded store, which several web nodes may share.
 */
final class RemoteStore implements Store {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RemoteStore.class);
    /** The named graph of the store's own records. */
    static final String RECORDS = "urn:x-ogp-lod:releases";
    private static final String NS = "urn:x-ogp-lod:release#";

    private final SparqlService service;
    private final Path folder;
    private final int keep;
    private final FolderClaims claims;
    private final java.util.Deque<Search> searches = new java.util.ArrayDeque<>();
    private String currentId;
    private Release current;

    private RemoteStore(SparqlService service, Path folder, int keep) throws IOException {
        this.service = service;
        this.folder = folder;
        this.keep = keep;
        Files.createDirectories(folder.resolve("releases"));
        this.claims = new FolderClaims(folder);
        RemoteQueryEngine.register();
    }

    /** Opens the store on {@code service}, with release files in {@code folder}, keeping the newest {@code keep}. */
    static RemoteStore open(SparqlService service, Path folder, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("--keep must be at least 1, not " + keep);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("the release files folder " + folder + " is a file, not a folder");
        }
        return new RemoteStore(service, folder, keep);
    }

    @Override
    public synchronized Optional<Release> current() {
        if (current == null) {
            try {
                refresh();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized Optional<Release> refresh() throws IOException {
        Record record = completed().stream().findFirst().orElse(null);
        if (record == null || record.id().equals(currentId) && current != null) {
            return Optional.empty();
        }
        current = open(record);
        currentId = record.id();
        return Optional.of(current);
    }

    /** Many web nodes may serve one engine; loads are one at a time, through a lock in the shared files folder. */
    @Override
    public Claim claim(String work) throws IOException {
        return work.equals("load") ? claims.claim(work) : () -> {
        };
    }

    @Override
    public String nextReleaseId(java.time.LocalDate today) throws IOException {
        List<String> ids = new ArrayList<>(records().stream().map(Record::id).toList());
        try (Stream<Path> folders = Files.list(folder.resolve("releases"))) {
            folders.map(release -> release.getFileName().toString()).forEach(ids::add);
        }
        return TdbStore.nextId(today, ids);
    }

    @Override
    public Staging stage(String releaseId) throws IOException {
        Path release = folder.resolve("releases").resolve(releaseId);
        if (Files.exists(release.resolve(ReleaseInfo.FILE))) {
            throw new IOException("the store already has a release " + releaseId);
        }
        removeInterrupted();
        TdbStore.delete(release);
        Files.createDirectories(release);
        return new RemoteStaging(this, release, releaseId);
    }

    @Override
    public synchronized void close() {
        searches.forEach(Search::close);
        searches.clear();
        claims.close();
    }

    SparqlService service() {
        return service;
    }

    /** The current release, which the next one is compared with (when its files are here). */
    synchronized ReleaseFiles.Previous previous() {
        Optional<Release> release = current();
        return release.isEmpty() ? ReleaseFiles.Previous.NONE
                : new ReleaseFiles.Previous(release.get().id(), release.get().folder());
    }

    /** Serves a completed release: its triples from the engine, its files from the folder. */
    private Release open(Record record) throws IOException {
        Path release = folder.resolve("releases").resolve(record.id());
        if (!Files.exists(release.resolve(ReleaseInfo.FILE))) {
            throw new IOException("the files of release " + record.id() + " (dumps, search index) are not in "
                    + release + ": give every web node the folder that 'load' wrote them to (--store-files), or run "
                    + "'load' with this node's --store-files");
        }
        ReleaseInfo info = ReleaseInfo.read(release);
        return new Release(info, dataset(record.graph(), info), release, search(release));
    }

    /**
     * The release's search index, read from a private copy: Lucene lets one process at a time open an index, and
     * every web node shares the folder.
     */
    synchronized TextIndex search(Path release) throws IOException {
        Path copy = Files.createTempDirectory("ogp-lod-search-");
        try (Stream<Path> files = Files.list(release.resolve("text"))) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
        TextIndex index = SearchIndex.open(FSDirectory.open(copy));
        searches.addFirst(new Search(index, copy));
        while (searches.size() > 2) {
            // The one before the current stays open for readers still on it; older ones go.
            searches.removeLast().close();
        }
        return index;
    }

    /** A private copy of a release's search index, removed on close. */
    private record Search(TextIndex index, Path copy) {
        void close() {
            TdbStore.closeQuietly(copy, index);
            try {
                TdbStore.delete(copy);
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", copy, e.getMessage());
            }
        }
    }

    /** The release as a read-only dataset over its graph in the engine. */
    DatasetGraph dataset(String graph, ReleaseInfo info) {
        return DatasetGraphFactory.wrap(new RemoteGraph(service, graph, Prefixes.forBase(base(graph, info.id()))));
    }

    /** The base IRI a release graph was minted under: its IRI without {@code id/release/<id>}. */
    private static String base(String graph, String id) {
        String tail = "id/release/" + id;
        return graph.endsWith(tail) ? graph.substring(0, graph.length() - tail.length()) : graph;
    }

    /** Records a release as started: from now until it is completed, a crash leaves a graph the next load removes. */
    void started(String id, String graph) {
        service.update("INSERT DATA { GRAPH <" + RECORDS + "> { <" + graph + "> <" + NS + "id> \"" + id + "\" ; <"
                + NS + "started> \"" + Instant.now() + "\"^^<http://www.w3.org/2001/XMLSchema#dateTime> } }");
    }

    /** Makes a release current, in one insert, and serves it from now on. */
    synchronized void completed(Release release, String graph) throws IOException {
        service.update("INSERT DATA { GRAPH <" + RECORDS + "> { <" + graph + "> <" + NS + "completed> \""
                + release.info().created() + "\"^^<http://www.w3.org/2001/XMLSchema#dateTime> } }");
        current = release;
        currentId = release.id();
    }

    /** The number of triples the engine holds in {@code graph}. */
    long count(String graph) {
        RowSet rows = service.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }");
        return ((Number) rows.next().get("n").getLiteralValue()).longValue();
    }

    /** Drops a release: its graph, its record and its files. */
    void drop(String graph, String id) throws IOException {
        service.update("DROP SILENT GRAPH <" + graph + ">");
        service.update("DELETE WHERE { GRAPH <" + RECORDS + "> { <" + graph + "> ?p ?o } }");
        if (id != null && id.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{1,9}")) {
            TdbStore.delete(folder.resolve("releases").resolve(id));
        }
    }

    /** Keeps the newest {@code keep} completed releases (and {@code id}); older ones are dropped. Only reported. */
    void prune(String id) {
        try {
            List<Record> completed = completed();
            for (Record old : completed.subList(Math.min(keep, completed.size()), completed.size())) {
                if (!old.id().equals(id)) {
                    drop(old.graph(), old.id());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("old releases could not all be removed from {}: {}", service, e.toString());
        }
    }

    /** Removes what interrupted loads left: graphs never completed, and folders without a release file. */
    private void removeInterrupted() throws IOException {
        for (Record record : records()) {
            if (record.completed() == null) {
                drop(record.graph(), record.id());
            }
        }
        try (Stream<Path> releases = Files.list(folder.resolve("releases"))) {
            for (Path release : releases.toList()) {
                if (!Files.exists(release.resolve(ReleaseInfo.FILE))) {
                    TdbStore.delete(release);
                }
            }
        }
    }

    /** A release as the engine records it; {@code completed} is null while it is being loaded. */
    record Record(String graph, String id, String completed) {
    }

    /** Every recorded release. */
    List<Record> records() {
        RowSet rows = service.select("SELECT ?graph ?id ?completed WHERE { GRAPH <" + RECORDS + "> { ?graph <" + NS
                + "id> ?id OPTIONAL { ?graph <" + NS + "completed> ?completed } } }");
        List<Record> records = new ArrayList<>();
        rows.forEachRemaining(row -> {
            Node completed = row.get("completed");
            records.add(new Record(row.get("graph").getURI(), row.get("id").getLiteralLexicalForm(),
                    completed == null ? null : completed.getLiteralLexicalForm()));
        });
        return records;
    }

    /** The completed releases, newest first. */
    List<Record> completed() {
        return records().stream().filter(record -> record.completed() != null)
                .sorted(java.util.Comparator.comparing((Record record) -> Instant.parse(record.completed()))
                        .thenComparing(record -> TdbStore.order(record.id())).reversed())
                .toList();
    }

    /** A TDB2 database in the release's folder, where the release is built before it goes to the engine. */
    static DatasetGraph scratch(Path release) {
        return DatabaseMgr.connectDatasetGraph(org.apache.jena.dboe.base.file.Location.create(release.resolve("tdb")));
    }

    static void expel(DatasetGraph scratch) {
        TDBInternal.expel(scratch);
    }
}
