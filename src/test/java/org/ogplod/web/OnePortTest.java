package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fuseki's endpoint and the Javalin site share one Jetty and one port. */
@ExtendWith(SharedServer.class)
class OnePortTest {
    private static final String SELECT = URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1",
            StandardCharsets.UTF_8);
    private static final String CONSTRUCT = URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1",
            StandardCharsets.UTF_8);

    private static TestServer server;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
    }

    @Test
    void onePortServesTheEndpointThePagesAndTheAssets() {
        int port = server.port();
        assertTrue(port > 0);

        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://localhost:8080/def/ogp#Commitment> }";
        HttpResponse<String> sparql = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertEquals(200, sparql.statusCode(), sparql.body());
        assertEquals("n\r\n663\r\n", sparql.body());
        assertEquals(port, sparql.uri().getPort());

        HttpResponse<String> page = server.get("/doc/commitment/UK0107", "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Open Contracting through the Procurement Act"));
        assertTrue(page.headers().firstValue("X-OGP-Release").isPresent(), "answered by the site");
        assertEquals(port, page.uri().getPort());

        HttpResponse<String> css = server.get("/static/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css", LinkedDataTest.mediaType(css));
        assertEquals(port, css.uri().getPort());
    }

    @Test
    void unknownPathsFallThroughToTheSiteAndAre404NamingThePath() {
        HttpResponse<String> response = server.get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertEquals("text/plain", LinkedDataTest.mediaType(response));
        assertTrue(response.body().contains("/no/such/page"), response.body());
        assertTrue(response.headers().firstValue("X-OGP-Release").isPresent(), "answered by the site");
    }

    @Test
    void unknownPathsGetTheSitesOwnSentence() {
        HttpResponse<String> response = server.get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertEquals("Nothing is published at /no/such/page.\n", response.body());
    }

    /**
     * Every text response, site and endpoint alike, names its charset, so that no client guesses (text types default
     * to US-ASCII or ISO-8859-1). JSON types are left as they are: RFC 8259 defines no charset parameter for them.
     */
    @Test
    void everyTextResponseNamesUtf8() {
        List<String> requests = new ArrayList<>(List.of("/ text/html", "/query text/html", "/search?q=water text/html",
                "/changes text/html", "/dumps/ text/html", "/fragments text/html", "/fragments text/turtle",
                "/fragments application/n-triples", "/fragments application/rdf+xml", "/health */*",
                "/health/live */*", "/health/ready */*", "/metrics */*", "/robots.txt */*", "/sitemap.xml */*",
                "/static/site.css */*", "/static/editor/editor.js */*", "/dumps/ogp-lod.nt.gz.sha256 */*",
                "/catalog text/turtle", "/catalog application/rdf+xml", "/.well-known/void application/n-triples",
                "/sparql text/turtle", "/sparql?query=" + SELECT + " application/sparql-results+xml",
                "/sparql?query=" + SELECT + " text/csv", "/sparql?query=" + SELECT + " text/tab-separated-values",
                "/sparql?query=" + CONSTRUCT + " text/turtle", "/nothing-here */*",
                "/changes/" + server.release().id() + ".rdfp */*"));
        for (String type : List.of("text/html", "text/turtle", "application/rdf+xml", "application/n-triples")) {
            requests.add("/doc/commitment/UK0107 " + type);
            requests.add("/def/theme " + type);
        }
        List<String> missing = new ArrayList<>();
        for (String request : requests) {
            String[] parts = request.split(" ");
            HttpResponse<String> response = server.get(parts[0], "Accept", parts[1]);
            String type = response.headers().firstValue("Content-Type").orElse("(none)");
            if (!type.toLowerCase(Locale.ROOT).replace(" ", "").contains(";charset=utf-8")) {
                missing.add(request + " -> " + response.statusCode() + " " + type);
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * DESIGN section 6, "Conditional GET everywhere": every cacheable page answers with an entity tag and a 304 to
     * it, also those whose content depends on more than the release (search, the query editor); checks and
     * health never are cached.
     */
    @Test
    void everyCacheablePageHasAnEtagAndAnswers304ToIt() {
        List<String> missing = new ArrayList<>();
        for (String path : List.of("/", "/query", "/query?query=" + SELECT, "/search?q=water",
                "/search?q=water&format=json", "/robots.txt", "/context.jsonld", "/sitemap.xml", "/catalog",
                "/.well-known/void", "/dumps/", "/changes", "/doc/commitment/UK0107", "/def/ogp", "/static/site.css",
                "/sparql?query=" + SELECT)) {
            HttpResponse<String> first = server.get(path);
            String etag = first.headers().firstValue("ETag").orElse(null);
            int again = etag == null ? 0 : server.get(path, "If-None-Match", etag).statusCode();
            if (first.statusCode() != 200 || etag == null || !etag.startsWith("\"") || again != 304) {
                missing.add(path + " -> " + first.statusCode() + " ETag " + etag + ", again " + again);
            }
        }
        assertEquals(List.of(), missing);
        HttpResponse<String> health = server.get("/health");
        assertTrue(health.headers().firstValue("ETag").isEmpty(), "a check is never revalidated");
    }

    /** JSON types (RFC 8259 defines no charset parameter) and binary dumps carry no charset, whoever set one. */
    @Test
    void jsonAndBinaryResponsesNameNoCharset() {
        List<String> named = new ArrayList<>();
        for (String request : List.of("/doc/commitment/UK0107.jsonld */*", "/catalog application/ld+json",
                "/context.jsonld */*", "/search?q=water&format=json */*",
                "/sparql?query=" + SELECT + " application/sparql-results+json",
                "/sparql?query=" + CONSTRUCT + " application/ld+json", "/dumps/ogp-lod.nt.gz */*",
                "/dumps/ogp-lod.hdt */*")) {
            String[] parts = request.split(" ");
            HttpResponse<String> response = server.get(parts[0], "Accept", parts[1]);
            String type = response.headers().firstValue("Content-Type").orElse("(none)");
            if (response.statusCode() != 200 || type.toLowerCase(Locale.ROOT).contains("charset")) {
                named.add(request + " -> " + response.statusCode() + " " + type);
            }
        }
        assertEquals(List.of(), named);
    }
}
