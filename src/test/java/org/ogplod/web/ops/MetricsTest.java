package org.ogplod.web.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;

/** /metrics in the Prometheus text format: requests per route template, SPARQL queries, timeouts, the release. */
@ExtendWith(SharedServer.class)
class MetricsTest {
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\.)*\",?)*\\})? "
                    + "(-?[0-9.]+(?:E-?[0-9]+)?|\\+Inf|NaN)");
    private static final String REQUESTS = "ogp_lod_http_requests_total";

    private static TestServer server;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
    }

    @Test
    void countsRequestsUnderTheirRouteTemplateMethodAndStatus() {
        Map<String, Double> before = scrape();
        server.get("/");
        server.get("/");
        server.send(HttpRequest.newBuilder(server.uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        server.get("/doc/commitment/UK0107");
        server.get("/doc/member/united-kingdom");
        server.get("/no/such/page");
        Map<String, Double> after = scrape();
        assertEquals(2, increase(before, after, REQUESTS + "{route=\"/\",method=\"GET\",status=\"200\"}"));
        assertEquals(1, increase(before, after, REQUESTS + "{route=\"/\",method=\"HEAD\",status=\"200\"}"));
        assertEquals(2, increase(before, after, REQUESTS + "{route=\"/doc/<path>\",method=\"GET\",status=\"200\"}"));
        assertEquals(1, increase(before, after, REQUESTS + "{route=\"unmatched\",method=\"GET\",status=\"404\"}"));
        assertEquals(2, increase(before, after,
                "ogp_lod_http_request_duration_seconds_count{route=\"/doc/<path>\"}"));
        assertEquals(1, increase(before, after, REQUESTS + "{route=\"/metrics\",method=\"GET\",status=\"200\"}"),
                "the first scrape is counted by the second");
    }

    @Test
    void rawUrlsNeverBecomeLabels() {
        for (int i = 0; i < 20; i++) {
            server.get("/doc/nothing-here-" + i);
            server.get("/random-" + i);
        }
        server.send(HttpRequest.newBuilder(server.uri("/")).method("BREW", HttpRequest.BodyPublishers.noBody())
                .build());
        Set<String> routes = new HashSet<>();
        Set<String> methods = new HashSet<>();
        Matcher labels = Pattern.compile(REQUESTS + "\\{route=\"([^\"]*)\",method=\"([^\"]*)\"").matcher(text());
        while (labels.find()) {
            routes.add(labels.group(1));
            methods.add(labels.group(2));
        }
        assertFalse(text().contains("nothing-here"), "no raw path in any label");
        assertFalse(text().contains("random-"), "no raw path in any label");
        assertTrue(routes.stream().allMatch(route -> route.startsWith("/") || route.equals(Metrics.UNMATCHED)),
                routes.toString());
        assertFalse(methods.contains("BREW"), "unknown methods count as other: " + methods);
    }

    @Test
    void countsSparqlQueriesWithTheirDuration() {
        Map<String, Double> before = scrape();
        String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        assertEquals(200, server.get("/sparql?query=" + ask, "Accept", "application/sparql-results+json").statusCode());
        HttpResponse<String> posted = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p ?o } LIMIT 1")).build());
        assertEquals(200, posted.statusCode());
        Map<String, Double> after = scrape();
        assertEquals(2, increase(before, after, "ogp_lod_sparql_queries_total{status=\"200\"}"));
        assertEquals(2, increase(before, after, "ogp_lod_sparql_query_duration_seconds_count"));
        assertEquals(0, increase(before, after, "ogp_lod_sparql_timeouts_total"));
    }

    @Test
    void scrapeIsWellFormedTextFormat() {
        HttpResponse<String> response = server.get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        assertWellFormed(response.body());
    }

    @Test
    void timeoutsReleaseAndEscapedLabelsInTheExposition() {
        Metrics metrics = new Metrics("2026-01-01-1");
        metrics.recordQuery(200, 2_000_000);
        metrics.recordQuery(503, 31_000_000_000L);
        metrics.recordRequest("/odd\"route\\\n", "GET", 200, 1_000);
        String text = metrics.exposition();
        assertWellFormed(text);
        Map<String, Double> samples = samples(text);
        assertEquals(1, samples.get("ogp_lod_sparql_timeouts_total"));
        assertEquals(1, samples.get("ogp_lod_sparql_queries_total{status=\"503\"}"));
        assertEquals(1, samples.get("ogp_lod_sparql_query_duration_seconds_bucket{le=\"0.01\"}"));
        assertEquals(1, samples.get("ogp_lod_sparql_query_duration_seconds_bucket{le=\"30.0\"}"));
        assertEquals(2, samples.get("ogp_lod_sparql_query_duration_seconds_bucket{le=\"+Inf\"}"));
        assertEquals(31.002, samples.get("ogp_lod_sparql_query_duration_seconds_sum"), 1e-9);
        assertEquals(1, samples.get("ogp_lod_release_info{release=\"2026-01-01-1\"}"));
        assertTrue(text.contains("route=\"/odd\\\"route\\\\\\n\""), text);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Every line is HELP, TYPE or a sample of a family announced before it; histogram buckets only grow. */
    private static void assertWellFormed(String text) {
        Set<String> typed = new HashSet<>();
        Map<String, Double> lastBucket = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ", 4);
                if (parts[1].equals("TYPE")) {
                    assertTrue(parts[3].matches("counter|gauge|histogram"), line);
                    typed.add(parts[2]);
                }
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), "not a sample line: " + line);
            String family = sample.group(1).replaceAll("_(bucket|sum|count)$", "");
            assertTrue(typed.contains(family) || typed.contains(sample.group(1)), "no TYPE before " + line);
            if (sample.group(1).endsWith("_bucket")) {
                String series = sample.group(1) + sample.group(2).replaceAll(",?le=\"[^\"]*\"", "");
                double value = Double.parseDouble(sample.group(3));
                assertTrue(value >= lastBucket.getOrDefault(series, 0.0), "buckets are cumulative: " + line);
                lastBucket.put(series, value);
            }
        }
        assertTrue(text.endsWith("\n"));
    }

    private static double increase(Map<String, Double> before, Map<String, Double> after, String series) {
        assertTrue(after.containsKey(series), "no series " + series + " in\n" + after.keySet());
        return after.get(series) - before.getOrDefault(series, 0.0);
    }

    private static Map<String, Double> scrape() {
        return samples(text());
    }

    private static String text() {
        return server.get("/metrics").body();
    }

    private static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.matches()) {
                samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)),
                        sample.group(3).equals("+Inf") ? Double.POSITIVE_INFINITY
                                : Double.parseDouble(sample.group(3)));
            }
        }
        return samples;
    }
}
