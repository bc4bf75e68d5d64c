package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.common.Settings;

/** Linked Data over HTTP: identifiers redirect to documents, documents negotiate, pages escape and link. */
@ExtendWith(SharedServer.class)
class LinkedDataTest {
    private static final String BASE = "http://localhost:8080/";
    private static final String UK0107 = BASE + "id/commitment/UK0107";
    private static final String DOC = "/doc/commitment/UK0107";
    private static final List<String> RDF_TYPES = List.of("text/turtle", "application/ld+json",
            "application/rdf+xml", "application/n-triples");

    private static final String OTHER_BASE = "https://data.example.org/ogp/";

    private static TestServer server;
    /** The same data minted under another base, to show that redirects and documents follow the setting. */
    private static TestServer rebased;

    @BeforeAll
    static void startServers(TestServer shared) {
        server = shared;
        rebased = TestServer.start(Settings.defaults().withPort(0).withBaseUri(OTHER_BASE));
    }

    @AfterAll
    static void stopServers() {
        if (rebased != null) {
            rebased.close();
        }
    }

    // --- /id/ ---------------------------------------------------------------------------------------------------

    @Test
    void commitmentIdentifierRedirects303ToItsDocumentUnderTheConfiguredBase() {
        assertSeeOther("/id/commitment/UK0107", BASE + "doc/commitment/UK0107");
    }

    @Test
    void memberIdentifierRedirects303ToItsDocument() {
        assertSeeOther("/id/member/kenya", BASE + "doc/member/kenya");
    }

    @Test
    void redirectsAndDocumentsUseAConfiguredBase() {
        HttpResponse<String> redirect = rebased.get("/id/commitment/UK0107", "Accept", "text/turtle");
        assertEquals(303, redirect.statusCode(), redirect.body());
        assertEquals(OTHER_BASE + "doc/commitment/UK0107", redirect.headers().firstValue("Location").orElse(null));
        HttpResponse<String> document = rebased.get(DOC, "Accept", "application/n-triples");
        assertEquals(200, document.statusCode());
        Graph graph = parse(document.body(), "application/n-triples");
        assertTrue(graph.contains(NodeFactory.createURI(OTHER_BASE + "id/commitment/UK0107"),
                DCTerms.identifier.asNode(), NodeFactory.createLiteralString("UK0107")), document.body());
        assertFalse(document.body().contains(BASE), "an IRI kept the default base:\n" + document.body());
    }

    @Test
    void identifierRedirectDoesNotDependOnTheRequestHost() {
        HttpResponse<String> response = server.get("/id/commitment/UK0107", "Accept", "text/turtle");
        assertEquals(303, response.statusCode());
        String location = response.headers().firstValue("Location").orElse("");
        assertFalse(location.contains(":" + server.port() + "/"), "Location uses the request's port: " + location);
    }

    @Test
    void lowerCaseCommitmentIdentifierRedirects301ToUpperCase() {
        HttpResponse<String> response = server.get("/id/commitment/uk0107");
        assertEquals(301, response.statusCode(), response.body());
        assertEquals(BASE + "id/commitment/UK0107", response.headers().firstValue("Location").orElse(null));
    }

    @Test
    void lowerCaseCommitmentDocumentRedirects301ToUpperCaseKeepingTheSuffix() {
        HttpResponse<String> response = server.get("/doc/commitment/uk0107.ttl");
        assertEquals(301, response.statusCode(), response.body());
        assertEquals(BASE + "doc/commitment/UK0107.ttl", response.headers().firstValue("Location").orElse(null));
    }

