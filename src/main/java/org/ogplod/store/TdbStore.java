package org.ogplod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;
import org.ogplod.ontology.Prefixes;

/**
 * Releases in TDB2 on disk: {@code releases/<id>/} holds a database, its dumps and, written last, its
 * {@code release.properties}; the file {@code CURRENT} names the release served and is replaced atomically.
 * A release folder without its properties file is an interrupted load and is never served.
 */
final class TdbStore implements Store {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TdbStore.class);
    private static final String CURRENT = "CURRENT";
    /** The id of the release staged last, so that an abandoned one's id is never given again. */
    private static final String LAST_STAGED = "LAST_STAGED";
    private static final int KEEP = 3;

    private final Path folder;
    private final long memoryBudget;
    private final java.util.Map<Path, DatasetGraph> opened = new java.util.HashMap<>();
    private final FolderClaims claims;
    private final java.util.Map<Path, TextIndex> indexes = new java.util.HashMap<>();
    private String currentId;
    private Release current;

    private TdbStore(Path folder, long memoryBudget) {
        this.folder = folder;
        this.memoryBudget = memoryBudget;
        this.claims = new FolderClaims(folder);
    }

    /** Opens (creating) the store in {@code folder}; a release within {@code memoryBudget} bytes is kept in memory. */
    static TdbStore open(Path folder, long memoryBudget) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("the store " + folder + " is a file, not a folder");
        }
        Files.createDirectories(folder.resolve("releases"));
        TdbStore store = new TdbStore(folder, memoryBudget);
        store.currentId = store.readCurrentId();
        return store;
    }

    /** The current release, opened on first use: a 'load' next to a running server never opens its database. */
    @Override
    public synchronized Optional<Release> current() {
        if (current == null && currentId != null) {
            try {
                current = open(currentId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.ofNullable(current);
    }

    @Override
    public Claim claim(String work) throws IOException {
        return claims.claim(work);
    }

    @Override
    public synchronized Optional<Release> refresh() throws IOException {
        Path pointer = folder.resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        String id = readCurrentId();
        if (id == null || id.equals(currentId) && current != null) {
            return Optional.empty();
        }
        Optional<Long> holder = lockHolder(folder.resolve("releases").resolve(id).resolve("tdb"));
        if (holder.isPresent()) {
            // The load that made it current is still closing its database. Trying to open it now fails and leaves
            // TDB2's lock half taken in this JVM, so that every later try fails too: wait until that process ends.
            throw new IOException("release " + id + " is still open in process " + holder.get() + ", which made it");
        }
        Release release = open(id);
        currentId = id;
        current = release;
        return Optional.of(release);
    }

    /**
     * The id after every release folder's and after the last id staged ({@code LAST_STAGED}, written before its
     * folder): an id a killed load took is not given again once its folder has been removed.
     */
    @Override
    public String nextReleaseId(java.time.LocalDate today) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> releases = Files.list(folder.resolve("releases"))) {
            releases.forEach(release -> ids.add(release.getFileName().toString()));
        }
        Path last = folder.resolve(LAST_STAGED);
        if (Files.exists(last)) {
            ids.add(Files.readString(last, StandardCharsets.UTF_8).strip());
        }
        return nextId(today, ids);
    }

    /** The id after the highest of {@code ids} made on {@code today}: {@code yyyy-mm-dd-n}. */
    static String nextId(java.time.LocalDate today, List<String> ids) {
        String prefix = today + "-";
        int highest = 0;
        for (String id : ids) {
            if (id.startsWith(prefix) && id.substring(prefix.length()).matches("[0-9]{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return prefix + (highest + 1);
    }

    @Override
    public Staging stage(String releaseId) throws IOException {
        Path release = folder.resolve("releases").resolve(releaseId);
        if (Files.exists(release.resolve(ReleaseInfo.FILE))) {
            throw new IOException("the store already has a release " + releaseId);
        }
        removeInterruptedReleases();
        Path last = folder.resolve(LAST_STAGED + ".tmp");
        Files.writeString(last, releaseId + "\n", StandardCharsets.UTF_8);
        Files.move(last, folder.resolve(LAST_STAGED), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.createDirectories(release);
        DatasetGraph dataset = connect(release);
        return new TdbStaging(this, release, releaseId, dataset, new LoaderThread(dataset));
    }

    @Override
    public synchronized void close() {
        indexes.forEach((release, index) -> closeQuietly(release, index));
        indexes.clear();
        opened.values().forEach(TDBInternal::expel);
        opened.clear();
        claims.close();
    }

    /** The id {@code CURRENT} names, checked to be a complete release; null when no release was made yet. */
    private String readCurrentId() throws IOException {
        Path pointer = folder.resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return null;
        }
        String id = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        Path release = folder.resolve("releases").resolve(id);
        if (id.isEmpty() || !Files.exists(release.resolve(ReleaseInfo.FILE)) || !hasDatabase(release.resolve("tdb"))) {
            throw new IOException("the store " + folder + " is damaged: " + CURRENT + " names release '" + id
                    + "', which is missing or incomplete; load the data again");
        }
        return id;
    }

    /** Another live process that holds a TDB2 lock of the database in {@code tdb} ({@code tdb.lock} names it). */
    static Optional<Long> lockHolder(Path tdb) throws IOException {
        if (!Files.isDirectory(tdb)) {
            return Optional.empty();
        }
        List<Path> locks = new ArrayList<>(List.of(tdb.resolve("tdb.lock")));
        try (Stream<Path> children = Files.list(tdb)) {
            children.filter(Files::isDirectory).map(child -> child.resolve("tdb.lock")).forEach(locks::add);
        }
        long self = ProcessHandle.current().pid();
        for (Path lock : locks) {
            String text = Files.exists(lock) ? Files.readString(lock, StandardCharsets.UTF_8).strip() : "";
            long pid = text.matches("[0-9]{1,18}") ? Long.parseLong(text) : self;
            if (pid != self && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(pid);
            }
        }
        return Optional.empty();
    }

    private Release open(String id) throws IOException {
        Path release = folder.resolve("releases").resolve(id);
        ReleaseInfo info = ReleaseInfo.read(release);
        return new Release(info, served(connect(release), info), release, search(release));
    }

    /** What a release is served from: an in-memory copy when it fits the memory budget, else its database. */
    DatasetGraph served(DatasetGraph stored, ReleaseInfo info) {
        return MemoryCopy.ifFits(stored, info.id(), info.triples(), memoryBudget);
    }

    synchronized TextIndex search(Path release) throws IOException {
        TextIndex index = SearchIndex.open(FSDirectory.open(release.resolve("text")));
        indexes.put(release, index);
        return index;
    }

    /** Closes an index; one whose folder another process already removed cannot be closed cleanly, and need not be. */
    static void closeQuietly(Path release, TextIndex index) {
        try {
            index.close();
        } catch (RuntimeException e) {
            if (Files.exists(release)) {
                throw e;
            }
        }
    }

    /** True when a TDB2 folder holds a database with data: a Data-NNNN folder whose node table is not empty. */
    private static boolean hasDatabase(Path tdb) throws IOException {
        if (!Files.isDirectory(tdb)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(tdb)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("Data-"))
                    .map(data -> data.resolve("nodes.dat"))
                    .anyMatch(nodes -> {
                        try {
                            return Files.isRegularFile(nodes) && Files.size(nodes) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        }
    }

    private synchronized DatasetGraph connect(Path release) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(release.resolve("tdb")));
        opened.put(release, dataset);
        return dataset;
    }

    synchronized void makeCurrent(Release release) throws IOException {
        Path temporary = folder.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, release.id() + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        currentId = release.id();
        current = release;
    }

    /**
     * Keeps the newest few complete releases (history for change reports) and removes older ones, closing what this
     * process holds open in them. A failure here is only reported: the new release is current already.
     */
    synchronized void pruneOldReleases(String keep) {
        try {
            List<Path> complete = new ArrayList<>();
            try (Stream<Path> releases = Files.list(folder.resolve("releases"))) {
                for (Path release : releases.toList()) {
                    if (Files.exists(release.resolve(ReleaseInfo.FILE))) {
                        complete.add(release);
                    }
                }
            }
            complete.sort(Comparator.comparing((Path release) -> order(release.getFileName().toString())).reversed());
            for (Path old : complete.subList(Math.min(KEEP, complete.size()), complete.size())) {
                if (!old.getFileName().toString().equals(keep)) {
                    release(old);
                    delete(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("old releases could not all be removed from {}: {}", folder, e.toString());
        }
    }

    /** Removes release folders that a crash or a kill left without their release file. */
    private void removeInterruptedReleases() throws IOException {
        try (Stream<Path> releases = Files.list(folder.resolve("releases"))) {
            for (Path release : releases.toList()) {
                if (!Files.exists(release.resolve(ReleaseInfo.FILE))) {
                    delete(release);
                }
            }
        }
    }

    /** Sorts release ids by date, then by their number as a number ({@code -10} after {@code -9}). */
    static String order(String id) {
        int dash = id.lastIndexOf('-');
        String number = id.substring(dash + 1);
        return id.substring(0, dash) + "-" + "0".repeat(Math.max(0, 9 - number.length())) + number;
    }

    /** The current release, which the next release is compared with. */
    synchronized ReleaseFiles.Previous previous() {
        return currentId == null ? ReleaseFiles.Previous.NONE
                : new ReleaseFiles.Previous(currentId, folder.resolve("releases").resolve(currentId));
    }

    /** Closes this process's handles on a release folder about to be removed. */
    synchronized void release(Path releaseFolder) {
        TextIndex index = indexes.remove(releaseFolder);
        if (index != null) {
            closeQuietly(releaseFolder, index);
        }
        DatasetGraph dataset = opened.remove(releaseFolder);
        if (dataset != null) {
            TDBInternal.expel(dataset);
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
