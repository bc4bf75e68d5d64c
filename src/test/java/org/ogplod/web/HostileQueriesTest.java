package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogplod.web.common.Settings;

/**
 * The attacks of issue 13 against the real server, one per row: each gets its documented status and sentence in
 * bounded time, other queries and pages still answer, and the log holds no stack trace and nothing of the request.
 */
class HostileQueriesTest {
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Settings.defaults().withPort(0).withRateLimits(0, 0)
                .withQueryTimeout(Duration.ofSeconds(3)).withQueryCap(2, Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "F1 afn:wait | SELECT (<" + AFN + "wait>(45000) AS ?x) {} | " + AFN + "wait",
        "F3 afn:print | SELECT (<" + AFN + "print>('ERROR forged-line-13') AS ?x) {} | " + AFN + "print",
        "F4 afn:sprintf | SELECT (<" + AFN + "sprintf>('%2000000000d', 1) AS ?x) {} | " + AFN + "sprintf",
        "java: function | SELECT (<java:org.apache.jena.sparql.function.library.wait>(1) AS ?x) {} | java:org.apache",
        "CALL | SELECT (CALL(<" + AFN + "wait>, 45000) AS ?x) {} | CALL",
        "fn:string-join | SELECT (<http://www.w3.org/2005/xpath-functions#string-join>('a', 'b') AS ?x) {} | string-join",
        "apf:concat | SELECT ?x { ?x <http://jena.apache.org/ARQ/property#concat> ('a' 'b') } | property#concat",
        "java: property | SELECT ?x { ?x <java:org.apache.jena.sparql.pfunction.library.concat> ('a') } | java:org",
        "custom aggregate | SELECT (AGG <urn:x:agg>(?s) AS ?x) { ?s ?p ?o } | urn:x:agg",
        "FOLD | SELECT (FOLD(?s) AS ?x) { ?s ?p ?o } | FOLD",
        "SERVICE | SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } | SERVICE"})
    void aFunctionOutsideTheAllowListIsRefusedWith400NamingItBeforeItRuns(String label, String query, String named) {
        try (LogCapture log = new LogCapture()) {
            Timed timed = post(query.replace('\'', '"'));
            assertEquals(400, timed.response.statusCode(), timed.response.body());
            assertTrue(timed.response.body().contains(named), timed.response.body());
            assertTrue(timed.millis < 2_000, label + " took " + timed.millis + " ms");
            log.assertClean("forged-line-13", "2000000000", named);
        }
        assertStillAnswering();
    }

    @Test
    void theFunctionsTheReadmeShowsStillRun() {
        String query = "PREFIX afn: <" + AFN + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "SELECT (afn:localname(<http://example.org/a#b>) AS ?l) (xsd:integer(\"7\") AS ?i) "
                + "(REGEX(\"abc\", \"^A\", \"i\") AS ?r) (REPLACE(\"abc\", \"b\", \"x\") AS ?p) "
                + "(CONCAT(\"a\", \"b\") AS ?c) (UCASE(\"ß\") AS ?u) {}";
        Timed timed = post(query, "text/csv");
        assertEquals(200, timed.response.statusCode(), timed.response.body());
        assertTrue(timed.response.body().contains("b,7,true,axc,ab,SS"), timed.response.body());
        HttpResponse<String> text = server.get("/sparql?query=" + encode("PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?s { ?s text:query 'open' } LIMIT 1"), "Accept", "text/csv");
        assertEquals(200, text.statusCode(), text.body());
        Timed grouped = post("SELECT (GROUP_CONCAT(DISTINCT ?x; SEPARATOR='|') AS ?g) { VALUES ?x { 'a' 'b' 'a' } }"
                .replace('\'', '"'), "text/csv");
        assertTrue(grouped.response.body().contains("a|b") || grouped.response.body().contains("b|a"),
                grouped.response.body());
    }

    @Test
    void aShorterTimeoutTheClientAskedForIsTheOneTheRefusalNames() {
        HttpResponse<String> response = server.get("/sparql?query="
                + encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f } # client timeout " + System.nanoTime())
                + "&timeout=1", "Accept", "text/csv");
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("time limit of 1 s"), response.body());
    }

    @Test
    void f2CatastrophicRegexAndReplaceStopAtTheTimeoutWith503() {
        String text = "a".repeat(30) + "!";
        for (String expression : new String[] {"REGEX(\"" + text + "\", \"(.*a){15}$\")",
                "REPLACE(\"" + text + "\", \"(.*a){15}$\", \"x\")"}) {
            try (LogCapture log = new LogCapture()) {
                Timed timed = post("SELECT (" + expression + " AS ?m) {}");
                assertEquals(503, timed.response.statusCode(), timed.response.body());
                assertTrue(timed.response.body().contains("time limit of 3 s"), timed.response.body());
                assertTrue(timed.millis < 5_000, expression + " took " + timed.millis + " ms");
                log.assertClean(text);
            }
        }
        assertStillAnswering();
    }

    @Test
    void f4StringsBuiltPastTheBoundFailTheQueryWith400AndASentence() {
        String doubling = IntStream.range(0, 40).mapToObj(i -> "BIND(CONCAT(?a" + i + ", ?a" + i + ") AS ?a" + (i + 1)
                + ")").collect(Collectors.joining(" "));
        String big = "BIND(\"aaaaaaaaaa\" AS ?a0) " + IntStream.range(0, 16).mapToObj(i -> "BIND(CONCAT(?a" + i
                + ", ?a" + i + ") AS ?a" + (i + 1) + ")").collect(Collectors.joining(" "));
        String[][] cases = {
            {"SELECT ?a40 { BIND(\"aaaaaaaaaa\" AS ?a0) " + doubling + " }", "CONCAT would build"},
            {"SELECT (GROUP_CONCAT(?a16) AS ?g) { ?s ?p ?o " + big + " }", "GROUP_CONCAT would build"},
            {"SELECT (ENCODE_FOR_URI(ENCODE_FOR_URI(?a16)) AS ?e) { " + big.replace("aaaaaaaaaa", "          ") + " }",
                "ENCODE_FOR_URI would build"},
            {"SELECT (REPLACE(?a16, \"a\", \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\") AS ?r) { " + big + " }",
                "REPLACE would build"}};
        for (String[] bomb : cases) {
            try (LogCapture log = new LogCapture()) {
                Timed timed = post(bomb[0]);
                assertEquals(400, timed.response.statusCode(), timed.response.body());
                assertTrue(timed.response.body().contains(bomb[1]) && timed.response.body().contains("1,048,576"),
                        timed.response.body());
                assertTrue(timed.millis < 5_000, bomb[1] + " took " + timed.millis + " ms");
                log.assertClean();
            }
        }
        assertStillAnswering();
    }

    @Test
    void f5ExpressionAndUnionBombsAre400WithASentenceAndNoStackTrace() {
        String[][] cases = {
            {"SELECT (" + "1+".repeat(100_000) + "1 AS ?x) {}", "characters long"},
            {"SELECT (" + "1+".repeat(20_000) + "1 AS ?x) {}", "deep"},
            {"SELECT (" + "1+".repeat(300) + "1 AS ?x) {}", "levels deep"},
            {"SELECT * {" + " { ?s ?p ?o } UNION".repeat(10_000) + " { ?s ?p ?o } }", "characters long"},
            {"SELECT * {" + " { ?s ?p ?o } UNION".repeat(3_000) + " { ?s ?p ?o } }", "deep"},
            {"SELECT * {" + " { ?s ?p ?o } UNION".repeat(300) + " { ?s ?p ?o } }", "levels deep"},
            {"SELECT (" + "(".repeat(40_000) + "1" + ")".repeat(40_000) + " AS ?x) {}", "nested too deeply"},
            {"SELECT * { ?s ?p ?o " + "FILTER(?o != 1) ".repeat(6_000) + "}", "operators and expression terms"}};
        for (String[] bomb : cases) {
            try (LogCapture log = new LogCapture()) {
                Timed timed = post(bomb[0]);
                assertEquals(400, timed.response.statusCode(), bomb[1] + ": " + timed.response.body());
                assertTrue(timed.response.body().contains(bomb[1]), bomb[0].length() + " chars: " + timed.response.body());
                assertTrue(timed.millis < 5_000, bomb[1] + " took " + timed.millis + " ms");
                log.assertClean();
            }
        }
        String longOr = "SELECT * { ?s ?p ?o FILTER(" + IntStream.range(0, 150).mapToObj(i -> "?o = " + i)
                .collect(Collectors.joining(" || ")) + ") } LIMIT 1";
        assertEquals(200, post(longOr).response.statusCode(), "a 150-term OR within the bounds runs");
    }

    @Test
    void f7StylesheetAndCallbackAreNeverEchoed() {
        String markup = "\"><a href=\"https://evil.example/\">click</a>";
        HttpResponse<String> xml = server.get("/sparql?query=" + encode("ASK {}") + "&stylesheet=" + encode(markup),
                "Accept", "application/sparql-results+xml");
        assertEquals(200, xml.statusCode(), xml.body());
        assertFalse(xml.body().contains("evil.example") || xml.body().contains("stylesheet"), xml.body());
        HttpResponse<String> json = server.get("/sparql?query=" + encode("ASK {}") + "&callback=" + encode("<b>x"),
                "Accept", "application/sparql-results+json");
        assertFalse(json.body().contains("<b>"), json.body());
    }

    @Test
    void f8AResultThatTimesOutBeforeTheHoldBoundIs503NeverA200() {
        Timed timed = post("SELECT ?a (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a", "text/tab-separated-values");
        assertEquals(503, timed.response.statusCode(), timed.response.body());
        assertFalse(timed.response.body().contains("Incomplete"), timed.response.body());
        HttpResponse<String> small = server.get("/sparql?query=" + encode("ASK {}"), "Accept", "text/csv");
        assertEquals("complete", small.headers().firstValue("X-OGP-Result").orElse(null));
    }

    @Test
    void f8AStreamedResultCutByTheTimeoutEndsIncompleteAndNeverWithRowsOfErrorText() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?a ?b ?c . ?d ?e ?f }")).build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = server.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("streamed", response.headers().firstValue("X-OGP-Result").orElse(null));
        boolean incomplete = false;
        String tail = "";
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                String chunk = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                assertFalse(chunk.contains("cancelled") || chunk.contains("Incomplete"), "error text as rows");
                tail = chunk.substring(Math.max(0, chunk.length() - 64));
            }
        } catch (IOException cut) {
            incomplete = true;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(incomplete, "the cut result ended like a complete one");
        assertTrue(millis < 8_000, "the 3 s query streamed for " + millis + " ms");
        assertStillAnswering();
    }

    /** Another query and the pages answer promptly. */
    private static void assertStillAnswering() {
        assertEquals(200, post("ASK { ?s ?p ?o }").response.statusCode(), "a cheap query");
        for (String page : new String[] {"/", "/health"}) {
            assertEquals(200, server.get(page).statusCode(), page);
        }
    }

    private record Timed(HttpResponse<String> response, long millis) {
    }

    private static Timed post(String query) {
        return post(query, "application/sparql-results+json");
    }

    private static Timed post(String query, String accept) {
        long started = System.nanoTime();
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(query)).build());
        return new Timed(response, (System.nanoTime() - started) / 1_000_000);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
