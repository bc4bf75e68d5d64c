package org.ogplod.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** The connection a request arrived on, as Jetty knows it: to cut it, and to hear when the client has gone. */
final class ClientConnection {
    private ClientConnection() {
    }

    /** Closes the connection without ending the response, so the client sees an incomplete answer. */
    static void cut(HttpServletRequest request) {
        ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection()
                .getEndPoint().close();
    }

    /** Runs {@code action} once if the client disconnects before the returned watch is closed. */
    static AutoCloseable onGone(HttpServletRequest request, Runnable action) {
        AtomicBoolean watching = new AtomicBoolean(true);
        ServletContextRequest.getServletContextRequest(request).addFailureListener(failure -> {
            if (watching.getAndSet(false)) {
                action.run();
            }
        });
        return () -> watching.set(false);
    }
}
