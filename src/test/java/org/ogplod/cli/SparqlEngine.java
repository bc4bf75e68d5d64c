package org.ogplod.cli;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real SPARQL 1.1 engine, started for a test on free local ports, and the options by which ogp-lod's commands
 * reach it. Fuseki is the {@code jena-fuseki-server} jar Maven copies into {@code target/engines}; Virtuoso is
 * Debian's {@code virtuoso-opensource-7} ({@code .ci/run} installs it). Where an engine is missing the test is
 * skipped, unless {@code OGP_LOD_ENGINES=required} (as in CI), where it fails.
 */
abstract class SparqlEngine implements AutoCloseable {
    private final Process process;
    private final Path log;

    private SparqlEngine(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    abstract String name();

    /** The query endpoint, the URL after {@code --store sparql:}. */
    abstract String queryUrl();

    /** {@code user:password} for updates, or null when the engine asks for none. */
    abstract String credentials();

    /** The options of {@code load} and {@code serve} that name this engine, with release files in {@code files}. */
    List<String> storeOptions(Path files) {
        List<String> options = new ArrayList<>(List.of("--store", "sparql:" + queryUrl(), "--store-files",
                files.toString()));
        options.addAll(extraOptions());
        return options;
    }

    List<String> extraOptions() {
        return List.of();
    }

    /** Runs a SPARQL SELECT or ASK on the engine itself (all its graphs) and returns the JSON it answers. */
    String query(String sparql) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(queryUrl())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(sparql,
                        StandardCharsets.UTF_8))).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                fail(name() + " answered " + response.statusCode() + " to " + sparql + ":\n" + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the engine (again: a no-op). */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Whether a missing engine fails the test run rather than skipping its tests. */
    static boolean required() {
        return "required".equals(System.getenv("OGP_LOD_ENGINES"));
    }

    static void missing(String why) {
        if (required()) {
            fail(why + " (OGP_LOD_ENGINES=required)");
        }
        Assumptions.abort(why);
    }

    /** A standalone Fuseki with one in-memory dataset {@code /ds} open to updates. */
    static SparqlEngine fuseki(Path work) throws IOException, InterruptedException {
        Path jar = Path.of("target", "engines", "jena-fuseki-server.jar");
        if (!Files.isRegularFile(jar)) {
            missing("no " + jar + ": run the tests through Maven, which copies it there");
        }
        int port = freePort();
        Path log = work.resolve("fuseki.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--port", Integer.toString(port), "--mem",
                "--update", "/ds").redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("FUSEKI_BASE", work.resolve("fuseki-base").toString());
        String url = "http://localhost:" + port + "/ds";
        SparqlEngine engine = new SparqlEngine(builder.start(), log) {
            @Override
            String name() {
                return "Fuseki";
            }

            @Override
            String queryUrl() {
                return url;
            }

            @Override
            String credentials() {
                return null;
            }
        };
        engine.awaitAnswer("http://localhost:" + port + "/$/ping");
        return engine;
    }

    /** Virtuoso with its own database and ini in {@code work}; updates go to {@code /sparql-auth} as dba. */
    static SparqlEngine virtuoso(Path work) throws IOException, InterruptedException {
        Path binary = Path.of("/usr/bin/virtuoso-t");
        if (!Files.isExecutable(binary)) {
            missing("no " + binary + ": install Debian's virtuoso-opensource-7");
        }
        int sqlPort = freePort();
        int httpPort = freePort();
        Path folder = work.resolve("virtuoso");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("virtuoso.ini"), String.join("\n",
                "[Database]",
                "DatabaseFile = " + folder.resolve("virtuoso.db"),
                "ErrorLogFile = " + folder.resolve("virtuoso.log"),
                "LockFile = " + folder.resolve("virtuoso.lck"),
                "TransactionFile = " + folder.resolve("virtuoso.trx"),
                "xa_persistent_file = " + folder.resolve("virtuoso.pxa"),
                "TempStorage = TempDatabase",
                "[TempDatabase]",
                "DatabaseFile = " + folder.resolve("virtuoso-temp.db"),
                "TransactionFile = " + folder.resolve("virtuoso-temp.trx"),
                "[Parameters]",
                "ServerPort = " + sqlPort,
                "DisableUnixSocket = 1",
                "NumberOfBuffers = 20000",
                "MaxDirtyBuffers = 15000",
                "[HTTPServer]",
                "ServerPort = " + httpPort,
                "ServerRoot = /var/lib/virtuoso-opensource-7/vsp",
                "ServerThreads = 10",
                "[SPARQL]",
                "ResultSetMaxRows = 1000000",
                "MaxQueryExecutionTime = 120",
                ""), StandardCharsets.UTF_8);
        Path log = folder.resolve("virtuoso.out");
        Process process = new ProcessBuilder(binary.toString(), "+configfile", "virtuoso.ini", "+foreground")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://localhost:" + httpPort;
        SparqlEngine engine = new SparqlEngine(process, log) {
            @Override
            String name() {
                return "Virtuoso";
            }

            @Override
            String queryUrl() {
                return base + "/sparql";
            }

            @Override
            String credentials() {
                return "dba:dba";
            }

            @Override
            List<String> extraOptions() {
                return List.of("--update-url", base + "/sparql-auth");
            }
        };
        engine.awaitAnswer(base + "/sparql?query=" + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        return engine;
    }

    private void awaitAnswer(String url) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(name() + " ended at start (exit " + process.exitValue() + "):\n" + printed());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        fail(name() + " did not answer " + url + " within 90 s:\n" + printed());
    }

    String printed() {
        try {
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Environment for a child command: the credentials variable when the engine needs them. */
    Map<String, String> environment() {
        return credentials() == null ? Map.of() : Map.of(StoreOptions.CREDENTIALS_VARIABLE, credentials());
    }
}
