package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser the editor tests drive: Debian's headless Chromium through chromedriver's W3C WebDriver protocol (plain
 * HTTP and JSON, so no Selenium). Its own test proves the tools are installed and a page can be opened; without them
 * it fails with the command that installs them, as CI runs it.
 */
@ExtendWith(SharedServer.class)
public class QueryEditorWebDriverTest {
    static final String INSTALL = "install them with: apt-get install -y chromium chromium-driver (.ci/run does)";
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> CHROMEDRIVER = List.of("/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver");

    @Test
    void chromiumAndChromedriverAreInstalledAndOpenAPage(TestServer server) {
        try (Browser browser = Browser.open()) {
            browser.open(server.uri("/query").toString());
            assertEquals("SPARQL query · ogp-lod", browser.script("return document.title;"));
        }
    }

    /** Where screenshots go: {@code <build dir>/screenshots}, the build dir being {@code -Dbuild.dir} or target. */
    public static Path screenshots() {
        return Path.of(System.getProperty("build.dir", "target"), "screenshots");
    }

    /** One WebDriver session: chromedriver as a child process and a fresh Chromium profile, both gone on close. */
    public static final class Browser implements AutoCloseable {
        private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
        private static final Duration WAIT = Duration.ofSeconds(20);
        private static final long HEIGHT = 1400;

        private final Process driver;
        private final Path profile;
        private final String session;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Browser(Process driver, Path profile, String session) {
            this.driver = driver;
            this.profile = profile;
            this.session = session;
        }

        public static Browser open() {
            return open(List.of());
        }

        /** A browser with more command-line switches, e.g. {@code --blink-settings=scriptEnabled=false}. */
        public static Browser open(List<String> switches) {
            String chromium = installed(CHROMIUM, "chromium");
            String chromedriver = installed(CHROMEDRIVER, "chromedriver");
            try {
                Path profile = Files.createTempDirectory("ogp-lod-chromium-");
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                Path log = profile.resolve("chromedriver.log");
                Process driver = new ProcessBuilder(chromedriver, "--port=" + port).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                try {
                    Browser starting = new Browser(driver, profile, "http://127.0.0.1:" + port);
                    starting.waitForDriver(log);
                    JsonObject session = starting.send("POST", "/session", capabilities(chromium, profile, switches))
                            .getAsObject();
                    return new Browser(driver, profile, "http://127.0.0.1:" + port + "/session/"
                            + session.getString("sessionId"));
                } catch (RuntimeException | AssertionError e) {
                    driver.destroy();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start chromedriver", e);
            }
        }

        private static String installed(List<String> candidates, String name) {
            Optional<String> found = candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
            if (found.isEmpty()) {
                fail(name + " is missing (looked for " + String.join(", ", candidates) + "); " + INSTALL);
            }
            return found.get();
        }

        private static JsonObject capabilities(String chromium, Path profile, List<String> switches) {
            JsonArray arguments = new JsonArray();
            Stream.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280," + HEIGHT,
                    "--user-data-dir=" + profile.resolve("profile"))
                    .forEach(arguments::add);
            switches.forEach(arguments::add);
            JsonObject options = new JsonObject();
            options.put("binary", chromium);
            options.put("args", arguments);
            JsonObject logging = new JsonObject();
            logging.put("browser", "ALL");
            JsonObject always = new JsonObject();
            always.put("browserName", "chrome");
            always.put("goog:chromeOptions", options);
            always.put("goog:loggingPrefs", logging);
            JsonObject wanted = new JsonObject();
            wanted.put("alwaysMatch", always);
            JsonObject body = new JsonObject();
            body.put("capabilities", wanted);
            return body;
        }

        private void waitForDriver(Path log) throws IOException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(session + "/status"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (status.statusCode() == 200 && status.body().contains("\"ready\":true")) {
                        return;
                    }
                } catch (IOException notYet) {
                    pause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                pause();
            }
            fail("chromedriver did not start in " + WAIT.toSeconds() + " s:\n" + Files.readString(log));
        }

