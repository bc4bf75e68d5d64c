package org.ogplod.web.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.CatalogFixture;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;

/** The SPARQL service description (GET /sparql without a query) and robots.txt. */
@ExtendWith(SharedServer.class)
class SelfDescriptionTest {
    private static final String BASE = CatalogFixture.BASE;
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private static TestServer server;
    private static Model description;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        description = CatalogFixture.fetch(server, "/sparql", "text/turtle");
    }

    @Test
    void serviceDescriptionNamesTheEndpointAndSparql11Query() {
        Resource service = service(description);
        assertEquals(BASE + "sparql", service.getPropertyResourceValue(sd("endpoint")).getURI());
        assertEquals(SD + "SPARQL11Query", service.getPropertyResourceValue(sd("supportedLanguage")).getURI());
    }

    @Test
    void endpointIsNamedOnABlankNodeSoClientsReadingPlainRdfFindIt() {
        List<Resource> subjects = description.listSubjectsWithProperty(sd("endpoint"),
                description.createResource(BASE + "sparql")).toList();
        assertEquals(1, subjects.size());
        assertTrue(subjects.get(0).isAnon(), "sd:endpoint on " + subjects.get(0));
    }

    @Test
    void serviceDescriptionListsEveryResultFormat() {
        Set<String> formats = description.listObjectsOfProperty(service(description), sd("resultFormat")).toList()
                .stream().map(node -> node.asResource().getURI()).collect(Collectors.toSet());
        Set<String> expected = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples").stream()
                .map(name -> "http://www.w3.org/ns/formats/" + name).collect(Collectors.toSet());
        assertEquals(expected, formats);
    }

    @Test
    void defaultGraphIsDescribedByVoidWithTheTriplesOfTheRelease() {
        Resource dataset = service(description).getPropertyResourceValue(sd("defaultDataset"));
        assertTrue(dataset.hasProperty(RDF.type, description.createResource(SD + "Dataset")));
        Resource graph = dataset.getPropertyResourceValue(sd("defaultGraph"));
        assertTrue(graph.hasProperty(RDF.type, description.createResource(SD + "Graph")));
        assertTrue(graph.hasProperty(RDF.type, VOID.Dataset));
        assertEquals(CatalogFixture.releaseTriples(server), graph.getProperty(VOID.triples).getLong());
        assertEquals(BASE + "id/", graph.getProperty(VOID.uriSpace).getString());
    }

    @Test
    void unionDefaultGraphIsNotClaimed() {
        assertFalse(description.contains(service(description), sd("feature"),
                description.createResource(SD + "UnionDefaultGraph")));
    }

    @Test
    void serviceDescriptionComesInEveryRdfForm() {
        for (String type : List.of("application/ld+json", "application/rdf+xml", "application/n-triples")) {
            assertTrue(CatalogFixture.fetch(server, "/sparql", type).isIsomorphicWith(description), type);
        }
    }

    @Test
    void browsersAskingForHtmlGetTurtle() {
        HttpResponse<String> response = server.get("/sparql", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", CatalogFixture.mediaType(response));
        Model parsed = CatalogFixture.parse(response.body(), Lang.TURTLE, BASE + "sparql");
        assertTrue(parsed.isIsomorphicWith(description));
    }

    @Test
    void serviceDescriptionVariesByAcceptAndAnswers304ToItsEtag() {
        HttpResponse<String> first = server.get("/sparql", "Accept", "text/turtle");
        assertEquals("Accept", first.headers().firstValue("Vary").orElse(""));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get("/sparql", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void robotsAllowsPagesKeepsCrawlersOffTheEndpointAndPointsToTheSitemap() {
        HttpResponse<String> robots = server.get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertEquals("text/plain", CatalogFixture.mediaType(robots));
        List<String> lines = robots.body().lines().toList();
        assertTrue(lines.contains("User-agent: *"), robots.body());
        assertTrue(lines.contains("Disallow: /sparql"), robots.body());
        assertTrue(lines.contains("Sitemap: " + BASE + "sitemap.xml"), robots.body());
        assertFalse(lines.contains("Disallow: /"), robots.body());
    }

    private static Resource service(Model model) {
        List<Resource> services = model.listSubjectsWithProperty(RDF.type, model.createResource(SD + "Service"))
                .toList();
        assertEquals(1, services.size(), "one sd:Service");
        return services.get(0);
    }

    private static Property sd(String localName) {
        return description.createProperty(SD + localName);
    }
}
