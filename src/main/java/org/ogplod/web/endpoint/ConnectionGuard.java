package org.ogplod.web.endpoint;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.EventsHandler;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Slow-client defences Jetty lacks: a header deadline (a request's line and headers must be complete within the
 * deadline of the connection opening or of the previous response, whatever trickle of bytes keeps the idle timer
 * alive) and a cap on the connections one client address holds open (trusted proxies are exempt).
 */
public final class ConnectionGuard implements Connection.Listener {
    private final int maxPerClient;
    private final Duration headerDeadline;
    private final Set<String> exempt;
    private final Scheduler scheduler;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    /** Each connection's client, kept from the opening: a closed endpoint no longer knows its remote address. */
    private final Map<Connection, String> clients = new ConcurrentHashMap<>();
    private final Map<Connection, Scheduler.Task> awaitingHeaders = new ConcurrentHashMap<>();

    public ConnectionGuard(int maxPerClient, Duration headerDeadline, Set<String> exempt, Scheduler scheduler) {
        this.maxPerClient = maxPerClient;
        this.headerDeadline = headerDeadline;
        this.exempt = exempt;
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        String client = client(connection.getEndPoint().getRemoteSocketAddress());
        clients.put(connection, client);
        int count = open.merge(client, 1, Integer::sum);
        if (count > maxPerClient && !exempt.contains(client)) {
            connection.getEndPoint().close();
            return;
        }
        awaitHeaders(connection);
    }

    @Override
    public void onClosed(Connection connection) {
        headersArrived(connection);
        String client = clients.remove(connection);
        if (client != null) {
            open.computeIfPresent(client, (key, count) -> count > 1 ? count - 1 : null);
        }
    }

    /** Wraps the server's handler so that the deadline stops when a request's headers are in and restarts after it. */
    public Handler around(Handler handler) {
        return new EventsHandler(handler) {
            @Override
            protected void onBeforeHandling(Request request) {
                headersArrived(request.getConnectionMetaData().getConnection());
            }

            @Override
            protected void onComplete(Request request, Throwable failure) {
                Connection connection = request.getConnectionMetaData().getConnection();
                if (connection.getEndPoint().isOpen()) {
                    awaitHeaders(connection);
                }
            }
        };
    }

    private void awaitHeaders(Connection connection) {
        Scheduler.Task deadline = scheduler.schedule(() -> {
            if (awaitingHeaders.remove(connection) != null) {
                connection.getEndPoint().close();
            }
        }, headerDeadline);
        Scheduler.Task previous = awaitingHeaders.put(connection, deadline);
        if (previous != null) {
            previous.cancel();
        }
    }

    private void headersArrived(Connection connection) {
        Scheduler.Task deadline = awaitingHeaders.remove(connection);
        if (deadline != null) {
            deadline.cancel();
        }
    }

    private static String client(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }
}
