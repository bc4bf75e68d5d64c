package org.ogplod.web.common;

import java.time.Duration;
import java.util.Set;
import org.ogplod.ontology.Iris;

/**
 * How the server runs: its port (0 picks a free one), the base every IRI is minted under, and the limits that
 * protect a public endpoint (README "Security and limits" lists each with its flag and default).
 */
public record Settings(int port, String baseUri, Duration queryTimeout, int maxConcurrentQueries, Duration queueWait,
        int queryRatePerMinute, int pageRatePerMinute, Set<String> trustedProxies, int maxBodyBytes,
        int maxHeaderBytes, Duration idleTimeout, int maxConnectionsPerClient, Duration headerTimeout) {

    public Settings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (!Iris.isBase(baseUri)) {
            throw new IllegalArgumentException("the base IRI must be http(s) and end with '/', not '" + baseUri + "'");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("at least one concurrent query must be allowed");
        }
        if (queryRatePerMinute < 0 || pageRatePerMinute < 0) {
            throw new IllegalArgumentException("rate limits are requests a minute, 0 for none");
        }
        if (maxBodyBytes < 1024 || maxHeaderBytes < 1024) {
            throw new IllegalArgumentException("body and header limits must be at least 1024 bytes");
        }
        if (maxConnectionsPerClient < 1) {
            throw new IllegalArgumentException("a client must be allowed at least one connection");
        }
        if (headerTimeout.isNegative() || headerTimeout.isZero()) {
            throw new IllegalArgumentException("the header timeout must be positive");
        }
        trustedProxies = Set.copyOf(trustedProxies);
    }

    /**
     * The defaults of {@code serve}: port 8080, base http://localhost:8080/, 30 s queries, 4 at a time (waiting up
     * to 2 s for a place), 120 queries and 6,000 page requests a minute per client, 1 MB bodies, 16 KB headers,
     * 30 s idle connections, 32 connections per client, request headers complete within 10 s.
     */
    public static Settings defaults() {
        return new Settings(8080, "http://localhost:8080/", Duration.ofSeconds(30), 4, Duration.ofSeconds(2), 120,
                6000, Set.of(), 1_000_000, 16 * 1024, Duration.ofSeconds(30), 32, Duration.ofSeconds(10));
    }

    public Settings withPort(int newPort) {
        return new Settings(newPort, baseUri, queryTimeout, maxConcurrentQueries, queueWait, queryRatePerMinute,
                pageRatePerMinute, trustedProxies, maxBodyBytes, maxHeaderBytes, idleTimeout, maxConnectionsPerClient, headerTimeout);
    }

    public Settings withBaseUri(String newBase) {
        return new Settings(port, newBase, queryTimeout, maxConcurrentQueries, queueWait, queryRatePerMinute,
                pageRatePerMinute, trustedProxies, maxBodyBytes, maxHeaderBytes, idleTimeout, maxConnectionsPerClient, headerTimeout);
    }

    public Settings withQueryTimeout(Duration timeout) {
        return new Settings(port, baseUri, timeout, maxConcurrentQueries, queueWait, queryRatePerMinute,
                pageRatePerMinute, trustedProxies, maxBodyBytes, maxHeaderBytes, idleTimeout, maxConnectionsPerClient, headerTimeout);
    }

    /** At most {@code concurrent} queries at once; a further one waits {@code wait} for a place, then gets 503. */
    public Settings withQueryCap(int concurrent, Duration wait) {
        return new Settings(port, baseUri, queryTimeout, concurrent, wait, queryRatePerMinute, pageRatePerMinute,
                trustedProxies, maxBodyBytes, maxHeaderBytes, idleTimeout, maxConnectionsPerClient, headerTimeout);
    }

    /** Requests a minute per client for SPARQL queries and for everything else; 0 turns a limit off. */
    public Settings withRateLimits(int queriesPerMinute, int pagesPerMinute) {
        return new Settings(port, baseUri, queryTimeout, maxConcurrentQueries, queueWait, queriesPerMinute,
                pagesPerMinute, trustedProxies, maxBodyBytes, maxHeaderBytes, idleTimeout, maxConnectionsPerClient, headerTimeout);
    }

    /** How long a connection may stay silent before it is closed. */
    public Settings withIdleTimeout(Duration idle) {
        return new Settings(port, baseUri, queryTimeout, maxConcurrentQueries, queueWait, queryRatePerMinute,
                pageRatePerMinute, trustedProxies, maxBodyBytes, maxHeaderBytes, idle, maxConnectionsPerClient, headerTimeout);
    }

    /** At most {@code connections} open connections per client address; request headers complete within {@code headers}. */
    public Settings withConnectionLimits(int connections, Duration headers) {
        return new Settings(port, baseUri, queryTimeout, maxConcurrentQueries, queueWait, queryRatePerMinute,
                pageRatePerMinute, trustedProxies, maxBodyBytes, maxHeaderBytes, idleTimeout, connections, headers);
    }

    /** Proxies whose X-Forwarded-For header names the real client. */
    public Settings withTrustedProxies(Set<String> proxies) {
        return new Settings(port, baseUri, queryTimeout, maxConcurrentQueries, queueWait, queryRatePerMinute,
                pageRatePerMinute, proxies, maxBodyBytes, maxHeaderBytes, idleTimeout, maxConnectionsPerClient, headerTimeout);
    }
}
