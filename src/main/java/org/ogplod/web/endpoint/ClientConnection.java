package org.ogplod.web.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.thread.Scheduler;

/** The connection a request arrived on, as Jetty knows it: to cut it, and to hear when the client has gone. */
public final class ClientConnection {
    /** How often a running query's connection is probed for the client having left. */
    static final Duration PROBE = Duration.ofMillis(500);

    private ClientConnection() {
    }

    /** Closes the connection without ending the response, so the client sees an incomplete answer. */
    static void cut(HttpServletRequest request) {
        ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection()
                .getEndPoint().close();
    }

    /**
     * Runs {@code action} once if the client disconnects before the returned watch is closed. Jetty does not read a
     * connection while its request is handled, so it would only notice a departed client at the first write, after
     * the query; this reads one byte every {@link #PROBE}. The request has been read in full by then, so the read sees
     * the end of the stream, or nothing, or (only from a client that pipelines) the next request, after which the
     * probing stops and the connection is closed once this response is done.
     */
    public static AutoCloseable onGone(HttpServletRequest request, Runnable action) {
        ServletContextRequest servlet = ServletContextRequest.getServletContextRequest(request);
        EndPoint endPoint = servlet.getConnectionMetaData().getConnection().getEndPoint();
        Scheduler scheduler = servlet.getConnectionMetaData().getConnector().getScheduler();
        AtomicBoolean watching = new AtomicBoolean(true);
        probe(endPoint, scheduler, watching, action, servlet);
        return () -> watching.set(false);
    }

    private static void probe(EndPoint endPoint, Scheduler scheduler, AtomicBoolean watching, Runnable action,
            ServletContextRequest request) {
        scheduler.schedule(() -> {
            if (!watching.get()) {
                return;
            }
            int read;
            try {
                read = endPoint.fill(BufferUtil.allocate(1));
            } catch (IOException e) {
                read = -1;
            }
            if (read < 0 && watching.getAndSet(false)) {
                action.run();
            } else if (read > 0) {
                watching.set(false);
                request.getServletContextResponse().getHeaders().put("Connection", "close");
            } else {
                probe(endPoint, scheduler, watching, action, request);
            }
        }, PROBE);
    }
}
