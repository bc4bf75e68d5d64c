package org.ogplod.web.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.CatalogFixture;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;

/** Triple Pattern Fragments at /fragments, read the way a TPF client reads them: by the Hydra controls alone. */
@ExtendWith(SharedServer.class)
class FragmentsTest {
    private static final String BASE = CatalogFixture.BASE;
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final String OGP = BASE + "def/ogp#";

    private static TestServer server;
    private static Graph release;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        release = server.releaseGraph();
    }

    @Test
    void turtlePageCarriesTheSearchFormWithItsThreeMappings() {
        Model page = turtle("/fragments?predicate=" + encode(RDF.type.getURI()));
        Resource search = page.listObjectsOfProperty(hydra(page, "search")).next().asResource();
        assertEquals(BASE + "fragments{?subject,predicate,object}", search.getProperty(hydra(page, "template"))
                .getString());
        Set<String> mapped = new HashSet<>();
        page.listObjectsOfProperty(search, hydra(page, "mapping")).forEach(mapping -> mapped.add(
                mapping.asResource().getProperty(hydra(page, "variable")).getString() + "="
                        + mapping.asResource().getPropertyResourceValue(hydra(page, "property")).getLocalName()));
        assertEquals(Set.of("subject=subject", "predicate=predicate", "object=object"), mapped);
    }

    @Test
    void countIsTheNumberOfMatchingTriplesAndPagesHoldAHundred() {
        long types = release.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().size();
        String fragment = BASE + "fragments?predicate=" + encode(RDF.type.getURI());
        Model page = turtle("/fragments?predicate=" + encode(RDF.type.getURI()));
        Resource collection = page.createResource(fragment);
        assertEquals(types, collection.getProperty(hydra(page, "totalItems")).getLong());
        assertEquals(types, collection.getProperty(VOID.triples).getLong());
        assertEquals(100, page.listStatements(null, RDF.type, (Resource) null).toList().stream()
                .filter(statement -> !statement.getObject().asResource().getURI().startsWith(HYDRA)
                        && !statement.getObject().equals(VOID.Dataset)).count());
        Resource view = collection.getPropertyResourceValue(hydra(page, "view"));
        assertEquals(fragment + "&page=2", view.getPropertyResourceValue(hydra(page, "next")).getURI());
        assertEquals(fragment, view.getPropertyResourceValue(hydra(page, "first")).getURI());
    }

    @Test
    void objectsAreWrittenInTheTpfSyntax() {
        Model plain = turtle("/fragments?predicate=" + encode(DCTerms.identifier.getURI()) + "&object="
                + encode("\"UK0107\""));
        assertTrue(plain.contains(plain.createResource(BASE + "id/commitment/UK0107"), DCTerms.identifier, "UK0107"));
        Triple typed = release.find(Node.ANY, Node.ANY, Node.ANY).filterKeep(triple -> triple.getObject().isLiteral()
                && triple.getObject().getLiteralDatatypeURI().endsWith("#gYear")).next();
        Model page = turtle("/fragments?subject=" + encode(typed.getSubject().getURI()) + "&object="
                + encode("\"" + typed.getObject().getLiteralLexicalForm() + "\"^^"
                        + typed.getObject().getLiteralDatatypeURI()));
        assertTrue(page.getGraph().contains(typed), "the typed literal " + typed.getObject() + " is found");
    }

    @Test
    void jsonLdKeepsTheControlsInTheirOwnGraph() {
        HttpResponse<String> response = server.get("/fragments?subject=" + encode(BASE + "id/commitment/UK0107"),
                "Accept", "application/ld+json");
        assertEquals(200, response.statusCode());
        assertEquals("application/ld+json", CatalogFixture.mediaType(response));
        Dataset dataset = DatasetFactory.create();
        RDFParser.fromString(response.body(), Lang.JSONLD).parse(dataset);
        Graph data = dataset.asDatasetGraph().getDefaultGraph();
        assertEquals(release.find(NodeFactory.createURI(BASE + "id/commitment/UK0107"), Node.ANY, Node.ANY)
                .toList().size(), data.size());
        assertTrue(dataset.listNames().hasNext(), "a metadata graph");
    }

    @Test
    void htmlShowsTheFormAndTheTriples() {
        HttpResponse<String> page = server.get("/fragments?subject=" + encode(BASE + "id/commitment/UK0107"),
                "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertEquals("text/html", CatalogFixture.mediaType(page));
        assertTrue(page.body().contains("<input name=\"subject\""), page.body());
        assertTrue(page.body().contains("UK0107"), page.body());
    }

    @Test
    void badTermsAreBadRequestsAndPagesPastTheEndAreNotFound() {
        assertEquals(400, server.get("/fragments?object=" + encode("\"open")).statusCode());
        assertEquals(400, server.get("/fragments?subject=not%20an%20iri").statusCode());
        assertEquals(400, server.get("/fragments?page=0").statusCode());
        assertEquals(404, server.get("/fragments?subject=" + encode(BASE + "id/commitment/UK0107") + "&page=9")
                .statusCode());
    }

    @Test
    void aCrawlerFollowingNextLinksReadsExactlyTheRelease() {
        Graph walked = GraphFactory.createDefaultGraph();
        String next = BASE + "fragments";
        int pages = 0;
        while (next != null) {
            Dataset page = jsonLd(next);
            page.asDatasetGraph().getDefaultGraph().find().forEachRemaining(walked::add);
            next = nextPage(page, next);
            pages++;
        }
        assertEquals((release.size() + 99) / 100, pages);
        assertTrue(walked.isIsomorphicWith(release), "the walk found " + walked.size() + " of " + release.size());
    }

    /** A join walked as a TPF client walks it: page through the first pattern, look each binding up in the second. */
    @Test
    void aJoinThroughFragmentsGivesTheRowsOfTheSparqlEndpoint() throws java.io.IOException {
        Set<List<String>> rows = new HashSet<>();
        String next = BASE + "fragments?predicate=" + encode(RDF.type.getURI()) + "&object=" + encode(OGP
                + "Commitment");
        while (next != null) {
            Dataset page = jsonLd(next);
            for (Triple commitment : page.asDatasetGraph().getDefaultGraph().find().toList()) {
                Dataset identifiers = jsonLd(BASE + "fragments?subject=" + encode(commitment.getSubject().getURI())
                        + "&predicate=" + encode(DCTerms.identifier.getURI()));
                identifiers.asDatasetGraph().getDefaultGraph().find().forEachRemaining(identifier -> rows.add(List.of(
                        identifier.getSubject().getURI(), identifier.getObject().getLiteralLexicalForm())));
            }
            next = nextPage(page, next);
        }
        Set<List<String>> expected = new HashSet<>();
        String query = "SELECT ?c ?id WHERE { ?c a <" + OGP + "Commitment> ; <" + DCTerms.identifier.getURI()
                + "> ?id }";
        try (QueryExecution execution = QueryExecution.service("http://localhost:" + server.port() + "/sparql")
                .query(query).build()) {
            execution.execSelect().forEachRemaining(row -> expected.add(List.of(row.getResource("c").getURI(),
                    row.getLiteral("id").getLexicalForm())));
        }
        assertEquals(commitmentRows(), expected.size(), "the endpoint gives every commitment of data/");
        assertEquals(expected, rows);
    }

    @Test
    void voidCatalogueAndLandingPageAdvertiseTheFragments() {
        Model voidDescription = CatalogFixture.fetch(server, "/.well-known/void", "text/turtle");
        assertTrue(voidDescription.contains(null, VOID.uriLookupEndpoint,
                voidDescription.createResource(BASE + "fragments?subject=")));
        Model catalog = CatalogFixture.fetch(server, "/catalog", "text/turtle");
        Resource service = catalog.listSubjectsWithProperty(DCAT.endpointURL, catalog.createResource(BASE
                + "fragments")).next();
        assertTrue(service.hasProperty(RDF.type, DCAT.DataService));
        assertTrue(service.hasProperty(DCAT.servesDataset));
        assertTrue(server.get("/", "Accept", "text/html").body().contains("href=\"/fragments\""));
    }

    private static String nextPage(Dataset page, String current) {
        for (String name : (Iterable<String>) page::listNames) {
            Model metadata = page.getNamedModel(name);
            Resource next = metadata.createResource(current).getPropertyResourceValue(hydra(metadata, "next"));
            if (next != null || metadata.contains(metadata.createResource(current), RDF.type,
                    metadata.createResource(HYDRA + "PartialCollectionView"))) {
                return next == null ? null : next.getURI();
            }
        }
        throw new AssertionError("no controls for " + current);
    }

    private static Dataset jsonLd(String iri) {
        HttpResponse<String> response = server.get(iri.substring(BASE.length() - 1), "Accept", "application/ld+json");
        assertEquals(200, response.statusCode(), iri);
        Dataset dataset = DatasetFactory.create();
        RDFParser.fromString(response.body(), Lang.JSONLD).parse(dataset);
        return dataset;
    }

    private static Model turtle(String path) {
        HttpResponse<String> response = server.get(path, "Accept", "text/turtle");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertEquals("text/turtle;charset=utf-8", response.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        Model model = CatalogFixture.parse(response.body(), Lang.TURTLE, BASE);
        assertNotNull(model);
        assertFalse(model.isEmpty());
        return model;
    }

    private static Property hydra(Model model, String name) {
        return model.createProperty(HYDRA + name);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long commitmentRows() throws java.io.IOException {
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("data/commitments.csv"));
                org.apache.commons.csv.CSVParser rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                        .setSkipHeaderRecord(true).get().parse(in)) {
            return rows.stream().count();
        }
    }
}
