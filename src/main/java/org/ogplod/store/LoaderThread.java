package org.ogplod.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads triples into a TDB2 database from one thread of its own, which owns the write transaction from start to
 * commit, whichever threads produce the triples. Uses TDB2's single-threaded loader: when the disk fills, its error
 * reaches the producer and the commit, where the multi-threaded loaders can wait for ever on a dead worker.
 */
final class LoaderThread {
    private static final int BATCH = 2_000;
    private static final List<Triple> END = List.of();
    private static final List<Triple> ABORT = new ArrayList<>();

    private final BlockingQueue<List<Triple>> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private List<Triple> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;

    LoaderThread(DatasetGraph dataset) {
        thread = new Thread(() -> run(dataset), "ogp-lod-tdb2-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds one triple; fails at once if the loader has failed. */
    void add(Triple triple) {
        batch.add(triple);
        if (batch.size() >= BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** The loader as a stream of triples (prefixes, bases and quads are not loaded). */
    StreamRDF stream() {
        return new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                add(triple);
            }
        };
    }

    /** Loads what is left and commits; throws when any part of the load failed. */
    void finish() throws IOException {
        put(batch);
        put(END);
        join();
        if (failure != null) {
            throw new IOException("the load into the store failed: " + failure, failure);
        }
    }

    /** Stops and rolls back, without waiting for what was queued. */
    void abort() {
        queue.clear();
        if (thread.isAlive()) {
            queue.offer(ABORT);
            join();
        }
    }

    private void run(DatasetGraph dataset) {
        DataLoader loader = LoaderFactory.basicLoader(dataset, MonitorOutputs.nullOutput());
        try {
            loader.startBulk();
            StreamRDF stream = loader.streamRDF();
            for (List<Triple> triples = queue.take(); triples != END; triples = queue.take()) {
                if (triples == ABORT) {
                    loader.finishException(new IllegalStateException("the load was abandoned"));
                    return;
                }
                triples.forEach(stream::triple);
            }
            loader.finishBulk();
        } catch (Throwable e) {
            failure = e;
            queue.clear();
            try {
                loader.finishException(e instanceof Exception exception ? exception : new RuntimeException(e));
            } catch (RuntimeException ignored) {
                // The transaction is already gone; the staging folder is removed by the caller.
            }
        }
    }

    private void put(List<Triple> triples) {
        try {
            while (!queue.offer(triples, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || !thread.isAlive()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new IllegalStateException("the load into the store failed: " + failure, failure);
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
