package org.ogplod.web.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;

/** /health: 200 with the release id when the store can be read, 503 with a sentence when it cannot. */
@ExtendWith(SharedServer.class)
class HealthTest {
    private static TestServer server;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
    }

    @Test
    void healthSaysTheReleaseId() {
        HttpResponse<String> response = server.get("/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(response.body().contains(server.release().id()), response.body());
    }

    @Test
    void livenessAnswersWithoutTheStoreAndReadinessNamesTheRelease() {
        HttpResponse<String> live = server.get("/health/live");
        assertEquals(200, live.statusCode());
        assertEquals("alive\n", live.body());
        assertEquals("no-store", live.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> ready = server.get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("ok " + server.release().id() + "\n", ready.body());
        assertEquals(ready.body(), server.get("/health").body(), "/health is readiness, as it always was");
    }

    @Test
    void readableStoreIsHealthy() {
        Health.Status status = new Health("2026-01-01-1", server.release()::holdsTriples).probe();
        assertEquals(new Health.Status(200, "ok 2026-01-01-1"), status);
    }

    @Test
    void unreadableStoreIsUnavailableWithASentence() {
        Health.Status status = new Health("2026-01-01-1", () -> {
            throw new IllegalStateException("the store's files are gone");
        }).probe();
        assertEquals(503, status.code());
        assertEquals("The store of release 2026-01-01-1 cannot be read: the store's files are gone", status.sentence());
    }

    @Test
    void emptyStoreIsUnavailable() {
        Health.Status status = new Health("2026-01-01-1", () -> false).probe();
        assertEquals(503, status.code());
        assertTrue(status.sentence().contains("holds no triples"), status.sentence());
    }
}
