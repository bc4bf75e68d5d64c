package org.ogplod.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where releases live. {@code tdb2:<dir>} (or a plain folder) keeps them on disk in TDB2, {@code mem} in memory,
 * {@code sparql:<url>} in a remote SPARQL 1.1 engine (each release a named graph; files in a local folder).
 * <pre>
 *   try (Store store = Store.open("./store")) {
 *       Release release = store.current().orElseThrow();
 *   }
 * </pre>
 */
public interface Store extends AutoCloseable {

    /** The release being served, if any was ever completed. */
    Optional<Release> current();

    /** The id the next release made today gets: {@code yyyy-mm-dd-n}, n counting the day's releases. */
    String nextReleaseId(java.time.LocalDate today) throws IOException;

    /**
     * Claims the store for one kind of work ({@code "serve"} or {@code "load"}) for as long as it is open, so that a
     * second process doing the same fails at once with a clear message instead of fighting over the files.
     */
    Claim claim(String work) throws IOException;

    /** A claim on the store, given back by closing it (closing the store gives back every claim). */
    interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    /** Looks again at which release is current (another process may have loaded one); returns it if it changed. */
    Optional<Release> refresh() throws IOException;

    /** Starts a new release beside the current one. */
    Staging stage(String releaseId) throws IOException;

    @Override
    void close();

    /** Opens the store a {@code --store} option names: {@code mem}, {@code tdb2:<dir>} or a folder. */
    static Store open(String spec) throws IOException {
        return open(spec, 0);
    }

    /** Opens the store a {@code --store} option names, to serve (see below). */
    static Store open(String spec, long memoryBudget) throws IOException {
        return open(spec, memoryBudget, Remote.DEFAULTS);
    }

    /**
     * How a remote store ({@code sparql:<query URL>}) is reached: where updates go (null: the query URL), the folder
     * of its release files, how many releases it keeps, and the credentials for updates (null: none).
     */
    record Remote(String updateUrl, Path files, int keep, String user, String password) {
        public static final Remote DEFAULTS = new Remote(null, Path.of("store-files"), 3, null, null);

        @Override
        public String toString() {
            return "Remote[updates " + updateUrl + ", files " + files + ", keep " + keep + "]";
        }
    }

    /**
     * Opens the store a {@code --store} option names, to serve: a TDB2 release whose triples fit in
     * {@code memoryBudget} bytes of heap is served from an in-memory copy ({@code mem} releases always are); a
     * {@code sparql:<url>} store is a remote engine reached as {@code remote} says.
     */
    static Store open(String spec, long memoryBudget, Remote remote) throws IOException {
        if (spec.equals("mem")) {
            return new MemoryStore();
        }
        if (spec.startsWith("sparql:")) {
            String query = spec.substring("sparql:".length());
            SparqlService service = new SparqlService(query, remote.updateUrl() == null ? query : remote.updateUrl());
            if (remote.user() != null) {
                service.authenticate(remote.user(), remote.password());
            }
            return RemoteStore.open(service, remote.files(), remote.keep());
        }
        String folder = spec.startsWith("tdb2:") ? spec.substring("tdb2:".length()) : spec;
        if (folder.isBlank()) {
            throw new IllegalArgumentException("--store needs a folder, 'tdb2:<folder>' or 'mem'");
        }
        return TdbStore.open(Path.of(folder), memoryBudget);
    }
}
