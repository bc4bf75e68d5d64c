package org.ogplod.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The lines of a text in sorted order, with memory bounded by a number of characters: an external merge sort,
 * whose sorted runs are files in a folder of the caller's, removed on {@link #close}. Empty lines are dropped.
 */
final class SortedLines implements Iterator<String>, Closeable {
    /** Characters a run holds in memory before it is sorted and written out: about 64 MB of N-Triples lines. */
    static final long RUN_CHARACTERS = 32_000_000;

    private final List<Path> runs = new ArrayList<>();
    private final List<BufferedReader> readers = new ArrayList<>();
    private final PriorityQueue<Head> heads = new PriorityQueue<>();

    /** The next line of one run. */
    private record Head(String line, BufferedReader run) implements Comparable<Head> {
        @Override
        public int compareTo(Head other) {
            return line.compareTo(other.line);
        }
    }

    private SortedLines() {
    }

    /** Sorts the UTF-8 lines of {@code in} in runs of up to {@code runCharacters} characters, kept in {@code temp}. */
    static SortedLines sort(InputStream in, Path temp, long runCharacters) throws IOException {
        SortedLines sorted = new SortedLines();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<String> run = new ArrayList<>();
            long characters = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                run.add(line);
                characters += line.length();
                if (characters >= runCharacters) {
                    sorted.writeRun(run, temp);
                    run.clear();
                    characters = 0;
                }
            }
            sorted.writeRun(run, temp);
            for (Path file : sorted.runs) {
                BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                sorted.readers.add(reader);
                sorted.advance(reader);
            }
            return sorted;
        } catch (IOException | RuntimeException e) {
            sorted.close();
            throw e;
        }
    }

    /** How many runs the sort wrote (1 when everything fitted at once, 0 for no lines). */
    int runs() {
        return runs.size();
    }

    private void writeRun(List<String> run, Path temp) throws IOException {
        if (run.isEmpty()) {
            return;
        }
        run.sort(null);
        Path file = Files.createTempFile(temp, "run-", ".txt");
        runs.add(file);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : run) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    private void advance(BufferedReader run) throws IOException {
        String line = run.readLine();
        if (line != null) {
            heads.add(new Head(line, run));
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public String next() {
        Head head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        try {
            advance(head.run());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a sorted run", e);
        }
        return head.line();
    }

    /** The next line without taking it, or null at the end. */
    String peek() {
        Head head = heads.peek();
        return head == null ? null : head.line();
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (BufferedReader reader : readers) {
            try {
                reader.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
