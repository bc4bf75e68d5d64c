package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogplod.web.common.Settings;

/** The defences of the public server, each shown by a request that would succeed without it. */
class AbuseResistanceTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theEndpointRegistersTheQueryOperationOnlyAndNothingElse() {
        try (TestServer running = TestServer.start()) {
            Map<String, Set<String>> allowed = Map.of("/sparql", Set.of(": query"));
            assertEquals(allowed, running.endpoints(), "the registered endpoints differ from the allow-list");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersErrorsIncluded() {
        for (HttpResponse<String> response : List.of(server.get("/"), server.get("/doc/commitment/UK0107"),
                server.get("/no/such/page"), server.get("/sparql?query=SELEC"), server.get("/sparql?default"))) {
            String where = response.uri() + " (" + response.statusCode() + ")";
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"),
                    where);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), where);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "a cookie was set by " + where);
            assertFalse(response.body().contains("at org.") || response.body().contains("Exception"),
                    "a stack trace leaks from " + where + ": " + response.body());
        }
    }

    @Test
    void aRedirectUsesTheConfiguredBaseNeverTheRequestsHost() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/id/commitment/UK0107"))
                .header("X-Forwarded-Host", "evil.example").build());
        assertEquals(303, response.statusCode());
        assertEquals("http://localhost:8080/doc/commitment/UK0107", response.headers().firstValue("Location").get());
    }

    @Test
    void anOversizedRequestBodyIs413BeforeTheBodyIsRead() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000000\r\n\r\nquery=")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413"), "status line: " + status);
        }
    }

    @Test
    void oversizedHeadersAndUrisAreRefused() {
        HttpResponse<String> header = server.get("/", "X-Padding", "y".repeat(20_000));
        assertEquals(431, header.statusCode());
        HttpResponse<String> uri = server.get("/doc/commitment/UK0107?" + "z".repeat(20_000));
        assertTrue(uri.statusCode() == 414 || uri.statusCode() == 431, "status " + uri.statusCode());
    }

    @Test
    void aClientOverItsQueryRateGets429WithRetryAfter() {
        try (TestServer limited = TestServer.start(Settings.defaults().withPort(0).withRateLimits(3, 0))) {
            String ask = "/sparql?query=" + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            for (int i = 0; i < 3; i++) {
                assertEquals(200, limited.get(ask).statusCode());
            }
            HttpResponse<String> refused = limited.get(ask);
            assertEquals(429, refused.statusCode());
            assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0);
            assertEquals(200, limited.get("/doc/commitment/UK0107").statusCode(), "pages have their own limit");
        }
    }

    @Test
    void whileExpensiveQueriesFillTheCapTheyAreRefusedAndPagesStillAnswerPromptly() throws Exception {
        Settings settings = Settings.defaults().withPort(0).withRateLimits(0, 0)
                .withQueryCap(1, Duration.ofMillis(200)).withQueryTimeout(Duration.ofSeconds(8));
        try (TestServer capped = TestServer.start(settings)) {
            String expensive = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            CompletableFuture<HttpResponse<String>> running = capped.client().sendAsync(
                    HttpRequest.newBuilder(capped.uri("/sparql")).header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofString(expensive)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            HttpResponse<String> refused = capped.get("/sparql?query=" + java.net.URLEncoder.encode("ASK {}",
                    StandardCharsets.UTF_8));
            assertEquals(503, refused.statusCode(), refused.body());
            assertNotNull(refused.headers().firstValue("Retry-After").orElse(null));
            for (String page : List.of("/", "/health", "/doc/commitment/UK0107")) {
                long started = System.nanoTime();
                assertEquals(200, capped.get(page).statusCode(), page);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertTrue(millis < 2000, page + " took " + millis + " ms while the query cap was full");
            }
            running.cancel(true);
        }
    }

    @Test
    void aQueryCannotReadLocalFilesThroughFrom() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("ogp-lod-secret", ".ttl");
        java.nio.file.Files.writeString(secret, "<urn:x> <urn:y> \"TOP-SECRET\" .");
        try {
            String query = "SELECT * FROM <" + secret.toUri() + "> WHERE { ?s ?p ?o }";
            HttpResponse<String> response = server.get("/sparql?query=" + java.net.URLEncoder.encode(query,
                    StandardCharsets.UTF_8), "Accept", "text/csv");
            assertFalse(response.body().contains("TOP-SECRET"), "FROM read a local file: " + response.body());
        } finally {
            java.nio.file.Files.delete(secret);
        }
    }

    @Test
    void aClientThatStopsSendingMidRequestIsDisconnected() throws Exception {
        Settings settings = Settings.defaults().withPort(0).withRateLimits(0, 0).withIdleTimeout(Duration.ofSeconds(1));
        try (TestServer quick = TestServer.start(settings);
                java.net.Socket socket = new java.net.Socket("localhost", quick.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            long started = System.nanoTime();
            int read = socket.getInputStream().read();
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(read == -1 || seconds < 5, "the half-sent request kept its connection");
            assertTrue(seconds < 5, "disconnected only after " + seconds + " s");
        }
    }

    @Test
    void queryResultsOfAGetCarryAnEtagFromTheReleaseAndRevalidateWith304() {
        String ask = "/sparql?query=" + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> first = server.get(ask, "Accept", "application/sparql-results+json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.contains(server.release().id()), etag);
        assertEquals(server.release().id(), first.headers().firstValue("X-OGP-Release").orElse(null));
        HttpResponse<String> again = server.get(ask, "Accept", "application/sparql-results+json", "If-None-Match",
                etag);
        assertEquals(304, again.statusCode());
    }
}
