package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store in use by a running {@code serve} (a child JVM): a second {@code serve} on it is refused at once with a
 * sentence, while a {@code load} beside it succeeds and the running server moves to the new release by itself.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReleaseLiveStoreTest {
    private static final Path DATA = Path.of("data").toAbsolutePath();
    private static final Pattern SERVING = Pattern.compile("serving release (\\S+) \\(.* on port ([0-9]+)");
    /** The server looks for a new release every 2 s; opening it and building its pages takes a moment more. */
    private static final Duration PICK_UP = Duration.ofSeconds(8);

    @TempDir
    static Path temp;

    private static Path store;
    private static ReleaseChildProcess serve;
    private static String servedId;
    private static int port;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void loadAndServe() throws Exception {
        store = temp.resolve("store");
        Path log = temp.resolve("first-load.log");
        assertEquals(0, ReleaseChildProcess.run(Duration.ofMinutes(1), log, "load", "--store", store.toString(),
                DATA.toString()), Files.readString(log));
        serve = ReleaseChildProcess.start(temp.resolve("serve.log"), "serve", "--store", store.toString(),
                "--port", "0", "--data", DATA.toString());
        Matcher serving = serve.awaitLine(SERVING, Duration.ofMinutes(1));
        servedId = serving.group(1);
        port = Integer.parseInt(serving.group(2));
        assertEquals(Files.readString(store.resolve("CURRENT"), StandardCharsets.UTF_8).strip(), servedId,
                "serve rebuilt the store instead of serving the loaded release:\n" + serve.printed());
    }

    @AfterAll
    static void stopServing() throws InterruptedException {
        serve.close();
    }

    @Test
    void aSecondServeOnTheLiveStoreFailsFastSayingTheStoreIsInUse() throws Exception {
        Path log = temp.resolve("second-serve.log");
        long started = System.nanoTime();
        int exit = ReleaseChildProcess.run(Duration.ofSeconds(30), log, "serve", "--store", store.toString(),
                "--port", "0", "--data", DATA.toString());
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String printed = Files.readString(log);
        System.out.printf("the second serve ended in %,d ms: %s%n", took, printed.strip());
        assertNotEquals(0, exit, printed);
        assertTrue(printed.contains("the store " + store + " is already in use"), printed);
        assertFalse(printed.contains("serving release"), printed);
        assertFalse(printed.contains("\tat "), "a stack trace without --verbose:\n" + printed);
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode(), "the first server stopped answering: " + health.body());
    }

    @Test
    void aLoadBesideTheRunningServeIsServedWithinSeconds() throws Exception {
        Path log = temp.resolve("second-load.log");
        assertEquals(0, ReleaseChildProcess.run(Duration.ofMinutes(1), log, "load", "--store", store.toString(),
                DATA.toString()), Files.readString(log));
        Matcher loaded = Pattern.compile("loaded release (\\S+) into").matcher(Files.readString(log));
        assertTrue(loaded.find(), Files.readString(log));
        String newId = loaded.group(1);
        assertNotEquals(servedId, newId);

        long loadedAt = System.nanoTime();
        long deadline = loadedAt + PICK_UP.toNanos();
        String health = "";
        while (System.nanoTime() < deadline) {
            health = get("/health").body().strip();
            if (health.equals("ok " + newId)) {
                System.out.printf("the server moved to %s %,d ms after the load ended%n", newId,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loadedAt));
                assertTrue(serve.printed().contains("now serving release " + newId), serve.printed());
                return;
            }
            Thread.sleep(100);
        }
        fail("after " + PICK_UP.toSeconds() + " s /health still says '" + health + "', not 'ok " + newId + "':\n"
                + serve.printed());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