        public void open(String url) {
            JsonObject body = new JsonObject();
            body.put("url", url);
            send("POST", "/url", body);
        }

        /** Runs a script in the page (arguments[0..] are {@code arguments}); returns its value as Java. */
        public Object script(String script, String... arguments) {
            JsonObject body = new JsonObject();
            body.put("script", script);
            JsonArray args = new JsonArray();
            for (String argument : arguments) {
                args.add(argument);
            }
            body.put("args", args);
            return java(send("POST", "/execute/sync", body));
        }

        /** Runs a script that calls its last argument with the result when it is done (e.g. after a promise). */
        public Object asyncScript(String script) {
            JsonObject body = new JsonObject();
            body.put("script", script);
            body.put("args", new JsonArray());
            return java(send("POST", "/execute/async", body));
        }

        /** Polls a script until it returns true. */
        public void waitUntil(String script) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (Boolean.TRUE.equals(script(script))) {
                    return;
                }
                pause();
            }
            fail("the page never got to: " + script + "\nits text: " + script("return document.body.innerText;"));
        }

        public String find(String css) {
            JsonObject body = new JsonObject();
            body.put("using", "css selector");
            body.put("value", css);
            return send("POST", "/element", body).getAsObject().getString(ELEMENT);
        }

        public void click(String element) {
            send("POST", "/element/" + element + "/click", new JsonObject());
        }

        /** Presses the keys together (WebDriver key codes, e.g. U+E009 Control, U+E007 Enter), then lets go. */
        public void keys(String... keys) {
            JsonArray actions = new JsonArray();
            for (String key : keys) {
                actions.add(key("keyDown", key));
            }
            for (int i = keys.length - 1; i >= 0; i--) {
                actions.add(key("keyUp", keys[i]));
            }
            JsonObject keyboard = new JsonObject();
            keyboard.put("type", "key");
            keyboard.put("id", "keyboard");
            keyboard.put("actions", actions);
            JsonArray sources = new JsonArray();
            sources.add(keyboard);
            JsonObject body = new JsonObject();
            body.put("actions", sources);
            send("POST", "/actions", body);
        }

        private void window(long width, long height) {
            JsonObject body = new JsonObject();
            body.put("width", width);
            body.put("height", height);
            send("POST", "/window/rect", body);
        }

        private static JsonObject key(String type, String key) {
            JsonObject action = new JsonObject();
            action.put("type", type);
            action.put("value", key);
            return action;
        }

        /** Saves a PNG of the whole page: the window grows to the page's height for the picture, then shrinks. */
        public void screenshot(Path file) {
            long height = Math.min(6000, ((Number) script("return document.documentElement.scrollHeight;"))
                    .longValue());
            window(1280, Math.max(height, HEIGHT));
            String png = send("GET", "/screenshot", null).getAsString().value();
            window(1280, HEIGHT);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, Base64.getDecoder().decode(png));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save " + file, e);
            }
        }

        /** The browser's console messages since the last call (errors, CSP reports, logs). */
        public List<String> consoleMessages() {
            JsonObject body = new JsonObject();
            body.put("type", "browser");
            List<String> messages = new ArrayList<>();
            send("POST", "/se/log", body).getAsArray()
                    .forEach(entry -> messages.add(entry.getAsObject().getString("message")));
            return messages;
        }

        private JsonValue send(String method, String path, JsonObject body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session + path))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                JsonObject answer = JSON.parse(response.body());
                assertTrue(response.statusCode() == 200, method + " " + path + " failed: " + response.body());
                return answer.get("value");
            } catch (IOException e) {
                throw new UncheckedIOException("chromedriver did not answer " + method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static Object java(JsonValue value) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isBoolean()) {
                return value.getAsBoolean().value();
            }
            if (value.isNumber()) {
                return value.getAsNumber().value();
            }
            if (value.isString()) {
                return value.getAsString().value();
            }
            return value.toString();
        }

        private static void pause() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                send("DELETE", "", null);
            } finally {
                driver.destroy();
                try {
                    driver.waitFor();
                    try (Stream<Path> files = Files.walk(profile)) {
                        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
