package org.ogplod.convert;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.validation.ReportEntry;
import org.ogplod.ontology.RecordValidator;

/**
 * Validates mapped records against the SHACL shapes and writes the valid ones to the sink, each on a thread of its
 * own, so that reading, validating and writing overlap. Records reach the sink in the order they were read.
 */
final class ValidatingSender implements AutoCloseable {
    private static final Item END = new Item(null, null, false);

    private record Item(TripleBuffer record, String where, boolean row) {
    }

    private final BlockingQueue<Item> toValidate = new ArrayBlockingQueue<>(2048);
    private final BlockingQueue<Item> toWrite = new ArrayBlockingQueue<>(2048);
    private final RecordValidator validator;
    private final Problems problems;
    private final StreamRDF sink;
    private final Thread validating;
    private final Thread writing;
    private volatile RuntimeException failure;
    private volatile long rowsSent;
    private volatile long triples;

    ValidatingSender(RecordValidator validator, Problems problems, StreamRDF sink) {
        this.validator = validator;
        this.problems = problems;
        this.sink = sink;
        this.validating = start("ogp-lod-validate", this::validate);
        this.writing = start("ogp-lod-write", this::write);
    }

    /** Queues a record (a row's triples, located at {@code where}) for validation and writing. */
    void submit(TripleBuffer record, String where, boolean row) {
        put(toValidate, new Item(record, where, row));
    }

    /** Waits until every queued record is validated and written; the counts are then final. */
    void finish() {
        put(toValidate, END);
        try {
            validating.join();
            writing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        }
        rethrow();
    }

    long rowsSent() {
        return rowsSent;
    }

    long triples() {
        return triples;
    }

    @Override
    public void close() {
        validating.interrupt();
        writing.interrupt();
    }

    private void validate() {
        try {
            for (Item item = take(toValidate); item != END && item != null; item = take(toValidate)) {
                if (valid(item)) {
                    put(toWrite, item);
                }
            }
        } finally {
            try {
                toWrite.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write() {
        for (Item item = take(toWrite); item != END && item != null; item = take(toWrite)) {
            item.record().triples().forEach(sink::triple);
            triples += item.record().triples().size();
            rowsSent += item.row() ? 1 : 0;
        }
    }

    private boolean valid(Item item) {
        boolean valid = true;
        for (ReportEntry entry : validator.validate(item.record().toGraph())) {
            boolean violation = RecordValidator.isViolation(entry);
            valid &= !violation;
            String value = entry.value() == null ? null : entry.value().toString();
            String rule = entry.message() + " (SHACL, " + entry.resultPath() + ")";
            problems.add(violation ? Problem.error(item.where(), null, value, rule)
                    : Problem.warning(item.where(), null, value, rule));
        }
        return valid;
    }

    private Thread start(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void put(BlockingQueue<Item> queue, Item item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
            rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        }
    }

    private static Item take(BlockingQueue<Item> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
