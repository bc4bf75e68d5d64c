package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ogp-lod} command in a child JVM on the test's own class path, as an operator would run it; what it
 * prints goes to a log file the test reads while it runs.
 * <pre>
 *   try (ReleaseChildProcess load = ReleaseChildProcess.start(log, "load", "--store", store, "data")) {
 *       assertEquals(0, load.exitCode(Duration.ofMinutes(1)));
 *   }
 * </pre>
 */
final class ReleaseChildProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final String command;

    private ReleaseChildProcess(Process process, Path log, String command) {
        this.process = process;
        this.log = log;
        this.command = command;
    }

    /** Starts {@code ogp-lod args...}; standard output and error both go to {@code log}. */
    static ReleaseChildProcess start(Path log, String... args) throws IOException {
        return start(log, java.util.Map.of(), args);
    }

    /** As above, with {@code environment} added to the child's environment. */
    static ReleaseChildProcess start(Path log, java.util.Map<String, String> environment, String... args)
            throws IOException {
        return startIn(Path.of("").toAbsolutePath(), log, environment, args);
    }

    /** As above, in the working directory {@code directory} (where relative paths such as {@code ./data} point). */
    static ReleaseChildProcess startIn(Path directory, Path log, java.util.Map<String, String> environment,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ReleaseChildProcess(process, log, "ogp-lod " + String.join(" ", args));
    }

    /** Runs the command to its end and returns its exit code; fails the test if it takes longer than {@code limit}. */
    static int run(Duration limit, Path log, String... args) throws IOException, InterruptedException {
        try (ReleaseChildProcess child = start(log, args)) {
            return child.exitCode(limit);
        }
    }

    /** Waits for the end and returns the exit code; fails the test (after killing the child) on a timeout. */
    int exitCode(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            fail("'" + command + "' did not end within " + limit.toSeconds() + " s; it printed:\n" + printed());
        }
        return process.exitValue();
    }

    /** Like {@link #exitCode}, but fails at once (killing the child) when it prints {@code forbidden}. */
    int exitCodeUnless(String forbidden, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (printed().contains(forbidden)) {
                kill();
                fail("'" + command + "' printed '" + forbidden + "':\n" + printed());
            }
            Thread.sleep(50);
        }
        return exitCode(Duration.ZERO);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as an operator's Ctrl+C or a service manager stops it; fails the test if it outlives {@code limit}. */
    void stop(Duration limit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            fail("'" + command + "' did not stop within " + limit.toSeconds() + " s of SIGTERM:\n" + printed());
        }
    }

    /** kill -9, and wait until the process is gone (its file locks released). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits until the log has a line matching {@code pattern}; fails the test if the child ends or time runs out. */
    Matcher awaitLine(Pattern pattern, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = pattern.matcher(printed());
            if (matcher.find()) {
                return matcher;
            }
            if (!process.isAlive()) {
                fail("the child ended (exit " + process.exitValue() + ") before printing /" + pattern + "/:\n"
                        + printed());
            }
            Thread.sleep(100);
        }
        kill();
        return fail("no line /" + pattern + "/ within " + limit.toSeconds() + " s:\n" + printed());
    }

    /** Everything the child printed so far. */
    String printed() {
        try {
            // Bytes, not readString: the child may be half-way through a character.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
