package org.ogplod.web;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How the server runs: its port (0 picks a free one), the base every IRI is minted under, and the SPARQL limits.
 */
public record Settings(int port, String baseUri, Duration queryTimeout, int maxConcurrentQueries) {
    private static final Pattern BASE = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?/");

    public Settings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (!BASE.matcher(baseUri).matches()) {
            throw new IllegalArgumentException("the base IRI must be http(s) and end with '/', not '" + baseUri + "'");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("at least one concurrent query must be allowed");
        }
    }

    /** The defaults of {@code serve}: port 8080, base http://localhost:8080/, 30 s queries, 4 at a time. */
    public static Settings defaults() {
        return new Settings(8080, "http://localhost:8080/", Duration.ofSeconds(30), 4);
    }

    public Settings withPort(int newPort) {
        return new Settings(newPort, baseUri, queryTimeout, maxConcurrentQueries);
    }

    public Settings withBaseUri(String newBase) {
        return new Settings(port, newBase, queryTimeout, maxConcurrentQueries);
    }

    public Settings withQueryTimeout(Duration timeout) {
        return new Settings(port, baseUri, timeout, maxConcurrentQueries);
    }
}
