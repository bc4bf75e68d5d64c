package org.ogplod.web.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.store.DumpFile;
import org.ogplod.web.CatalogFixture;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;
import org.ogplod.web.ld.ResourcePages;

/** The DCAT-AP catalogue at /catalog: what it says about the dataset, its dumps and the endpoint, and how it is served. */
@ExtendWith(SharedServer.class)
class CatalogTest {
    private static final String BASE = CatalogFixture.BASE;
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final Resource DATASET = ResourceFactory.createResource(BASE + "catalog#dataset");

    private static TestServer server;
    private static Model catalog;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        catalog = CatalogFixture.fetch(server, "/catalog", "text/turtle");
    }

    @Test
    void everyDumpIsADistributionWithItsSizeAndTheChecksumOfItsSha256File() throws Exception {
        for (DumpFile dump : DumpFile.all()) {
            Resource file = catalog.createResource(BASE + "dumps/" + dump.fileName());
            List<Resource> distributions = catalog.listSubjectsWithProperty(DCAT.downloadURL, file).toList();
            assertEquals(1, distributions.size(), "one distribution downloads " + dump.fileName());
            Resource distribution = distributions.get(0);
            assertTrue(catalog.contains(DATASET, DCAT.distribution, distribution));
            assertTrue(distribution.hasProperty(DCAT.accessURL, file));
            byte[] bytes = CatalogFixture.bytes(server, "/dumps/" + dump.fileName()).body();
            Literal size = distribution.getProperty(DCAT.byteSize).getLiteral();
            assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), size.getDatatypeURI());
            assertEquals(bytes.length, size.getLong(), dump.fileName() + " size");
            String published = server.get("/dumps/" + dump.checksumName()).body().trim().split("\\s+")[0];
            Resource checksum = distribution.getPropertyResourceValue(property(SPDX + "checksum"));
            assertEquals(SPDX + "checksumAlgorithm_sha256",
                    checksum.getPropertyResourceValue(property(SPDX + "algorithm")).getURI());
            Literal value = checksum.getProperty(property(SPDX + "checksumValue")).getLiteral();
            assertEquals(XSDDatatype.XSDhexBinary.getURI(), value.getDatatypeURI());
            assertEquals(published, value.getLexicalForm(), dump.checksumName());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    value.getLexicalForm(), "the checksum is the SHA-256 of the bytes served");
        }
    }

    @Test
    void distributionsNameTheirMediaTypeFileTypeAndCompression() {
        Map<DumpFile, String> fileTypes = Map.of(DumpFile.NTRIPLES, "RDF_N_TRIPLES", DumpFile.TURTLE, "RDF_TURTLE",
                DumpFile.JSONLD, "JSON_LD", DumpFile.HDT, "HDT");
        for (DumpFile dump : DumpFile.all()) {
            Resource distribution = catalog.listSubjectsWithProperty(DCAT.downloadURL,
                    catalog.createResource(BASE + "dumps/" + dump.fileName())).next();
            assertEquals("https://www.iana.org/assignments/media-types/" + dump.mediaType(),
                    distribution.getPropertyResourceValue(DCAT.mediaType).getURI());
            assertEquals(dump.gzipped() ? "https://www.iana.org/assignments/media-types/application/gzip" : null,
                    distribution.hasProperty(DCAT.compressFormat)
                            ? distribution.getPropertyResourceValue(DCAT.compressFormat).getURI() : null);
            assertEquals("http://publications.europa.eu/resource/authority/file-type/" + fileTypes.get(dump),
                    distribution.getPropertyResourceValue(DCTerms.format).getURI());
        }
    }

    @Test
    void datasetCoversTheYearsOfTheActionPlans() {
        List<Map<String, String>> commitments = CatalogFixture.csv("commitments");
        int first = commitments.stream().map(row -> row.get("plan_start")).filter(year -> !year.isEmpty())
                .mapToInt(Integer::parseInt).min().orElseThrow();
        int last = commitments.stream().map(row -> row.get("plan_end")).filter(year -> !year.isEmpty())
                .mapToInt(Integer::parseInt).max().orElseThrow();
        Resource period = DATASET.inModel(catalog).getPropertyResourceValue(DCTerms.temporal);
        assertTrue(period.hasProperty(RDF.type, DCTerms.PeriodOfTime));
        assertEquals(Integer.toString(first), period.getProperty(DCAT.startDate).getLiteral().getLexicalForm());
        assertEquals(Integer.toString(last), period.getProperty(DCAT.endDate).getLiteral().getLexicalForm());
        assertEquals(XSDDatatype.XSDgYear.getURI(), period.getProperty(DCAT.startDate).getLiteral().getDatatypeURI());
    }

    @Test
    void datasetCoversTheCountryOfEveryMemberWithAnIsoCode() {
        Set<String> expected = CatalogFixture.csv("members").stream().map(row -> row.get("iso3"))
                .filter(code -> !code.isEmpty())
                .map(code -> "http://publications.europa.eu/resource/authority/country/" + code)
                .collect(Collectors.toSet());
        Set<String> spatial = catalog.listObjectsOfProperty(DATASET, DCTerms.spatial).toList().stream()
                .map(node -> node.asResource().getURI()).collect(Collectors.toSet());
        assertEquals(expected, spatial);
    }

    @Test
    void catalogueNamesItsPublisherLicenceDatasetAndEndpoint() {
        Resource self = catalog.createResource(BASE + "catalog");
        assertTrue(self.hasProperty(RDF.type, DCAT.Catalog));
        Resource publisher = self.getPropertyResourceValue(DCTerms.publisher);
        assertTrue(publisher.hasProperty(RDF.type, FOAF.Agent));
        assertEquals("ogp-lod", publisher.getProperty(FOAF.name).getString());
        assertTrue(self.hasProperty(DCAT.dataset, DATASET));
        assertTrue(self.hasProperty(DCTerms.license, catalog.createResource(ResourcePages.LICENSE)));
        assertTrue(catalog.contains(catalog.createResource(ResourcePages.LICENSE), RDF.type, DCTerms.LicenseDocument));
        Resource service = self.getPropertyResourceValue(DCAT.service);
        assertTrue(service.hasProperty(RDF.type, DCAT.DataService));
        assertEquals(BASE + "sparql", service.getPropertyResourceValue(DCAT.endpointURL).getURI());
        assertEquals("https://www.w3.org/TR/sparql11-protocol/",
                service.getPropertyResourceValue(DCTerms.conformsTo).getURI());
        assertTrue(service.hasProperty(DCAT.servesDataset, DATASET));
        assertTrue(catalog.contains(DATASET, DCAT.theme,
                catalog.createResource("http://publications.europa.eu/resource/authority/data-theme/GOVE")));
    }

    @Test
    void datasetNamesTheCurrentReleaseAsItsVersion() {
        String release = server.release().id();
        Resource version = DATASET.inModel(catalog).getPropertyResourceValue(DCTerms.hasVersion);
        assertEquals(BASE + "id/release/" + release, version.getURI());
        assertTrue(version.hasProperty(RDF.type, DCAT.Dataset));
        assertTrue(catalog.contains(DATASET, catalog.createProperty("http://www.w3.org/ns/dcat#version"), release));
        RDFNode modified = DATASET.inModel(catalog).getProperty(DCTerms.modified).getObject();
        assertEquals(XSDDatatype.XSDdateTime.getURI(), modified.asLiteral().getDatatypeURI());
        assertEquals(303, server.get("/id/release/" + release).statusCode(), "the release IRI dereferences");
    }

    @Test
    void everyRdfFormIsTheSameCatalogue() {
        for (String type : List.of("application/ld+json", "application/rdf+xml", "application/n-triples")) {
            Model other = CatalogFixture.fetch(server, "/catalog", type);
            assertTrue(other.isIsomorphicWith(catalog), type + " gives the same graph as Turtle");
        }
    }

    @Test
    void catalogueIsTurtleWhenTheClientStatesNoPreference() {
        HttpResponse<String> response = server.get("/catalog");
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", CatalogFixture.mediaType(response));
    }

    @Test
    void catalogueVariesByAcceptAndAnswers304ToItsEtag() {
        HttpResponse<String> first = server.get("/catalog", "Accept", "text/turtle");
        assertEquals("Accept", first.headers().firstValue("Vary").orElse(""));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"" + server.release().id() + "-"), "the ETag is strong and names the release");
        HttpResponse<String> again = server.get("/catalog", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        HttpResponse<String> jsonLd = server.get("/catalog", "Accept", "application/ld+json", "If-None-Match", etag);
        assertEquals(200, jsonLd.statusCode(), "another representation has another ETag");
        assertNotEquals(etag, jsonLd.headers().firstValue("ETag").orElse(""));
    }

    @Test
    void catalogueAnswers406WhenNoRdfFormIsAcceptable() {
        HttpResponse<String> response = server.get("/catalog", "Accept", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle"), response.body());
    }

    @Test
    void aBrowserAskingForHtmlReadsTheCatalogueAsTurtle() {
        HttpResponse<String> response = server.get("/catalog", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    private static Property property(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
