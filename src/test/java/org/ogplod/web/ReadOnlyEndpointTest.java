package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.common.Settings;

/**
 * The public endpoint only answers queries: no Update, no Graph Store Protocol, no admin paths, no SERVICE, and a
 * server-side timeout that clients cannot extend.
 */
@ExtendWith(SharedServer.class)
class ReadOnlyEndpointTest {
    private static final String BASE = "http://localhost:8080/";
    private static final String INSERT = "PREFIX dct: <http://purl.org/dc/terms/>\n"
            + "INSERT DATA { <" + BASE + "id/commitment/XX0001> dct:identifier \"XX0001\" }";
    private static final String DROP = "DROP ALL";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    private static TestServer server;
    /** The same data with a 1-second query timeout. */
    private static TestServer slow;
    private static String triplesBefore;

    @BeforeAll
    static void startServers(TestServer shared) {
        server = shared;
        slow = TestServer.start(Settings.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(1)));
        triplesBefore = count();
    }

    @AfterAll
    static void stopServers() {
        if (slow != null) {
            slow.close();
        }
    }

    @Test
    void updateByPostOfAFormIsRefusedAndChangesNothing() {
        for (String update : List.of(INSERT, DROP)) {
            HttpResponse<String> response = server.send(request("/sparql")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update))).build());
            assertRefused(response);
            assertTrue(response.body().toLowerCase(Locale.ROOT).contains("read-only"), response.body());
        }
        assertDataUnchanged();
    }

    @Test
    void updateByPostOfSparqlUpdateIsRefusedAndChangesNothing() {
        for (String update : List.of(INSERT, DROP)) {
            HttpResponse<String> response = server.send(request("/sparql")
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build());
            assertRefused(response);
        }
        assertDataUnchanged();
    }

    @Test
    void updateSentAsAQueryIsRefusedAndChangesNothing() {
        HttpResponse<String> byGet = server.send(request("/sparql?query=" + encode(INSERT)).GET().build());
        assertRefused(byGet);
        HttpResponse<String> byBody = server.send(request("/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(DROP)).build());
        assertRefused(byBody);
        assertDataUnchanged();
    }

    @Test
    void graphStoreReadsAreRefused() {
        for (String target : List.of("?default", "?graph=" + encode(BASE + "id/commitment/UK0107"))) {
            for (String accept : List.of("text/turtle", "application/n-triples")) {
                HttpResponse<String> response = server.get("/sparql" + target, "Accept", accept);
                assertRefused(response);
                assertFalse(response.body().contains("UK0107"), "served graph data: " + response.body());
            }
        }
    }

    @Test
    void graphStoreWritesAreRefusedAndChangeNothing() {
        String turtle = "<" + BASE + "id/commitment/XX0001> <http://purl.org/dc/terms/identifier> \"XX0001\" .";
        for (String target : List.of("?default", "?graph=" + encode(BASE + "graph/x"))) {
            for (String method : List.of("PUT", "POST")) {
                assertRefused(server.send(request("/sparql" + target).header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString(turtle)).build()));
            }
            assertRefused(server.send(request("/sparql" + target).DELETE().build()));
        }
        assertDataUnchanged();
    }

    @Test
    void putAndDeleteOnTheEndpointAreRefused() {
        assertRefused(server.send(request("/sparql").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("")).build()));
        assertRefused(server.send(request("/sparql").DELETE().build()));
        assertDataUnchanged();
    }

    @Test
    void fusekiServicePathsAndAdminPathsAreNotThere() {
        for (String path : List.of("/sparql/data", "/sparql/update", "/sparql/query", "/sparql/get", "/sparql/sparql",
                "/sparql/upload", "/$/ping", "/$/datasets", "/$/server", "/$/stats", "/$/metrics", "/$/tasks",
                "/$/compact/sparql")) {
            HttpResponse<String> get = server.get(path + "?default", "Accept", "text/turtle");
            assertRefused(get);
            assertFalse(get.body().contains("UK0107"), path + " served data");
            HttpResponse<String> post = server.send(request(path).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(DROP)).build());
            assertRefused(post);
        }
        assertDataUnchanged();
    }

    @Test
    void pathVariantsOfTheEndpointDoNotOpenTheGraphStore() {
        for (String path : List.of("/sparql/", "/sparql;x", "/sparql/.", "//sparql", "/./sparql", "/%73parql",
                "/SPARQL")) {
            HttpResponse<String> read = server.get(path + "?default", "Accept", "application/n-triples");
            assertFalse(read.statusCode() == 200 && read.body().contains("UK0107"),
                    path + "?default served the graph: " + read.statusCode());
            HttpResponse<String> update = server.send(request(path).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(DROP)).build());
            assertTrue(update.statusCode() >= 400, path + " accepted an update: " + update.statusCode());
        }
        assertDataUnchanged();
    }

    @Test
    void serviceClauseIsRefusedAndNeverConnects() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            listener.setSoTimeout(200);
            AtomicInteger connections = new AtomicInteger();
            AtomicBoolean done = new AtomicBoolean();
            CompletableFuture<Void> watching = CompletableFuture.runAsync(() -> watch(listener, connections, done));
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> "
                    + "{ ?s ?p ?o } } LIMIT 1";
            for (HttpResponse<String> response : List.of(
                    server.send(request("/sparql?query=" + encode(query))
                            .header("Accept", "application/sparql-results+json").GET().build()),
                    server.send(request("/sparql").header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofString(query)).build()))) {
                assertTrue(response.statusCode() >= 400, "SERVICE answered " + response.statusCode() + ": "
                        + response.body());
            }
            Thread.sleep(500);
            done.set(true);
            watching.get(10, TimeUnit.SECONDS);
            assertEquals(0, connections.get(), "the server connected to the SERVICE address");
        }
    }

    @Test
    void expensiveQueryTimesOutWith503AtTheServerLimit() {
        long started = System.nanoTime();
        HttpResponse<String> response = slow.send(HttpRequest.newBuilder(slow.uri("/sparql?query="
                + encode(crossProduct()))).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30)).GET().build());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().toLowerCase(Locale.ROOT).contains("time"), "a message: " + response.body());
        assertTrue(millis >= 900 && millis < 4_000, "the 1 s limit answered after " + millis + " ms");
    }

    @Test
    void clientTimeoutLargerThanTheServersDoesNotExtendIt() {
        long started = System.nanoTime();
        HttpResponse<String> response = slow.send(HttpRequest.newBuilder(slow.uri("/sparql?timeout=60&query="
                + encode(crossProduct()))).header("Accept", "application/sparql-results+json")
                .header("Timeout", "60").timeout(Duration.ofSeconds(30)).GET().build());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(millis < 4_000, "a client's timeout of 60 s extended the server's 1 s to " + millis + " ms");
    }

    @Test
    void cheapQueriesStillAnswerUnderTheShortTimeout() {
        HttpResponse<String> response = slow.get("/sparql?query=" + encode("ASK { ?s ?p ?o }"), "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("true"), response.body());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** Far too much work for a second: every triple with every triple, four times over, counted. */
    private static String crossProduct() {
        return "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    }

    /** Counts connections to the listener until told to stop (each accept waits at most its SO_TIMEOUT). */
    private static void watch(ServerSocket listener, AtomicInteger connections, AtomicBoolean done) {
        while (!done.get()) {
            try (Socket accepted = listener.accept()) {
                connections.incrementAndGet();
            } catch (SocketTimeoutException quiet) {
                // Nobody came in this slice; keep listening until told to stop.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                response.request().method() + " " + response.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
    }

    private static void assertDataUnchanged() {
        assertEquals(triplesBefore, count());
        assertFalse(server.get("/sparql?query=" + encode("ASK { ?s ?p \"XX0001\" }"), "Accept", "text/csv").body()
                .contains("true"));
    }

    private static String count() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(COUNT), "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        String n = response.body().split("\r\n")[1];
        assertTrue(Long.parseLong(n) > 1000, "the data is loaded: " + n);
        return n;
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
