package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ogplod.convert.SyntheticData;

/**
 * kill -9 at random moments of a {@code load} in a child JVM, again and again, on a store that has a release: after
 * every kill the store opens on the same release, byte for byte, and in the end a normal load still works. The
 * bundled data is killed at random moments of the whole command; a bigger synthetic input at random moments of its
 * staging and, to be sure, once each while converting, while writing the first dump and while writing the last.
 * Delays come from a seeded Random whose seed is printed; {@code -Drelease.kill.seed=N} replays a run.
 */
class ReleaseKillDuringLoadTest {
    private static final Path DATA = Path.of("data").toAbsolutePath();
    private static final int KILLS = 5;
    /** Big enough that conversion and the dumps take seconds, small enough for the build's time budget. */
    private static final int SYNTHETIC_COMMITMENTS = 2_000;
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path temp;

    private Path store;
    private Random random;
    private ReleaseSnapshot live;
    private int runs;
    private int interrupted;
    private final Set<String> idsSeen = new HashSet<>();
    private final List<String> outcomes = new ArrayList<>();

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void loadsOfTheBundledDataKilledAtRandomMomentsLeaveTheLiveReleaseAsItWas() throws Exception {
        long typical = startWithRelease(DATA, "bundled data").whole().toMillis();
        long triples = live.storedTriples();
        for (int attempt = 0; attempt < KILLS * 3 && interrupted < KILLS; attempt++) {
            long delay = 50 + random.nextInt((int) Math.max(1, typical * 3 / 4 - 50));
            if (!kill(DATA, "after " + delay + " ms", null, delay)) {
                typical = Math.min(typical, delay); // later loads are faster than the first (warm disk caches)
            }
        }
        assertTrue(interrupted >= KILLS, "too few loads were cut short:\n" + report());

        ReleaseSnapshot after = loadNormally(DATA);
        assertEquals(triples, after.storedTriples(), "the same input must give the same triples");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void loadsOfABiggerInputKilledWhileConvertingAndWhileWritingDumpsLeaveTheLiveReleaseAsItWas() throws Exception {
        Path synthetic = temp.resolve("synthetic");
        new SyntheticData(5).write(synthetic, SyntheticData.membersFor(SYNTHETIC_COMMITMENTS), SYNTHETIC_COMMITMENTS);
        long staging = startWithRelease(synthetic, "synthetic data").staging().toMillis();
        for (int attempt = 0; attempt < 5 && interrupted < 2; attempt++) {
            long delay = 50 + random.nextInt((int) Math.max(1, staging - 50));
            if (!kill(synthetic, delay + " ms into the staging", folder -> true, delay)) {
                staging = Math.min(staging, delay);
            }
        }
        killWhen(synthetic, "while converting", folder -> Files.isDirectory(folder.resolve("tdb/Data-0001")), 1000);
        killWhen(synthetic, "while writing the first dump",
                folder -> Files.exists(folder.resolve("dumps/ogp-lod.nt.gz")), 200);
        killWhen(synthetic, "while writing the last dump",
                folder -> Files.exists(folder.resolve("dumps/ogp-lod.jsonld.gz")), 200);
        assertTrue(interrupted >= KILLS, "too few loads were cut short:\n" + report());
        assertTrue(outcomes.stream().anyMatch(outcome -> outcome.endsWith("converting and loading")), report());
        assertTrue(outcomes.stream().anyMatch(outcome -> outcome.contains("writing dumps")), report());

        loadNormally(DATA);
    }

    /** How long a full load took, as a whole and from the moment its staging folder appeared. */
    private record Took(Duration whole, Duration staging) {
    }

    /** Loads {@code input} into a new store, checks it and returns how long the load took. */
    private Took startWithRelease(Path input, String label) throws Exception {
        store = temp.resolve("store");
        long seed = Long.getLong("release.kill.seed", System.nanoTime());
        System.out.printf("%s: kill seed %d (replay with -Drelease.kill.seed=%d)%n", label, seed, seed);
        random = new Random(seed);
        Path log = temp.resolve("first-load.log");
        long started = System.nanoTime();
        long staged = 0;
        try (ReleaseChildProcess load = ReleaseChildProcess.start(log, "load", "--store", store.toString(),
                input.toString())) {
            while (load.isAlive()) {
                if (staged == 0 && Files.isDirectory(store.resolve("releases"))
                        && staging(Set.of()).isPresent()) {
                    staged = System.nanoTime();
                }
                Thread.sleep(10);
            }
            assertEquals(0, load.exitCode(LOAD_LIMIT), Files.readString(log));
        }
        long ended = System.nanoTime();
        Took took = new Took(Duration.ofNanos(ended - started),
                Duration.ofNanos(ended - (staged == 0 ? started : staged)));
        live = ReleaseSnapshot.of(store);
        live.assertConsistent();
        idsSeen.add(live.current());
        System.out.printf("%s: a full load takes %,d ms, %,d ms of them staging%n", label, took.whole().toMillis(),
                took.staging().toMillis());
        return took;
    }

    /** Kills a load a random part of {@code maxDelayMillis} after its staging folder satisfies {@code ready}. */
    private boolean killWhen(Path input, String label, Predicate<Path> ready, int maxDelayMillis) throws Exception {
        return kill(input, label, ready, random.nextInt(maxDelayMillis));
    }

    /**
     * Starts a load, waits for {@code ready} (unless null) and {@code delayMillis}, kills it and checks the store;
     * returns false when the load had already finished by itself.
     */
    private boolean kill(Path input, String label, Predicate<Path> ready, long delayMillis) throws Exception {
        Set<String> foldersBefore = folders();
        Path log = temp.resolve("kill-" + ++runs + ".log");
        boolean killed;
        int exit;
        try (ReleaseChildProcess load = ReleaseChildProcess.start(log, "load", "--store", store.toString(),
                input.toString())) {
            while (ready != null && load.isAlive() && staging(foldersBefore).filter(ready).isEmpty()) {
                Thread.sleep(10);
            }
            Thread.sleep(delayMillis);
            killed = load.isAlive();
            if (killed) {
                load.kill();
            }
            exit = load.exitCode(LOAD_LIMIT);
        }
        String phase = phase(foldersBefore);
        outcomes.add("load " + runs + " " + label + (ready == null ? "" : " (+" + delayMillis + " ms)") + ": "
                + (killed ? "killed" : "finished, exit " + exit) + ", " + phase);
        check(killed, exit, label, log);
        return killed;
    }

    /** Either the live release is untouched, or (only when the load got past its switch) a new complete one is. */
    private void check(boolean killed, int exit, String label, Path log) throws IOException {
        String current = Files.readString(store.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
        ReleaseSnapshot after = ReleaseSnapshot.of(store);
        if (current.equals(live.current())) {
            after.assertSameReleaseAs(live, "load " + runs + " " + label);
            assertTrue(killed, "a load that was not killed ended without a new release:\n" + Files.readString(log));
            interrupted++;
        } else {
            assertTrue(killed || exit == 0, Files.readString(log));
            after.assertConsistent();
            assertFalse(idsSeen.contains(after.current()), "a new release reused the id " + after.current());
            live = after;
        }
        idsSeen.addAll(folders());
    }

    /** A load to the end: exit 0, a new, complete release, and no unfinished folder left behind. */
    private ReleaseSnapshot loadNormally(Path input) throws Exception {
        Path log = temp.resolve("last-load.log");
        int exit = ReleaseChildProcess.run(LOAD_LIMIT, log, "load", "--store", store.toString(), input.toString());
        System.out.println(report());
        assertEquals(0, exit, Files.readString(log));
        ReleaseSnapshot after = ReleaseSnapshot.of(store);
        after.assertConsistent();
        assertNotEquals(live.current(), after.current());
        assertFalse(idsSeen.contains(after.current()), "the new release reused the id " + after.current());
        assertTrue(Files.readString(log).contains("loaded release " + after.current()), Files.readString(log));
        assertEquals(List.of(), ReleaseSnapshot.unfinishedReleases(store), "interrupted loads left behind");
        return after;
    }

    /** Where the load got to, read from the store after the kill. */
    private String phase(Set<String> foldersBefore) throws IOException {
        String current = Files.readString(store.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
        if (!current.equals(live.current())) {
            return "after the switch to " + current;
        }
        Optional<Path> staging = staging(foldersBefore);
        if (staging.isEmpty()) {
            return "before staging";
        }
        Path folder = staging.get();
        if (Files.exists(folder.resolve("release.properties"))) {
            return "release written, not current yet";
        }
        if (Files.isDirectory(folder.resolve("text"))) {
            return "building the search index";
        }
        if (Files.isDirectory(folder.resolve("dumps"))) {
            try (Stream<Path> files = Files.list(folder.resolve("dumps"))) {
                return "writing dumps (" + files.map(file -> file.getFileName().toString()).sorted().toList() + ")";
            }
        }
        return Files.isDirectory(folder.resolve("tdb")) ? "converting and loading" : "staging created";
    }

    private Optional<Path> staging(Set<String> foldersBefore) {
        try (Stream<Path> releases = Files.list(store.resolve("releases"))) {
            return releases.filter(release -> !foldersBefore.contains(release.getFileName().toString()))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Set<String> folders() throws IOException {
        try (Stream<Path> releases = Files.list(store.resolve("releases"))) {
            return new HashSet<>(releases.map(release -> release.getFileName().toString()).toList());
        }
    }

    private String report() {
        return String.join("\n", outcomes);
    }
}
