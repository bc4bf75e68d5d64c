package org.ogplod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Releases held in memory (for tests and trials); dumps go to a temporary folder removed on close. */
final class MemoryStore implements Store {
    private final Path dumps;
    private final java.util.concurrent.atomic.AtomicInteger releases = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Release current;

    MemoryStore() throws IOException {
        this.dumps = Files.createTempDirectory("ogp-lod-mem-");
    }

    @Override
    public Optional<Release> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Claim claim(String work) {
        return () -> {
            // Nothing to share: an in-memory store belongs to one process.
        };
    }

    @Override
    public Optional<Release> refresh() {
        return Optional.empty();
    }

    @Override
    public String nextReleaseId(java.time.LocalDate today) {
        return today + "-" + releases.incrementAndGet();
    }

    @Override
    public Staging stage(String releaseId) {
        // Collected outside any transaction, so that whichever thread produces the triples may send them.
        Graph staged = GraphFactory.createDefaultGraph();
        LoadingSink sink = new LoadingSink(StreamRDFLib.graph(staged));
        return new Staging() {
            private boolean committed;

            @Override
            public StreamRDF sink() {
                return sink;
            }

            @Override
            public Release commit(String fingerprint, String baseUri) throws IOException {
                DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
                Txn.executeWrite(dataset, () -> GraphUtil.addInto(dataset.getDefaultGraph(), staged));
                Path folder = dumps.resolve(releaseId);
                Files.createDirectories(folder);
                Release previous = current;
                ReleaseFiles.Written written = ReleaseFiles.write(baseUri, dataset, releaseId, sink.triples(),
                        previous == null ? ReleaseFiles.Previous.NONE
                                : new ReleaseFiles.Previous(previous.id(), previous.folder()),
                        folder, () -> SearchIndex.open(new ByteBuffersDirectory()));
                TextIndex index = written.index();
                long triples = written.triples();
                Release release = new Release(new ReleaseInfo(releaseId, Instant.now(), triples, fingerprint),
                        MemoryCopy.of(dataset), folder, index);
                current = release;
                committed = true;
                return release;
            }

            @Override
            public void close() {
                if (!committed) {
                    staged.clear();
                }
            }
        };
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dumps)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dumps, e);
        }
    }
}
