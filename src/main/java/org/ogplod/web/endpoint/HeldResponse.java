package org.ogplod.web.endpoint;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A query's response, held back until the query has finished so that its status is the true one: a timeout or a bound
 * crossed becomes an error status instead of a 200 with cut rows. A result larger than {@code holdBytes} is streamed
 * ({@code X-OGP-Result: streamed}) and ends with the trailer {@code X-OGP-Result: complete}; if it fails after that,
 * nothing more is written and the connection is cut before the last chunk, which every HTTP client reports as an
 * incomplete response. A streamed result of up to {@code keepBytes} is also copied aside, for the result cache.
 */
final class HeldResponse extends HttpServletResponseWrapper {
    static final String RESULT_HEADER = "X-OGP-Result";

    private final int holdBytes;
    private final int keepBytes;
    private final Runnable cut;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();
    /** The streamed bytes so far (the held ones first), while they fit {@code keepBytes}; else null. */
    private ByteArrayOutputStream kept;
    private boolean streaming;
    private boolean truncated;
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldResponse(HttpServletResponse response, int holdBytes, int keepBytes, Runnable cut) {
        super(response);
        this.holdBytes = holdBytes;
        this.keepBytes = keepBytes;
        this.cut = cut;
    }

    /** Sends what was held, or ends a streamed response: with its trailer, or cut when it failed mid-way. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (truncated) {
            cut.run();
        } else if (!streaming) {
            super.setHeader(RESULT_HEADER, getStatus() < 400 ? "complete" : null);
            if (held.size() > 0) {
                super.setContentLength(held.size());
                held.writeTo(super.getOutputStream());
            }
        }
    }

    /**
     * After {@link #finish()}: the whole body of a successful response, held or streamed to its end, or null (also
     * when a streamed one passed {@code keepBytes}).
     */
    byte[] completeBody() {
        if (getStatus() != 200 || truncated) {
            return null;
        }
        return streaming ? kept == null ? null : kept.toByteArray() : held.toByteArray();
    }

    /** Ends a response whose producer failed unexpectedly: a streamed one is cut, a held one is left to Jetty. */
    void fail() {
        if (streaming) {
            cut.run();
        }
    }

    @Override
    public void setStatus(int status) {
        if (streaming) {
            truncated |= status >= 400;
            return;
        }
        if (status >= 400) {
            held.reset();
        }
        super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        setStatus(status);
        if (!streaming && message != null) {
            setContentType("text/plain;charset=utf-8");
            held.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public boolean isCommitted() {
        return streaming || super.isCommitted();
    }

    @Override
    public void flushBuffer() throws IOException {
        if (streaming && !truncated) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        if (!streaming) {
            held.reset();
        }
    }

    @Override
    public void setContentLength(int length) {
        // The length is set from the held bytes when they are sent.
    }

    @Override
    public void setContentLengthLong(long length) {
        // The length is set from the held bytes when they are sent.
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new Output();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        if (truncated) {
            return;
        }
        if (streaming) {
            super.getOutputStream().write(bytes, offset, length);
            if (kept != null && kept.size() + length <= keepBytes) {
                kept.write(bytes, offset, length);
            } else {
                kept = null;
            }
            return;
        }
        held.write(bytes, offset, length);
        if (held.size() > holdBytes) {
            stream();
        }
    }

    private void stream() throws IOException {
        streaming = true;
        super.setHeader(RESULT_HEADER, "streamed");
        super.setHeader("Trailer", RESULT_HEADER);
        try {
            super.setTrailerFields(() -> Map.of(RESULT_HEADER, "complete"));
        } catch (IllegalStateException e) {
            super.setHeader("Trailer", null);    // HTTP/1.0: no trailers; only a complete response is an answer
        }
        held.writeTo(super.getOutputStream());
        kept = held.size() <= keepBytes ? held : null;
        held = null;
    }

    /** The stream Fuseki writes to. */
    private final class Output extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            HeldResponse.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            HeldResponse.this.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("query results are written blocking");
        }
    }
}