    @Test
    void unknownButWellFormedCommitmentIdentifierIsNotFoundWithASentence() {
        HttpResponse<String> response = server.get("/id/commitment/ZZ9999");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("ZZ9999"), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty());
    }

    @Test
    void unknownMemberIdentifierIsNotFound() {
        assertEquals(404, server.get("/id/member/atlantis").statusCode());
    }

    @Test
    void unknownButWellFormedDocumentsAreNotFoundWithASentence() {
        for (String path : List.of("/doc/commitment/ZZ9999", "/doc/commitment/ZZ9999.ttl", "/doc/member/atlantis",
                "/def/theme/no-such-theme", "/def/no-such-scheme")) {
            HttpResponse<String> response = server.get(path, "Accept", "text/turtle");
            assertEquals(404, response.statusCode(), path + ": " + response.body());
            assertTrue(response.body().contains("Nothing is published"), path + ": " + response.body());
        }
    }

    @Test
    void malformedIdentifiersAreNotFoundAndNeverRedirect() {
        for (String path : List.of("/id/commitment/UK01%2F07", "/id/commitment/../../etc/passwd",
                "/id/commitment/%2e%2e/%2e%2e/etc", "/id/commitment/UK0107%00", "/id/commitment/UK0107/extra",
                "/id/commitment/", "/id/commitment/UK 0107".replace(" ", "%20"), "/doc/commitment/UK01%2F07",
                "/id/member/Kenya%3Cscript%3E", "/id/nothing/kenya")) {
            HttpResponse<String> response = server.get(path);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400,
                    path + " answered " + response.statusCode() + ": " + response.body());
            assertTrue(response.headers().firstValue("Location").isEmpty(), path + " redirected");
            assertFalse(response.body().contains("root:"), path + " leaked a file");
        }
    }

    // --- content negotiation ---------------------------------------------------------------------------------

    @Test
    void turtleWhenAcceptIsTurtle() {
        assertCommitmentAs("text/turtle", "text/turtle");
    }

    @Test
    void jsonLdWhenAcceptIsJsonLd() {
        assertCommitmentAs("application/ld+json", "application/ld+json");
    }

    @Test
    void rdfXmlWhenAcceptIsRdfXml() {
        assertCommitmentAs("application/rdf+xml", "application/rdf+xml");
    }

    @Test
    void nTriplesWhenAcceptIsNTriples() {
        assertCommitmentAs("application/n-triples", "application/n-triples");
    }

    @Test
    void htmlWhenAcceptIsHtml() {
        HttpResponse<String> response = server.get(DOC, "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertEquals("text/html", mediaType(response));
        assertTrue(response.body().contains("<h1>Open Contracting through the Procurement Act</h1>"), response.body());
        assertTrue(response.body().contains(UK0107), "the page shows the IRI");
    }

    @Test
    void htmlWhenThereIsNoAcceptHeader() {
        HttpResponse<String> response = server.get(DOC);
        assertEquals(200, response.statusCode());
        assertEquals("text/html", mediaType(response));
    }

    @Test
    void qValuesChooseTheMostPreferredType() {
        assertCommitmentAs("text/turtle;q=0.5, application/rdf+xml;q=0.9", "application/rdf+xml");
        assertCommitmentAs("application/rdf+xml;q=0.2, application/n-triples", "application/n-triples");
        assertCommitmentAs("text/html;q=0.1, application/ld+json;q=0.8", "application/ld+json");
    }

    @Test
    void textWildcardGivesHtmlOrTurtle() {
        HttpResponse<String> response = server.get(DOC, "Accept", "text/*");
        assertEquals(200, response.statusCode());
        assertTrue(List.of("text/html", "text/turtle").contains(mediaType(response)), mediaType(response));
    }

    @Test
    void applicationWildcardGivesAnRdfType() {
        HttpResponse<String> response = server.get(DOC, "Accept", "application/*");
        assertEquals(200, response.statusCode());
        String type = mediaType(response);
        assertTrue(RDF_TYPES.contains(type) && !type.startsWith("text/"), type);
        assertDescribesUk0107(response.body(), type);
    }

    @Test
    void fullWildcardGivesHtml() {
        HttpResponse<String> response = server.get(DOC, "Accept", "*/*");
        assertEquals(200, response.statusCode());
        assertEquals("text/html", mediaType(response));
    }

    @Test
    void browserAcceptHeaderGivesHtml() {
        HttpResponse<String> response = server.get(DOC, "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8");
        assertEquals("text/html", mediaType(response));
    }

    @Test
    void suffixesOverrideAccept() {
        String[][] cases = {{".html", "text/html"}, {".ttl", "text/turtle"}, {".jsonld", "application/ld+json"},
            {".rdf", "application/rdf+xml"}, {".nt", "application/n-triples"}};
        for (String[] suffixAndType : cases) {
            String accept = suffixAndType[1].equals("text/html") ? "text/turtle" : "text/html";
            HttpResponse<String> response = server.get(DOC + suffixAndType[0], "Accept", accept);
            assertEquals(200, response.statusCode(), suffixAndType[0]);
            assertEquals(suffixAndType[1], mediaType(response), suffixAndType[0]);
            if (!suffixAndType[1].equals("text/html")) {
                assertDescribesUk0107(response.body(), suffixAndType[1]);
            } else {
                assertTrue(response.body().contains("Open Contracting through the Procurement Act"));
            }
        }
    }

    @Test
    void unknownSuffixIsNotFound() {
        assertEquals(404, server.get(DOC + ".exe").statusCode());
    }

    @Test
    void headGivesTheHeadersOfGetWithoutABody() {
        for (String accept : List.of("text/html", "text/turtle", "application/ld+json")) {
            HttpResponse<String> get = server.get(DOC, "Accept", accept);
            HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.uri(DOC))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", accept)
                    .timeout(Duration.ofSeconds(10)).build());
            assertEquals(200, head.statusCode());
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
            assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
            assertTrue(get.headers().firstValue("ETag").isPresent(), "GET has an ETag");
            assertEquals("", head.body());
        }
    }

    @Test
    void varyNamesAccept() {
        HttpResponse<String> response = server.get(DOC, "Accept", "text/turtle");
        String vary = String.join(",", response.headers().allValues("Vary")).toLowerCase(Locale.ROOT);
        assertTrue(List.of(vary.split("\\s*,\\s*")).contains("accept"), vary);
    }

    @Test
    void linkHeaderListsTheAlternatesAndTheLicence() {
        HttpResponse<String> response = server.get(DOC, "Accept", "text/turtle");
        String link = String.join(", ", response.headers().allValues("Link"));
        for (String suffix : List.of("ttl", "jsonld", "rdf", "nt", "html")) {
            assertTrue(link.contains("<" + DOC + "." + suffix + ">"), suffix + " missing in " + link);
        }
        assertTrue(link.contains("rel=\"alternate\""), link);
        assertTrue(link.contains("type=\"application/ld+json\""), link);
        assertTrue(link.matches("(?s).*<https?://[^>]+>; rel=\"license\".*"), link);
    }

    @Test
    void unacceptableTypeIsRefused406WithASentence() {
        HttpResponse<String> response = server.get(DOC, "Accept", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle") && response.body().trim().endsWith("."), response.body());
        assertTrue(response.body().split(" ").length > 5, "a sentence, not a code: " + response.body());
    }

    @Test
    void matchingIfNoneMatchGives304WithoutBody() {
        HttpResponse<String> first = server.get(DOC, "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
        HttpResponse<String> second = server.get(DOC, "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, second.statusCode());
        assertEquals("", second.body());
        assertEquals(etag, second.headers().firstValue("ETag").orElse(null));
    }

    @Test
    void differentRepresentationsHaveDifferentEtags() {
        String turtle = server.get(DOC, "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        String html = server.get(DOC, "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        assertFalse(turtle.equals(html));
        HttpResponse<String> stale = server.get(DOC, "Accept", "text/html", "If-None-Match", turtle);
        assertEquals(200, stale.statusCode());
    }

    // --- concepts and ontology --------------------------------------------------------------------------------

    @Test
    void conceptDereferencesAtItsOwnIriAsTurtle() {
        HttpResponse<String> response = server.get("/def/theme/open-data", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        Graph graph = parse(response.body(), "text/turtle");
        Node concept = NodeFactory.createURI(BASE + "def/theme/open-data");
        assertTrue(graph.contains(concept, RDF.type.asNode(), SKOS.Concept.asNode()));
        assertTrue(graph.contains(concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Open Data", "en")));
    }

    @Test
    void ontologyDereferencesAtItsOwnIriWithItsTerms() {
        HttpResponse<String> response = server.get("/def/ogp", "Accept", "application/n-triples");
        assertEquals(200, response.statusCode());
        Graph graph = parse(response.body(), "application/n-triples");
        Node commitment = NodeFactory.createURI(BASE + "def/ogp#Commitment");
        assertTrue(graph.contains(commitment, Node.ANY, Node.ANY), "the document describes ogp:Commitment");
        HttpResponse<String> html = server.get("/def/ogp", "Accept", "text/html");
        assertEquals(200, html.statusCode());
        assertEquals("text/html", mediaType(html));
    }

    @Test
    void spanishLabelsWithLangParameterAndContentLanguage() {
        HttpResponse<String> response = server.get("/def/theme/open-data?lang=es", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<h1>Datos Abiertos</h1>"), response.body());
        assertEquals("es", response.headers().firstValue("Content-Language").orElse(null));
        HttpResponse<String> english = server.get("/def/theme/open-data", "Accept", "text/html");
        assertTrue(english.body().contains("<h1>Open Data</h1>"));
        assertEquals("en", english.headers().firstValue("Content-Language").orElse(null));
    }

    @Test
    void spanishLabelsWithAcceptLanguage() {
        HttpResponse<String> response = server.get("/def/theme/open-data", "Accept", "text/html",
                "Accept-Language", "es-ES,es;q=0.9,en;q=0.5");
        assertTrue(response.body().contains("<h1>Datos Abiertos</h1>"), response.body());
        assertEquals("es", response.headers().firstValue("Content-Language").orElse(null));
    }

    @Test
    void spanishLabelsOfLinkedConceptsOnACommitmentPage() {
        HttpResponse<String> response = server.get("/doc/commitment/ES0020?lang=es", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Portal de la Administración de Justicia"));
        assertTrue(response.body().contains(">Datos Abiertos</a>"), "the policy area label is in Spanish");
    }

    @Test
    void memberPageListsIncomingCommitments() {
        HttpResponse<String> response = server.get("/doc/member/kenya", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        String body = response.body();
        int incoming = body.indexOf("class=\"incoming\"");
        assertTrue(incoming > 0, "an incoming links section");
        String section = body.substring(incoming);
        for (String id : List.of("KE0016", "KE0019", "KE0025", "KE0029", "KE0034")) {
            assertTrue(section.contains("href=\"/id/commitment/" + id + "\""), id + " missing in " + section);
        }
    }

    @Test
    void htmlEscapesApostrophesAndQuotesInTitles() {
        HttpResponse<String> children = server.get("/doc/commitment/PH0064", "Accept", "text/html");
        assertEquals(200, children.statusCode());
        assertTrue(children.body().contains("Participatory Children&#39;s Health and Nutrition Program")
                || children.body().contains("Participatory Children&apos;s Health and Nutrition Program"),
                children.body());
        assertFalse(children.body().contains("Children's Health"), "the apostrophe is escaped");
        HttpResponse<String> quoted = server.get("/doc/commitment/AR0037", "Accept", "text/html");
        assertTrue(quoted.body().contains("&quot;Datos.Jus.Gov.Ar&quot;"), quoted.body());
        assertFalse(quoted.body().contains("\"Datos.Jus.Gov.Ar\""));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static void assertSeeOther(String path, String location) {
        for (String accept : List.of("text/html", "text/turtle")) {
            HttpResponse<String> response = server.get(path, "Accept", accept);
            assertEquals(303, response.statusCode(), response.body());
            assertEquals(location, response.headers().firstValue("Location").orElse(null));
        }
    }

    private static void assertCommitmentAs(String accept, String expectedType) {
        HttpResponse<String> response = server.get(DOC, "Accept", accept);
        assertEquals(200, response.statusCode(), accept + ": " + response.body());
        assertEquals(expectedType, mediaType(response), accept);
        assertDescribesUk0107(response.body(), expectedType);
    }

    private static void assertDescribesUk0107(String body, String mediaType) {
        Graph graph = parse(body, mediaType);
        Node subject = NodeFactory.createURI(UK0107);
        assertTrue(graph.contains(subject, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("UK0107")),
                mediaType + " lacks dct:identifier \"UK0107\":\n" + body);
        assertTrue(graph.contains(subject, DCTerms.title.asNode(), Node.ANY), mediaType + " lacks the title");
    }

    static Graph parse(String body, String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        assertTrue(lang != null, "not an RDF type: " + mediaType);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(BASE).parse(graph);
        return graph;
    }

    static String mediaType(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
