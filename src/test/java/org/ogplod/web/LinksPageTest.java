package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /links over the bundled data: the JSON agrees with SPARQL counts, the RDF has one void:Linkset per target. */
@ExtendWith(SharedServer.class)
class LinksPageTest {
    private static final String BASE = "http://localhost:8080/";
    private static TestServer server;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
    }

    @Test
    void theJsonCountsAgreeWithTheEndpoint() {
        HttpResponse<String> response = server.get("/links", "Accept", "application/json");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", LinkedDataTest.mediaType(response));
        Map<String, JsonObject> targets = targets(JSON.parse(response.body()));
        assertEquals(java.util.Set.of("wikidata", "eu-country", "eu-data-theme", "un-sdg"), targets.keySet());
        JsonObject wikidata = targets.get("wikidata");
        assertEquals(select("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m ?p ?o FILTER(STRSTARTS(STR(?m), \"" + BASE
                + "\") && isIRI(?o) && STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) }"),
                number(wikidata, "linkingResources"));
        assertEquals(select("SELECT (COUNT(?m) AS ?n) WHERE { ?m a <" + BASE + "def/ogp#Member> }"),
                number(wikidata, "expectedLinkers"));
        assertEquals(number(wikidata, "expectedLinkers") - number(wikidata, "linkingResources"),
                wikidata.get("unlinked").getAsArray().size(), "every linking resource is a member here");
        for (JsonObject target : targets.values()) {
            assertTrue(number(target, "referenceIds") > 10, target.toString());
            assertEquals(0, target.get("notInReference").getAsArray().size(),
                    "every bundled link target is in its reference list: " + target.get("notInReference"));
        }
        assertTrue(number(targets.get("eu-country"), "linkingResources") > 50);
    }

    @Test
    void theRdfHasOneLinksetPerTargetWithTheJsonCounts() {
        Map<String, JsonObject> targets = targets(JSON.parse(server.get("/links?format=json").body()));
        HttpResponse<String> response = server.get("/links", "Accept", "text/turtle");
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", LinkedDataTest.mediaType(response));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        assertEquals(4, graph.find(Node.ANY, RDF.type.asNode(), VOID.Linkset.asNode()).toList().size());
        for (JsonObject target : targets.values()) {
            Node linkset = NodeFactory.createURI(BASE + "links#" + target.get("key").getAsString().value());
            Node triples = graph.find(linkset, VOID.triples.asNode(), Node.ANY).next().getObject();
            assertEquals(number(target, "links"), Long.parseLong(triples.getLiteralLexicalForm()));
            assertTrue(graph.contains(linkset, VOID.objectsTarget.asNode(), NodeFactory.createURI(
                    BASE + ".well-known/void#" + target.get("key").getAsString().value())));
        }
    }

    @Test
    void theHtmlNamesEveryTargetAndListsMembersWithoutALink() {
        HttpResponse<String> response = server.get("/links", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        String html = response.body();
        for (String title : new String[] {"Wikidata", "Countries and territories, EU authority table",
                "Data themes, EU authority table"}) {
            assertTrue(html.contains(">" + title + "</a></h2>"), title);
        }
        JsonObject wikidata = targets(JSON.parse(server.get("/links?format=json").body())).get("wikidata");
        String firstUnlinked = wikidata.get("unlinked").getAsArray().get(0).getAsString().value();
        assertTrue(html.contains("href=\"/" + firstUnlinked.substring(BASE.length()) + "\""), firstUnlinked);
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/links", "Accept", "text/html", "If-None-Match", etag).statusCode());
        assertEquals(404, server.get("/links?format=xlsx").statusCode());
        assertEquals(406, server.get("/links", "Accept", "image/png").statusCode());
    }

    @Test
    void theChangesOfAFirstReleaseHaveNoLinkDifferences() {
        JsonObject changes = JSON.parse(server.get("/changes?format=json").body());
        assertEquals(0, changes.get("links").getAsArray().size());
        assertTrue(server.get("/changes", "Accept", "text/html").body().contains("Links to other datasets"));
    }

    private static Map<String, JsonObject> targets(JsonObject report) {
        Map<String, JsonObject> targets = new HashMap<>();
        for (JsonValue value : report.get("targets").getAsArray()) {
            targets.put(value.getAsObject().get("key").getAsString().value(), value.getAsObject());
        }
        return targets;
    }

    private static long number(JsonObject object, String key) {
        return object.get(key).getAsNumber().value().longValue();
    }

    private static long select(String query) {
        HttpResponse<String> response = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().strip().split("\\R")[1].strip());
    }
}
