package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real third-party clients read the server: rdflib parses every dump and every RDF form of a document, SPARQLWrapper
 * queries the endpoint (src/test/python/clients.py). CI installs python3-rdflib and python3-sparqlwrapper; when they
 * are missing the test fails rather than skips, so that interoperability is never silently untested.
 */
@ExtendWith(SharedServer.class)
class ThirdPartyClientsTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/clients.py");
    private static final Path HERE = Path.of("").toAbsolutePath();
    private static final String INSTALL = "install them with: apt-get install python3-rdflib python3-sparqlwrapper";

    private static TestServer server;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
    }

    @Test
    void rdflibAndSparqlWrapperReadDumpsDocumentsAndTheEndpoint() {
        assertTrue(Files.isExecutable(PYTHON), PYTHON + " is missing; " + INSTALL);
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT + " is missing");
        ExternalProcess modules = ExternalProcess.run(List.of(PYTHON.toString(), "-c",
                "import rdflib, SPARQLWrapper"), HERE, 30);
        assertEquals(0, modules.exitCode(), "rdflib or SPARQLWrapper cannot be imported; " + INSTALL + "\n"
                + modules.all());
        ExternalProcess clients = ExternalProcess.run(List.of(PYTHON.toString(), SCRIPT.toString(),
                "http://localhost:" + server.port()), HERE, 90);
        assertEquals(0, clients.exitCode(), "clients.py failed:\n" + clients.all());
        assertTrue(clients.output().contains("all checks passed"), clients.all());
    }
}
