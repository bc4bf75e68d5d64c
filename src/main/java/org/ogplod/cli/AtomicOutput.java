package org.ogplod.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output that appears only when the work succeeded: bytes go to a temporary file beside the target, which is
 * moved into place by {@link #commit()}; {@link #close()} without commit deletes it. With no target the committed
 * output goes to the command's standard output writer, so a failed run prints nothing there either. What is written
 * is RDF, which is UTF-8 text: it is read back as such into the writer, which {@link Main} makes UTF-8 too.
 */
final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final PrintWriter standardOutput;
    private final Path temporary;
    private final OutputStream out;
    private boolean committed;

    /** An output to {@code target}, or to {@code standardOutput} when {@code target} is null. */
    AtomicOutput(Path target, PrintWriter standardOutput) {
        this.target = target;
        this.standardOutput = standardOutput;
        try {
            Path folder = target == null ? null : target.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            this.temporary = folder == null ? Files.createTempFile("ogp-lod-", ".part")
                    : Files.createTempFile(folder, "." + target.getFileName(), ".part");
            this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (target == null ? "a temporary file" : target), e);
        }
    }

    OutputStream stream() {
        return out;
    }

    void commit() throws IOException {
        out.close();
        if (target == null) {
            try (Reader text = Files.newBufferedReader(temporary, StandardCharsets.UTF_8)) {
                text.transferTo(standardOutput);
            }
            if (standardOutput.checkError()) {
                throw new IOException("cannot write to standard output (is the disk or the pipe closed?)");
            }
        } else {
            readableByAll(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    /** Temporary files are private to their owner; the finished output is an ordinary rw-r--r-- file. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (!committed || target == null) {
            Files.deleteIfExists(temporary);
        }
    }
}
