package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fuseki's endpoint and the Javalin site share one Jetty and one port. */
class OnePortTest {
    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
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
}
