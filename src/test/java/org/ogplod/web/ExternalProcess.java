package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A third-party program run by a test: its exit code, standard output and standard error, or a failure on timeout. */
record ExternalProcess(int exitCode, String output, String errors) {
    /** Runs {@code command} in {@code folder}, failing the test if it takes longer than {@code seconds}. */
    static ExternalProcess run(List<String> command, Path folder, int seconds) {
        try {
            Path out = Files.createTempFile("ogp-lod-process-", ".out");
            Path err = Files.createTempFile("ogp-lod-process-", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(folder.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish in " + seconds + " s:\n"
                            + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new ExternalProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Standard output and standard error together, for a failure message. */
    String all() {
        return output + errors;
    }
}
