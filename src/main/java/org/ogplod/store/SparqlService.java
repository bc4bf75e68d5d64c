package org.ogplod.store;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;

/**
 * A SPARQL 1.1 engine reached over HTTP (Virtuoso, Fuseki, GraphDB, ...): where queries go and where updates go (the
 * same URL unless told otherwise). Queries always name their dataset in the protocol: one graph as the default graph
 * and no named graphs, so a query sees one release and nothing else the engine holds.
 */
public record SparqlService(String queryUrl, String updateUrl) {
    /** A graph no release uses: naming it as the only named graph leaves {@code GRAPH} patterns nothing to match. */
    static final String NO_NAMED_GRAPHS = "urn:x-ogp-lod:no-named-graphs";

    /**
     * Long queries go as an HTML form, which every engine reads (Virtuoso 7 never answers a query sent as an
     * {@code application/sparql-query} body), short ones by GET.
     */
    private static final QuerySendMode SEND = QuerySendMode.asGetWithLimitForm;
    /** A request that sends no answer within this time has failed (a query's own timeout may be shorter). */
    static final Duration LONGEST = Duration.ofMinutes(10);

    public SparqlService {
        for (String url : new String[] {queryUrl, updateUrl}) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getMessage(), e);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("a SPARQL store is an http(s) URL such as "
                        + "sparql:http://localhost:8890/sparql, not '" + url + "'");
            }
        }
    }

    /**
     * Sends {@code user} and {@code password} to both endpoints when they ask (HTTP Basic or Digest); they are held by
     * Jena's HTTP layer for this process only and never printed.
     */
    public void authenticate(String user, String password) {
        AuthEnv.get().registerUsernamePassword(URI.create(queryUrl), user, password);
        AuthEnv.get().registerUsernamePassword(URI.create(updateUrl), user, password);
    }

    /** A query over {@code graph} alone, answered within {@code timeout} (zero: {@link #LONGEST}). */
    QueryExec query(String query, String graph, Duration timeout) {
        var builder = QueryExecHTTP.service(queryUrl).parseCheck(false).query(query).addDefaultGraphURI(graph)
                .addNamedGraphURI(NO_NAMED_GRAPHS).sendMode(SEND);
        Duration bound = timeout.isPositive() && timeout.compareTo(LONGEST) < 0 ? timeout : LONGEST;
        return builder.timeout(bound.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /** The rows of a query that reads the engine's named graphs itself (the store's own records). */
    RowSet select(String query) {
        try (QueryExec exec = QueryExecHTTP.service(queryUrl).parseCheck(false).query(query).sendMode(SEND).build()) {
            return exec.select().materialize();
        } catch (RuntimeException e) {
            throw failed("query", queryUrl, e);
        }
    }

    /** Runs one update request (one transaction where the engine has them). */
    void update(String update) {
        try {
            UpdateExecHTTP.service(updateUrl).parseCheck(false).updateString(update).build().execute();
        } catch (RuntimeException e) {
            throw failed("update", updateUrl, e);
        }
    }

    /** A failed request as one sentence that says what to do. */
    private static EngineFailed failed(String what, String url, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        int status = e instanceof HttpException http ? http.getStatusCode() : -1;
        String sentence = switch (status) {
            case 401, 403 -> "the SPARQL engine at " + url + " refused the " + what + " (" + status + "): give "
                    + "credentials with --store-credentials FILE or the variable OGP_LOD_STORE_CREDENTIALS (user:password)"
                    + (what.equals("update") ? ", and for Virtuoso --update-url http://HOST:8890/sparql-auth" : "");
            case -1 -> "the SPARQL engine at " + url + " did not answer the " + what + ": " + cause;
            default -> "the SPARQL engine at " + url + " failed the " + what + " with " + status + ": "
                    + abbreviate(e.getMessage());
        };
        return new EngineFailed(sentence, e);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 500 ? text.substring(0, 500) + " ..." : text;
    }

    /** A request the engine refused or did not answer. */
    static final class EngineFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EngineFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public String toString() {
        return queryUrl.equals(updateUrl) ? queryUrl : queryUrl + " (updates: " + updateUrl + ")";
    }
}
