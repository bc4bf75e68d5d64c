package org.ogplod.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ogplod.cli.Publisher;
import org.ogplod.convert.InputFiles;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Release;
import org.ogplod.store.Store;
import org.ogplod.web.common.Settings;

/**
 * The real server on a free port over an in-memory store holding the bundled data, as the integration tests use it.
 * <pre>
 *   try (TestServer server = TestServer.start()) {
 *       HttpResponse&lt;String&gt; page = server.get("/doc/commitment/UK0107", "Accept", "text/turtle");
 *   }
 * </pre>
 */
public final class TestServer implements AutoCloseable {
    private final Store store;
    private final Release release;
    private final Server server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Store store, Release release, Server server) {
        this.store = store;
        this.release = release;
        this.server = server;
    }

    /** Starts with the defaults (base http://localhost:8080/) on a free port, rate limits off (tests send many requests). */
    public static TestServer start() {
        return start(Settings.defaults().withPort(0).withRateLimits(0, 0));
    }

    public static TestServer start(Settings settings) {
        Ontology ontology = Ontology.load();
        try {
            Store store = Store.open("mem");
            Publisher publisher = new Publisher(ontology, settings.baseUri(), false, new PrintWriter(System.err, true));
            Release release = publisher.publish(store, InputFiles.read(List.of(Path.of("data"))), "2026-01-01-1",
                    "test").release();
            return new TestServer(store, release, Server.start(settings, release, ontology));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Release release() {
        return release;
    }

    /** A copy of the release's default graph (all the data), to compare what the server sends with. */
    public org.apache.jena.graph.Graph releaseGraph() {
        org.apache.jena.sparql.core.DatasetGraph dataset = release.dataset();
        org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.system.Txn.executeRead(dataset,
                () -> dataset.getDefaultGraph().find().forEachRemaining(copy::add));
        return copy;
    }

    /** The endpoints Fuseki registered (see {@link Server#endpoints()}). */
    public java.util.Map<String, java.util.Set<String>> endpoints() {
        return server.endpoints();
    }

    public int port() {
        return server.port();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    /** GET with optional header name/value pairs; redirects are not followed. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return client;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
