package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SPARQL 1.1 Query protocol at /sparql: the three ways to ask, every result format, errors, CORS. */
@ExtendWith(SharedServer.class)
class SparqlEndpointTest {
    private static final String BASE = "http://localhost:8080/";
    private static final String PREFIXES = "PREFIX ogp: <" + BASE + "def/ogp#>\n"
            + "PREFIX dct: <http://purl.org/dc/terms/>\n";
    private static final String COMMITMENTS = PREFIXES
            + "SELECT ?commitment ?id WHERE { ?commitment a ogp:Commitment ; dct:identifier ?id }";
    private static final String CONSTRUCT = PREFIXES
            + "CONSTRUCT { ?commitment dct:identifier ?id } WHERE { ?commitment a ogp:Commitment ; dct:identifier ?id }";
    private static final String DESCRIBE = "DESCRIBE <" + BASE + "id/commitment/UK0107>";
    private static final int COMMITMENT_COUNT = 663;

    private static TestServer server;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
    }

    // --- the three ways to send a query --------------------------------------------------------------------------

    @Test
    void selectByGetWithQueryParameterAnswersJson() {
        HttpResponse<String> response = get(COMMITMENTS, "application/sparql-results+json");
        assertSelectResults(response, "application/sparql-results+json", ResultSetLang.RS_JSON);
    }

    @Test
    void selectByPostOfAFormAnswersJson() {
        HttpResponse<String> response = server.send(request("").header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(COMMITMENTS))).build());
        assertSelectResults(response, "application/sparql-results+json", ResultSetLang.RS_JSON);
    }

    @Test
    void selectByPostOfSparqlQueryAnswersJson() {
        HttpResponse<String> response = server.send(request("").header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(COMMITMENTS)).build());
        assertSelectResults(response, "application/sparql-results+json", ResultSetLang.RS_JSON);
    }

    // --- result formats by Accept ------------------------------------------------------------------------------

    @Test
    void selectAnswersXmlWhenAcceptIsXml() {
        assertSelectResults(get(COMMITMENTS, "application/sparql-results+xml"), "application/sparql-results+xml",
                ResultSetLang.RS_XML);
    }

    @Test
    void selectAnswersCsvWhenAcceptIsCsv() {
        HttpResponse<String> response = get(COMMITMENTS, "text/csv");
        assertSelectResults(response, "text/csv", ResultSetLang.RS_CSV);
        assertTrue(response.body().startsWith("commitment,id"), response.body());
    }

    @Test
    void selectAnswersTsvWhenAcceptIsTsv() {
        HttpResponse<String> response = get(COMMITMENTS, "text/tab-separated-values");
        assertSelectResults(response, "text/tab-separated-values", ResultSetLang.RS_TSV);
        assertTrue(response.body().startsWith("?commitment\t?id"), response.body());
    }

    @Test
    void countQueryAnswersNinetyEight() {
        HttpResponse<String> response = get(PREFIXES + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a ogp:Commitment }",
                "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals("n\r\n" + COMMITMENT_COUNT + "\r\n", response.body());
    }

    // --- result formats by the format parameter -----------------------------------------------------------------

    @Test
    void formatJsonParameterGivesJson() {
        assertSelectResults(getWithFormat("json"), "application/sparql-results+json", ResultSetLang.RS_JSON);
    }

    @Test
    void formatXmlParameterGivesXml() {
        assertSelectResults(getWithFormat("xml"), "application/sparql-results+xml", ResultSetLang.RS_XML);
    }

    @Test
    void formatCsvParameterGivesCsv() {
        assertSelectResults(getWithFormat("csv"), "text/csv", ResultSetLang.RS_CSV);
    }

    @Test
    void formatTsvParameterGivesTsv() {
        assertSelectResults(getWithFormat("tsv"), "text/tab-separated-values", ResultSetLang.RS_TSV);
    }

    // --- graphs ------------------------------------------------------------------------------------------------

    @Test
    void constructAnswersTurtle() {
        assertConstructAs("text/turtle");
    }

    @Test
    void constructAnswersJsonLd() {
        assertConstructAs("application/ld+json");
    }

    @Test
    void constructAnswersRdfXml() {
        assertConstructAs("application/rdf+xml");
    }

    @Test
    void constructAnswersNTriples() {
        assertConstructAs("application/n-triples");
    }

    @Test
    void describeAnswersEveryGraphFormat() {
        Node uk0107 = NodeFactory.createURI(BASE + "id/commitment/UK0107");
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml",
                "application/n-triples")) {
            HttpResponse<String> response = get(DESCRIBE, type);
            assertEquals(200, response.statusCode(), type + ": " + response.body());
            assertEquals(type, LinkedDataTest.mediaType(response));
            Graph graph = parse(response.body(), type);
            assertTrue(graph.contains(uk0107, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("UK0107")),
                    type + ":\n" + response.body());
        }
    }

    @Test
    void askAnswersTrue() {
        HttpResponse<String> response = get("ASK { <" + BASE + "id/commitment/UK0107> ?p ?o }",
                "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().replace(" ", "").contains("\"boolean\":true"), response.body());
    }

    // --- errors and the service description --------------------------------------------------------------------

    @Test
    void malformedQueryIsRefused400WithTheParserMessage() {
        HttpResponse<String> response = get("SELECT ?x WHERE { ?x ?y }", "application/sparql-results+json");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Encountered") || response.body().contains("Parse error"),
                response.body());
        assertTrue(response.body().contains("line 1"), "the message says where: " + response.body());
    }

    @Test
    void getWithoutQueryAnswersAnRdfServiceDescriptionNamingTheEndpoint() {
        HttpResponse<String> response = server.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        String type = LinkedDataTest.mediaType(response);
        Graph graph = parse(response.body(), type);
        assertFalse(graph.isEmpty(), "the service description is empty:\n" + response.body());
        Set<String> iris = new HashSet<>();
        graph.find().forEachRemaining(triple -> List.of(triple.getSubject(), triple.getObject()).forEach(node -> {
            if (node.isURI()) {
                iris.add(node.getURI());
            }
        }));
        assertTrue(iris.contains(BASE + "sparql") || iris.contains(server.uri("/sparql").toString()),
                "the endpoint URL is not in the description:\n" + response.body());
        assertTrue(response.body().contains("http://www.w3.org/ns/sparql-service-description#")
                || graph.getPrefixMapping().getNsPrefixURI("sd") != null, "uses the SD vocabulary");
    }

    @Test
    void getWithoutQueryAnswersParsableRdf() {
        HttpResponse<String> response = server.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        parse(response.body(), LinkedDataTest.mediaType(response));
    }

    // --- result cache --------------------------------------------------------------------------------------------

    @Test
    void theSameQueryInTheSameFormatIsAnsweredFromTheCacheWithTheSameBytes() {
        String query = COMMITMENTS + " # cache " + System.nanoTime();
        long hitsBefore = cacheHits();
        HttpResponse<String> first = get(query, "text/csv");
        HttpResponse<String> second = get(query, "text/csv");
        assertTrue(cacheHits() > hitsBefore, "the hit is counted in /metrics");
        assertEquals(200, first.statusCode(), first.body());
        assertFalse(first.headers().firstValue("X-OGP-Cache").isPresent(), "the first run is not a hit");
        assertEquals("hit", second.headers().firstValue("X-OGP-Cache").orElse(null));
        assertEquals("complete", second.headers().firstValue("X-OGP-Result").orElse(null));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
        assertEquals(COMMITMENT_COUNT + 1, second.body().strip().split("\\R").length, "header and one row each");

        assertEquals(first.headers().firstValue("Vary"), second.headers().firstValue("Vary"));
        assertEquals(first.headers().firstValue("Cache-Control"), second.headers().firstValue("Cache-Control"));

        List<HttpResponse<String>> forms = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            forms.add(server.send(request("").header("Accept", "text/csv")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query))).build()));
        }
        assertFalse(forms.get(0).headers().firstValue("X-OGP-Cache").isPresent(), "a POST is kept apart from a GET");
        assertEquals("hit", forms.get(1).headers().firstValue("X-OGP-Cache").orElse(null), "the same form again");
        assertEquals(first.body(), forms.get(1).body());
    }

    @Test
    void anotherFormatOrAQueryInTheBodyIsRunAgain() {
        String query = COMMITMENTS + " # cache " + System.nanoTime();
        get(query, "text/csv");
        HttpResponse<String> json = get(query, "application/sparql-results+json");
        assertFalse(json.headers().firstValue("X-OGP-Cache").isPresent(), "another Accept is another result");
        assertSelectResults(json, "application/sparql-results+json", ResultSetLang.RS_JSON);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> body = server.send(request("").header("Accept", "text/csv")
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build());
            assertEquals(200, body.statusCode());
            assertFalse(body.headers().firstValue("X-OGP-Cache").isPresent(), "a query in the body is not kept");
        }
    }

    @Test
    void aStreamedResultIsKeptOnceItHasEnded() {
        String query = "SELECT * WHERE { ?s ?p ?o } # streamed " + System.nanoTime();
        HttpResponse<String> first = get(query, "application/sparql-results+json");
        assertEquals(200, first.statusCode());
        assertEquals("streamed", first.headers().firstValue("X-OGP-Result").orElse(null), "more than is held back");
        HttpResponse<String> second = get(query, "application/sparql-results+json");
        assertEquals("hit", second.headers().firstValue("X-OGP-Cache").orElse(null));
        assertEquals("complete", second.headers().firstValue("X-OGP-Result").orElse(null));
        assertEquals(first.body(), second.body());
    }

    @Test
    void aStreamedResultCutByTheTimeoutIsNotKept() throws Exception {
        String query = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } # cut " + System.nanoTime();
        for (int i = 0; i < 2; i++) {
            HttpResponse<java.io.InputStream> response = server.client().send(request("?query=" + encode(query)
                    + "&timeout=2").header("Accept", "text/tab-separated-values").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals("streamed", response.headers().firstValue("X-OGP-Result").orElse(null), "run " + i);
            assertFalse(response.headers().firstValue("X-OGP-Cache").isPresent(), "a cut result was kept");
            boolean cut = false;
            try (java.io.InputStream body = response.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                cut = true;
            }
            assertTrue(cut, "run " + i + " ended like a complete result");
        }
    }

    @Test
    void anErrorIsNeverKept() {
        String broken = "SELECT * WHERE { ?s ?p } # cache " + System.nanoTime();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = get(broken, "text/csv");
            assertEquals(400, response.statusCode());
            assertFalse(response.headers().firstValue("X-OGP-Cache").isPresent());
        }
    }

    // --- CORS --------------------------------------------------------------------------------------------------

    @Test
    void corsPreflightAllowsPostFromAnyOrigin() {
        HttpResponse<String> response = server.send(request("").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertTrue(response.statusCode() >= 200 && response.statusCode() < 300, "status " + response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String methods = response.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(List.of(methods.toUpperCase(Locale.ROOT).split("\\s*,\\s*")).contains("POST"), methods);
        String headers = response.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        assertTrue(headers.toLowerCase(Locale.ROOT).contains("content-type"), headers);
    }

    @Test
    void ordinaryQueryCarriesCorsHeaderForAnyOrigin() {
        HttpResponse<String> response = server.send(request("?query=" + encode(COMMITMENTS))
                .header("Origin", "https://example.org").header("Accept", "application/sparql-results+json")
                .GET().build());
        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    private static long cacheHits() {
        String metrics = server.get("/metrics").body();
        java.util.regex.Matcher hits = java.util.regex.Pattern.compile("(?m)^ogp_lod_sparql_cache_hits_total (\\d+)$")
                .matcher(metrics);
        assertTrue(hits.find(), metrics);
        return Long.parseLong(hits.group(1));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static void assertSelectResults(HttpResponse<String> response, String mediaType, Lang lang) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(mediaType, LinkedDataTest.mediaType(response));
        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
        Set<String> ids = new HashSet<>();
        int rows = 0;
        while (results.hasNext()) {
            QuerySolution row = results.next();
            rows++;
            ids.add(row.get("id").asNode().getLiteralLexicalForm());
            assertTrue(row.get("commitment").toString().startsWith(BASE + "id/commitment/"), row.toString());
        }
        assertEquals(COMMITMENT_COUNT, rows, "rows in " + mediaType);
        assertEquals(COMMITMENT_COUNT, ids.size(), "distinct ids in " + mediaType);
        assertTrue(ids.containsAll(List.of("UK0107", "ES0020", "KE0034", "PH0064")), ids.toString());
    }

    private static void assertConstructAs(String type) {
        HttpResponse<String> response = get(CONSTRUCT, type);
        assertEquals(200, response.statusCode(), type + ": " + response.body());
        assertEquals(type, LinkedDataTest.mediaType(response));
        Graph graph = parse(response.body(), type);
        assertEquals(COMMITMENT_COUNT, graph.size(), type);
        assertTrue(graph.contains(NodeFactory.createURI(BASE + "id/commitment/UK0107"), DCTerms.identifier.asNode(),
                NodeFactory.createLiteralString("UK0107")), type);
    }

    private static HttpResponse<String> get(String query, String accept) {
        return server.send(request("?query=" + encode(query)).header("Accept", accept).GET().build());
    }

    private static HttpResponse<String> getWithFormat(String format) {
        return server.send(request("?query=" + encode(COMMITMENTS) + "&format=" + format).GET().build());
    }

    private static HttpRequest.Builder request(String queryString) {
        return HttpRequest.newBuilder(server.uri("/sparql" + queryString)).timeout(Duration.ofSeconds(30));
    }

    private static Graph parse(String body, String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        assertTrue(lang != null, "not an RDF media type: " + mediaType);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(BASE).parse(graph);
        return graph;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
