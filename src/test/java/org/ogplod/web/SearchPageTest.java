package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Full-text search: /search as HTML and JSON, and text:query from SPARQL, over the bundled data. */
@ExtendWith(SharedServer.class)
class SearchPageTest {
    private static TestServer server;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
    }

    @Test
    void searchFindsTheCommitmentsWhoseTitlesHoldTheWordsRankedAndMarked() {
        HttpResponse<String> page = server.get("/search?q=" + URLEncoder.encode("beneficial ownership",
                StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/id/commitment/NG0039\""), page.body());
        assertTrue(page.body().contains("<mark>Beneficial</mark> <mark>Ownership</mark>"), page.body());
        assertTrue(page.headers().firstValue("Vary").orElse("").contains("Accept"));
    }

    @Test
    void jsonResultsAreRankedByScoreWithOneHitPerResource() {
        HttpResponse<String> json = server.get("/search?format=json&q=open+contracting");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<Double> scores = new ArrayList<>();
        java.util.regex.Matcher score = java.util.regex.Pattern.compile("\"score\":([0-9.Ee-]+)").matcher(json.body());
        while (score.find()) {
            scores.add(Double.parseDouble(score.group(1)));
        }
        assertTrue(scores.size() >= 3, json.body());
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "not ranked: " + scores);
        }
        long uk0053 = json.body().split("/id/commitment/UK0053\"", -1).length - 1;
        assertEquals(1, uk0053, "one hit per resource, though its title and label both match");
    }

    @Test
    void labelsInEveryLanguageAreSearched() {
        HttpResponse<String> page = server.get("/search?format=json&q=datos");
        assertTrue(page.body().contains("/def/theme/open-data"), page.body());
    }

    @Test
    void aMalformedSearchExpressionIs400WithTheReason() {
        HttpResponse<String> page = server.get("/search?q=" + URLEncoder.encode("open AND (", StandardCharsets.UTF_8));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("cannot be read"), page.body());
        assertFalse(page.body().contains("at org."), page.body());
    }

    @Test
    void aHostileQueryIsEscapedInThePage() {
        HttpResponse<String> page = server.get("/search?q=" + URLEncoder.encode("\"<script>x</script>\"",
                StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>x"), page.body());
    }

    @Test
    void everyPageHasTheSearchBox() {
        for (String path : List.of("/", "/doc/commitment/UK0107", "/query", "/dumps/")) {
            assertTrue(server.get(path).body().contains("action=\"/search\""), path);
        }
    }

    @Test
    void textQueryWorksInSparqlOverTheSameIndex() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?resource WHERE { (?resource ?score) text:query "procurement" }""";
        List<String> found = new ArrayList<>();
        Txn.executeRead(server.release().dataset(), () -> {
            var dataset = org.apache.jena.query.DatasetFactory.wrap(server.release().dataset());
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = execution.execSelect();
                results.forEachRemaining(row -> found.add(row.getResource("resource").getURI()));
            }
        });
        assertTrue(found.contains("http://localhost:8080/id/commitment/UK0107"), found.toString());
        HttpResponse<String> endpoint = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertTrue(endpoint.body().contains("http://localhost:8080/id/commitment/UK0107"), endpoint.body());
    }
}
