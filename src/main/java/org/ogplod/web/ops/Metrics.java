package org.ogplod.web.ops;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies per route, SPARQL queries and timeouts, in the Prometheus text format 0.0.4. Routes are
 * the matched templates ({@code /doc/<path>}), never raw URLs, and methods outside a fixed set count as "other", so
 * the number of series stays bounded whatever clients send.
 */
public final class Metrics {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** The route label of requests that matched no route (404s from the router). */
    static final String UNMATCHED = "unmatched";

    private static final double[] REQUEST_BOUNDS = {0.005, 0.025, 0.1, 0.5, 2.5};
    private static final double[] QUERY_BOUNDS = {0.01, 0.1, 0.5, 2.5, 10, 30};
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final String STARTED = Metrics.class.getName() + ".started";
    private static final String PREFIX = "ogp_lod_";

    private record Request(String route, String method, int status) {
    }

    private volatile String releaseId;
    private final Map<Request, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> requestDurations = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> queries = new ConcurrentHashMap<>();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final Histogram queryDurations = new Histogram(QUERY_BOUNDS);

    /** Metrics of a server that serves the release {@code releaseId}. */
    public Metrics(String releaseId) {
        this.releaseId = releaseId;
    }

    /** From now on the release served is {@code id}. */
    public void release(String id) {
        this.releaseId = id;
    }

    /** Hooks the site's requests: the time is taken before any other handler and recorded after every one. */
    public void install(JavalinConfig config) {
        config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        config.routes.after(this::recordRequest);
    }

    private void recordRequest(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null ? UNMATCHED : endpoint.path;
        String method = ctx.method().name();
        recordRequest(route, METHODS.contains(method) ? method : "other", ctx.statusCode(), nanos);
    }

    void recordRequest(String route, String method, int status, long nanos) {
        requests.computeIfAbsent(new Request(route, method, status), key -> new LongAdder()).increment();
        requestDurations.computeIfAbsent(route, key -> new Histogram(REQUEST_BOUNDS)).observe(nanos);
    }

    /** Records one SPARQL request answered by the endpoint with its status and duration (503 is a timeout). */
    public void recordQuery(int status, long nanos) {
        queries.computeIfAbsent(status, key -> new LongAdder()).increment();
        if (status == 503) {
            timeouts.increment();
        }
        queryDurations.observe(nanos);
    }

    /** Records one SPARQL request answered from the result cache. */
    public void recordCachedQuery(long nanos) {
        cacheHits.increment();
        recordQuery(200, nanos);
    }

    /** {@code GET /metrics}. */
    public void scrape(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE).result(exposition());
    }

    /** Every metric in the text exposition format, series sorted so that scrapes compare line by line. */
    String exposition() {
        StringBuilder out = new StringBuilder(4096);
        requests(out);
        header(out, "sparql_queries_total", "counter", "SPARQL queries answered by the endpoint, by status.");
        new TreeMap<>(queries).forEach((status, count) -> out.append(PREFIX).append("sparql_queries_total{status=\"")
                .append(status).append("\"} ").append(count.sum()).append('\n'));
        header(out, "sparql_timeouts_total", "counter",
                "SPARQL queries that the endpoint stopped with 503 (timeout or too many at once).");
        out.append(PREFIX).append("sparql_timeouts_total ").append(timeouts.sum()).append('\n');
        header(out, "sparql_cache_hits_total", "counter",
                "SPARQL queries answered from the result cache of the current release (counted in the total too).");
        out.append(PREFIX).append("sparql_cache_hits_total ").append(cacheHits.sum()).append('\n');
        header(out, "sparql_query_duration_seconds", "histogram", "Time the endpoint took per query, in seconds.");
        queryDurations.write(out, PREFIX + "sparql_query_duration_seconds", "");
        if (releaseId != null) {
            header(out, "release_info", "gauge", "The release the server is serving (always 1).");
            out.append(PREFIX).append("release_info{release=\"").append(label(releaseId)).append("\"} 1\n");
        }
        return out.toString();
    }

    private void requests(StringBuilder out) {
        header(out, "http_requests_total", "counter",
                "HTTP requests answered by the site, by route template, method and status.");
        Map<Request, LongAdder> sorted = new TreeMap<>(Comparator.comparing(Request::route)
                .thenComparing(Request::method).thenComparingInt(Request::status));
        sorted.putAll(requests);
        sorted.forEach((request, count) -> out.append(PREFIX).append("http_requests_total{route=\"")
                .append(label(request.route())).append("\",method=\"").append(request.method())
                .append("\",status=\"").append(request.status()).append("\"} ").append(count.sum()).append('\n'));
        header(out, "http_request_duration_seconds", "histogram",
                "Time the site took to answer, by route template, in seconds.");
        new TreeMap<>(requestDurations).forEach((route, histogram) -> histogram.write(out,
                PREFIX + "http_request_duration_seconds", "route=\"" + label(route) + "\","));
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(PREFIX).append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(PREFIX).append(name).append(' ').append(type).append('\n');
    }

    /** A label value escaped as the format asks: backslash, double quote and line feed. */
    static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
