package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogplod.web.common.Settings;

/**
 * Comunica, a real client that reads a source by what it says about itself: given only {@code /sparql} it must find
 * the endpoint from the service description, and given only {@code /fragments} it must walk the Triple Pattern
 * Fragments by their Hydra controls. Either way it must get exactly the rows that {@code /sparql} gives. The pinned
 * client is in src/test/comunica (package-lock.json); the test installs it with {@code npm ci} when it is missing.
 * The server's base is its own address here, as it is for a public deployment, so that the links it describes are
 * the ones a client can follow.
 */
class ComunicaTest {
    private static final Path CLIENT = Path.of("src/test/comunica").toAbsolutePath();
    private static final Path SPARQL = CLIENT.resolve("node_modules/.bin/comunica-sparql");

    private static TestServer server;
    private static String base;

    @BeforeAll
    static void installClientAndStartServer() throws IOException {
        if (!Files.isExecutable(SPARQL)) {
            ExternalProcess install = ExternalProcess.run(List.of("npm", "ci", "--no-audit", "--no-fund"), CLIENT, 600);
            assertEquals(0, install.exitCode(), "npm ci in " + CLIENT + " failed (Node.js 20+ and npm are needed):\n"
                    + install.all());
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://localhost:" + port + "/";
        server = TestServer.start(Settings.defaults().withPort(port).withBaseUri(base).withRateLimits(0, 0));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void comunicaFindsTheEndpointFromTheServiceDescriptionAlone() {
        String query = "SELECT ?member (COUNT(?commitment) AS ?commitments) WHERE { ?commitment a <" + base
                + "def/ogp#Commitment> ; <" + base + "def/ogp#member> ?member } GROUP BY ?member";
        ExternalProcess run = comunica(base + "sparql", query);
        assertTrue(run.errors().contains("as sparql source with service URL: " + base + "sparql"),
                "Comunica did not identify the endpoint:\n" + run.errors());
        List<String> rows = rows(run.output());
        assertTrue(rows.size() > 50, "one row per member: " + rows);
        assertEquals(viaEndpoint(query), rows);
    }

    @Test
    void comunicaJoinsOverTriplePatternFragmentsToTheSameRowsAsTheEndpoint() {
        String query = "SELECT ?commitment ?id ?memberName WHERE { ?commitment a <" + base + "def/ogp#Commitment> ; <"
                + base + "def/ogp#member> ?member ; <http://purl.org/dc/terms/identifier> ?id . ?member <"
                + base + "def/ogp#isoAlpha3> \"KEN\" ; <http://www.w3.org/2000/01/rdf-schema#label> ?memberName }";
        ExternalProcess run = comunica(base + "fragments", query);
        assertTrue(run.errors().contains("Identified as qpf source: " + base + "fragments"),
                "Comunica did not read the source as fragments:\n" + run.errors());
        List<String> rows = rows(run.output());
        assertTrue(rows.size() >= 10, "Kenya's commitments: " + rows);
        assertEquals(viaEndpoint(query), rows);
    }

    /** Runs Comunica on one source, with its log at info level on standard error, results as SPARQL JSON. */
    private static ExternalProcess comunica(String source, String query) {
        ExternalProcess run = ExternalProcess.run(List.of(SPARQL.toString(), source, query,
                "-t", "application/sparql-results+json", "-l", "info"), CLIENT, 300);
        assertEquals(0, run.exitCode(), "comunica-sparql failed:\n" + run.all());
        return run;
    }

    private static List<String> viaEndpoint(String query) {
        var response = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        return rows(response.body());
    }

    /** The rows of a SPARQL JSON result, each as its sorted bindings, sorted: equal for equal results. */
    private static List<String> rows(String json) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            TreeSet<String> bindings = new TreeSet<>();
            row.varNames().forEachRemaining(name -> bindings.add(name + "=" + row.get(name)));
            rows.add(String.join(" ", bindings));
        }
        rows.sort(null);
        return rows;
    }
}
