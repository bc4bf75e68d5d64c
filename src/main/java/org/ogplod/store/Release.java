package org.ogplod.store;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.tdb2.sys.TDBInternal;

/** A complete, published release: its facts, its read-only dataset and the folder of its dumps. */
public final class Release {
    private final ReleaseInfo info;
    private final DatasetGraph dataset;
    private final Path folder;
    private final TextIndex search;
    private final boolean inMemory;
    private final DatasetGraph stored;

    /** A release whose files (dumps/, change files) are in {@code folder}. */
    Release(ReleaseInfo info, DatasetGraph dataset, Path folder, TextIndex search) {
        this.info = info;
        this.search = search;
        this.stored = dataset;
        this.inMemory = !TDBInternal.isBackedByTDB(dataset) && !(dataset.getDefaultGraph() instanceof RemoteGraph);
        this.dataset = TextDatasetFactory.create(new DatasetGraphReadOnly(dataset), search, false);
        this.folder = folder;
    }

    public ReleaseInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    /**
     * Whether the release is served from memory (a copy of its TDB2 database, or a {@code mem} store's release); not
     * when it is held by a remote engine.
     */
    public boolean inMemory() {
        return inMemory;
    }

    /**
     * Whether the store answers with at least one triple of the release: one index lookup, or for a remote engine
     * one query for a single row, asked every time (this is how {@code /health} sees the store).
     */
    public boolean holdsTriples() {
        return org.apache.jena.system.Txn.calculateRead(stored, () -> stored.getDefaultGraph()
                .contains(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
    }

    /** The release's full-text index (also what {@code text:query} in SPARQL uses). */
    public TextIndex search() {
        return search;
    }

    /** The release's data, read-only (every write fails), with its full-text index for {@code text:query}. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The folder of the release's files. */
    Path folder() {
        return folder;
    }

    /** The file of a dump of this release (a fixed name from {@link DumpFile}). */
    public Path dump(DumpFile dump) {
        return folder.resolve("dumps").resolve(dump.fileName());
    }

    public Path checksum(DumpFile dump) {
        return folder.resolve("dumps").resolve(dump.checksumName());
    }

    /** The hex SHA-256 of a dump, as its {@code .sha256} file gives it. */
    public String sha256(DumpFile dump) {
        try {
            return java.nio.file.Files.readString(checksum(dump), java.nio.charset.StandardCharsets.UTF_8).strip()
                    .split("\\s+")[0];
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the checksum of " + dump.fileName(), e);
        }
    }

    /** What changed since the previous release, as JSON ({@code release, previous, added, removed, changed}). */
    public Path changes() {
        return folder.resolve(ReleaseChanges.JSON);
    }

    /** The health of the release's links into other datasets, as JSON (see {@link LinkReport}). */
    public Path links() {
        return folder.resolve(LinkReport.JSON_FILE);
    }

    /** The full difference from the previous release, a gzipped RDF Patch (absent from releases before 2026-12). */
    public Path patch() {
        return folder.resolve(ReleaseChanges.PATCH);
    }
}
