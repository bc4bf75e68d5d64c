package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.store.DumpFile;

/** VoID at /.well-known/void: counts that match the release and the bundled files, partitions and linksets. */
@ExtendWith(SharedServer.class)
class VoidTest {
    private static final String BASE = CatalogFixture.BASE;

    private static TestServer server;
    private static Model description;
    private static Resource dataset;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        description = CatalogFixture.fetch(server, "/.well-known/void", "text/turtle");
        dataset = description.createResource(BASE + "catalog#dataset");
    }

    @Test
    void tripleCountIsTheNumberOfTriplesInTheRelease() {
        assertEquals(CatalogFixture.releaseTriples(server), count(dataset, VOID.triples));
    }

    @Test
    void commitmentClassPartitionCountsEveryCommitment() {
        assertEquals(663, classEntities(BASE + "def/ogp#Commitment"));
        assertEquals(CatalogFixture.csv("commitments").size(), classEntities(BASE + "def/ogp#Commitment"));
        assertEquals(CatalogFixture.csv("members").size(), classEntities(BASE + "def/ogp#Member"));
    }

    @Test
    void propertyPartitionsAddUpToAllTriples() {
        long sum = 0;
        for (Resource partition : description.listObjectsOfProperty(dataset, VOID.propertyPartition).toList()
                .stream().map(node -> node.asResource()).toList()) {
            sum += count(partition, VOID.triples);
        }
        assertEquals(count(dataset, VOID.triples), sum);
        assertEquals(count(dataset, VOID.properties),
                description.listObjectsOfProperty(dataset, VOID.propertyPartition).toList().size());
        assertEquals(count(dataset, VOID.classes),
                description.listObjectsOfProperty(dataset, VOID.classPartition).toList().size());
    }

    @Test
    void theDerivedPropertiesSayHowTheyAreDerivedAndCountTheirTriples() {
        long withTopAreas = server.releaseGraph().find(null,
                org.apache.jena.graph.NodeFactory.createURI(BASE + "def/ogp#topPolicyArea"), null).toList().size();
        assertTrue(withTopAreas > CatalogFixture.csv("commitments").size() / 2, "top areas: " + withTopAreas);
        for (String property : List.of(BASE + "def/ogp#topPolicyArea",
                "http://www.w3.org/2004/02/skos/core#broaderTransitive")) {
            Resource partition = description.listSubjectsWithProperty(VOID.property,
                    description.createResource(property)).toList().get(0);
            assertTrue(partition.getProperty(DCTerms.description).getString().startsWith("Derived by ogp-lod"),
                    property);
            assertTrue(count(partition, VOID.triples) > 0, property);
        }
        Resource topAreas = description.listSubjectsWithProperty(VOID.property,
                description.createResource(BASE + "def/ogp#topPolicyArea")).toList().get(0);
        assertEquals(withTopAreas, count(topAreas, VOID.triples));
    }

    @Test
    void wikidataLinksetCountsEveryMemberWithAQid() {
        long members = CatalogFixture.csv("members").stream().filter(row -> !row.get("wikidata").isEmpty()).count();
        assertEquals(Map.of(SKOS.closeMatch.getURI(), members), linksets("http://www.wikidata.org/entity/"));
    }

    @Test
    void countryLinksetsCountEveryMemberWithAnIsoCode() {
        long members = CatalogFixture.csv("members").stream().filter(row -> !row.get("iso3").isEmpty()).count();
        assertEquals(Map.of(SKOS.closeMatch.getURI(), members, "http://purl.org/dc/terms/spatial", members),
                linksets("http://publications.europa.eu/resource/authority/country/"));
    }

    /** The theme and value alignments live in ontology/links/*.ttl; counted there, independently of the server. */
    @Test
    void dataThemeAndSdgLinksetsCountTheAlignmentsOfTheOntology() throws Exception {
        Graph links = GraphFactory.createDefaultGraph();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("ontology/links"), "*.ttl")) {
            files.forEach(file -> RDFParser.source(file).parse(links));
        }
        for (String space : List.of("http://publications.europa.eu/resource/authority/data-theme/",
                "http://metadata.un.org/sdg/")) {
            Map<String, Long> expected = new TreeMap<>();
            links.find().forEachRemaining(triple -> {
                if (triple.getObject().isURI() && triple.getObject().getURI().startsWith(space)) {
                    expected.merge(triple.getPredicate().getURI(), 1L, Long::sum);
                }
            });
            assertTrue(!expected.isEmpty(), "the ontology links to " + space);
            assertEquals(expected, linksets(space), space);
        }
    }

    @Test
    void datasetNamesItsEndpointDumpsUriSpaceAndExamples() {
        assertTrue(dataset.hasProperty(RDF.type, VOID.Dataset));
        assertEquals(BASE + "sparql", dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        for (DumpFile dump : DumpFile.all()) {
            assertTrue(dataset.hasProperty(VOID.dataDump, description.createResource(BASE + "dumps/"
                    + dump.fileName())), dump.fileName());
        }
        assertEquals(BASE + "id/", dataset.getProperty(VOID.uriSpace).getString());
        assertTrue(dataset.hasProperty(VOID.vocabulary, description.createResource(BASE + "def/ogp")));
        assertTrue(dataset.hasProperty(VOID.vocabulary, description.createResource("http://purl.org/dc/terms/")));
        List<Resource> examples = description.listObjectsOfProperty(dataset, VOID.exampleResource).toList().stream()
                .map(node -> node.asResource()).toList();
        assertEquals(3, examples.size());
        for (Resource example : examples) {
            assertTrue(example.getURI().startsWith(BASE + "id/"), example.getURI());
            assertEquals(303, server.get("/" + example.getURI().substring(BASE.length())).statusCode(),
                    example.getURI() + " dereferences");
        }
        assertTrue(count(dataset, VOID.entities) > 0 && count(dataset, VOID.distinctSubjects) > 0
                && count(dataset, VOID.distinctObjects) > 0);
    }

    @Test
    void voidNegotiatesItsRdfFormsAnd406AndAnswers304() {
        Model jsonLd = CatalogFixture.fetch(server, "/.well-known/void", "application/ld+json");
        assertTrue(jsonLd.isIsomorphicWith(description));
        assertEquals(406, server.get("/.well-known/void", "Accept", "image/png").statusCode());
        HttpResponse<String> first = server.get("/.well-known/void", "Accept", "application/n-triples");
        assertEquals("Accept", first.headers().firstValue("Vary").orElse(""));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/.well-known/void", "Accept", "application/n-triples",
                "If-None-Match", etag).statusCode());
    }

    /** Link predicate to triples, for the linksets whose objects target has {@code uriSpace}. */
    private static Map<String, Long> linksets(String uriSpace) {
        Map<String, Long> found = new TreeMap<>();
        List<Resource> linksets = new ArrayList<>(description.listSubjectsWithProperty(RDF.type, VOID.Linkset).toList());
        for (Resource linkset : linksets) {
            Resource target = linkset.getPropertyResourceValue(VOID.objectsTarget);
            if (target.hasProperty(VOID.uriSpace, uriSpace)) {
                assertTrue(linkset.hasProperty(VOID.subjectsTarget, dataset));
                assertTrue(dataset.hasProperty(VOID.subset, linkset));
                found.put(linkset.getPropertyResourceValue(VOID.linkPredicate).getURI(), count(linkset, VOID.triples));
            }
        }
        return found;
    }

    private static long classEntities(String classIri) {
        for (Resource partition : description.listObjectsOfProperty(dataset, VOID.classPartition).toList().stream()
                .map(node -> node.asResource()).toList()) {
            if (partition.hasProperty(VOID._class, description.createResource(classIri))) {
                return count(partition, VOID.entities);
            }
        }
        throw new AssertionError("no class partition for " + classIri);
    }

    private static long count(Resource subject, Property property) {
        return subject.getProperty(property).getLong();
    }
}
