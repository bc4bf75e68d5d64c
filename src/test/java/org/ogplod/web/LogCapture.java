package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the server logs while a test runs: slf4j-simple writes to {@code System.err}, which this tees into a buffer
 * so that a test can show the log holds no stack trace and nothing of the request's text.
 */
final class LogCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    LogCapture() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (captured) {
                    captured.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                synchronized (captured) {
                    captured.write(bytes, offset, length);
                }
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** Fails if the log shows a stack trace or any of the {@code forbidden} texts taken from a request. */
    void assertClean(String... forbidden) {
        String log = text();
        assertFalse(log.contains("\tat ") || log.contains("Exception"), "the log shows a stack trace:\n" + log);
        for (String text : forbidden) {
            assertFalse(log.contains(text), "the log holds request text '" + text + "':\n" + log);
        }
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
