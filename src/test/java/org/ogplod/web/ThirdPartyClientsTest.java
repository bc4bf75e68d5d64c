package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real third-party clients read the server: rdflib parses every dump and every RDF form of a document, SPARQLWrapper
 * queries the endpoint (src/test/python/clients.py). CI installs python3-rdflib and python3-sparqlwrapper; when they
 * are missing the test fails rather than skips, so that interoperability is never silently untested.
 */
class ThirdPartyClientsTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/clients.py");
    private static final String INSTALL = "install them with: apt-get install python3-rdflib python3-sparqlwrapper";

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
    void rdflibAndSparqlWrapperReadDumpsDocumentsAndTheEndpoint() {
        assertTrue(Files.isExecutable(PYTHON), PYTHON + " is missing; " + INSTALL);
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT + " is missing");
        Run modules = run(List.of(PYTHON.toString(), "-c", "import rdflib, SPARQLWrapper"), 30);
        assertEquals(0, modules.exitCode(), "rdflib or SPARQLWrapper cannot be imported; " + INSTALL + "\n"
                + modules.output());
        Run clients = run(List.of(PYTHON.toString(), SCRIPT.toString(), "http://localhost:" + server.port()), 90);
        assertEquals(0, clients.exitCode(), "clients.py failed:\n" + clients.output());
        assertTrue(clients.output().contains("all checks passed"), clients.output());
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(List<String> command, int seconds) {
        try {
            Path log = Files.createTempFile("ogp-lod-clients-", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish in " + seconds + " s:\n"
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
