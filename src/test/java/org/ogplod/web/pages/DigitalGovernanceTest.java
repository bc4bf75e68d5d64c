package org.ogplod.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;
import org.ogplod.web.ld.ConceptCommitments;

/**
 * The digital-governance lens: the landing page's section, whose numbers are checked against counts made here by
 * walking the graph in Java (not by SPARQL), and the commitments listed on each policy area's page.
 */
@ExtendWith(SharedServer.class)
class DigitalGovernanceTest {
    private static final String BASE = "http://localhost:8080/";
    private static final String THEME = BASE + "def/theme/";
    private static final Node DIGITAL = uri(THEME + "digital-governance");
    private static final Node OPEN_DATA = uri(THEME + "open-data");

    private static TestServer server;
    private static String section;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        HttpResponse<String> response = server.get("/");
        assertEquals(200, response.statusCode(), response.body());
        Matcher matcher = Pattern.compile("<section id=\"digital-governance\">.*?</section>\n</section>",
                Pattern.DOTALL).matcher(response.body());
        assertTrue(matcher.find(), "the landing page has the digital-governance section");
        section = matcher.group();
    }

    @Test
    void sectionHasThreeChartsAndTheResultsTable() {
        assertTrue(section.contains("<h2>Digital governance</h2>"));
        for (String id : List.of("digital-per-topic", "digital-per-member", "digital-per-year")) {
            assertTrue(section.contains("<section class=\"chart-block\" id=\"" + id + "\">"), id);
        }
        assertTrue(section.contains("id=\"digital-irm-results\""));
    }

    @Test
    void perTopicCountsEqualAWalkOfBroaderInJava() {
        Map<String, Long> expected = read(data -> {
            Set<Node> topics = new HashSet<>(List.of(OPEN_DATA, uri(THEME + "e-government")));
            data.find(Node.ANY, SKOS.broader.asNode(), DIGITAL).forEachRemaining(t -> topics.add(t.getSubject()));
            Map<String, Long> counts = new HashMap<>();
            for (Node topic : topics) {
                counts.put(englishLabel(data, topic), commitments(data).stream()
                        .filter(commitment -> taggedUnder(data, commitment, Set.of(topic))).count());
            }
            return counts;
        });
        assertEquals(expected, rows("digital-per-topic"));
        assertTrue(expected.values().stream().anyMatch(count -> count > 0), "the bundled data has digital commitments");
    }

    @Test
    void perMemberShowsTheTopTenWithTheirCounts() {
        Map<String, Long> all = read(data -> {
            Map<String, Long> counts = new HashMap<>();
            for (Node commitment : digitalCommitments(data)) {
                data.find(commitment, ogp("member"), Node.ANY).forEachRemaining(t -> counts.merge(
                        literal(data, t.getObject(), RDFS.label.asNode()), 1L, Long::sum));
            }
            return counts;
        });
        Map<String, Long> shown = rows("digital-per-member");
        assertEquals(Math.min(10, all.size()), shown.size());
        shown.forEach((member, count) -> assertEquals(all.get(member), count, member));
        long smallestShown = shown.values().stream().mapToLong(Long::longValue).min().orElse(0);
        all.forEach((member, count) -> assertTrue(shown.containsKey(member) || count <= smallestShown, member));
    }

    @Test
    void perYearCountsEachDigitalCommitmentOnceUnderItsStartYear() {
        Map<String, Long> expected = read(data -> {
            Map<String, Long> counts = new HashMap<>();
            for (Node commitment : digitalCommitments(data)) {
                String year = literal(data, commitment, ogp("cycle"));
                if (year == null) {
                    Node plan = object(data, commitment, ogp("actionPlan"));
                    year = plan == null ? null : literal(data, plan, uri("https://schema.org/startDate"));
                }
                counts.merge(year == null ? "year not given" : year.substring(0, 4), 1L, Long::sum);
            }
            return counts;
        });
        assertEquals(expected, rows("digital-per-year"));
    }

    @Test
    void irmResultsCountDigitalCommitmentsPerIndicatorLevel() {
        Map<String, Long> expected = read(data -> {
            Map<String, Set<Node>> levels = new HashMap<>();
            for (Node commitment : digitalCommitments(data)) {
                for (Triple assessment : data.find(commitment, ogp("assessment"), Node.ANY).toList()) {
                    for (String indicator : List.of("completion", "didItOpenGovernment", "earlyResults")) {
                        data.find(assessment.getObject(), ogp(indicator), Node.ANY).forEachRemaining(level ->
                                levels.computeIfAbsent(englishLabel(data, ogp(indicator)) + " / "
                                        + englishLabel(data, level.getObject()), k -> new HashSet<>()).add(commitment));
                    }
                }
            }
            Map<String, Long> counts = new HashMap<>();
            levels.forEach((level, commitments) -> counts.put(level, (long) commitments.size()));
            return counts;
        });
        Matcher row = Pattern.compile("<tr><td>([^<]*)</td><th scope=\"row\">(?:<a href=\"[^\"]*\">)?([^<]*)(?:</a>)?"
                + "</th><td>([0-9]+)</td></tr>").matcher(block("digital-irm-results"));
        Map<String, Long> shown = new HashMap<>();
        while (row.find()) {
            shown.put(unescape(row.group(1)) + " / " + unescape(row.group(2)), Long.parseLong(row.group(3)));
        }
        assertEquals(expected, shown);
    }

    @Test
    void everyQueryShownParsesAndItsEditorLinkOpensTheSameText() {
        Matcher query = Pattern.compile("<pre>(.*?)</pre>\n<p><a href=\"/query\\?query=([^\"]*)\">", Pattern.DOTALL)
                .matcher(section);
        int queries = 0;
        while (query.find()) {
            String text = unescape(query.group(1));
            QueryFactory.create(text);
            assertEquals(text, URLDecoder.decode(unescape(query.group(2)), StandardCharsets.UTF_8));
            queries++;
        }
        assertEquals(4, queries, "one query per chart and one for the results table");
    }

    @Test
    void themePageListsItsCommitmentsWithTheirCount() {
        HttpResponse<String> response = server.get("/def/theme/open-data", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        // A commitment with a Spanish or French title has a label in that language too: any of them may be listed.
        List<List<String>> titles = read(data -> data.find(Node.ANY, ogp("policyArea"), OPEN_DATA)
                .mapWith(Triple::getSubject).filterKeep(s -> data.contains(s, RDF.type.asNode(), ogp("Commitment")))
                .mapWith(s -> data.find(s, RDFS.label.asNode(), Node.ANY)
                        .mapWith(label -> label.getObject().getLiteralLexicalForm()).toList()).toList());
        assertTrue(page.contains("<h2>Commitments on this policy area</h2>"));
        assertEquals(titles.size(), number(page, "commitments-total"));
        assertEquals(Math.min(50, titles.size()), number(page, "commitments-shown"));
        Matcher items = Pattern.compile("<li><a href=\"/id/commitment/[^\"]+\">([^<]*)</a> · <a href=\"/id/member/")
                .matcher(page);
        List<String> listed = new ArrayList<>();
        while (items.find()) {
            listed.add(unescape(items.group(1)));
        }
        assertEquals(Math.min(50, titles.size()), listed.size());
        assertTrue(titles.stream().flatMap(List::stream).toList().containsAll(listed), listed.toString());
    }

    @Test
    void aLongListIsCappedAtFiftyAndSaysHowManyThereAre() {
        Graph data = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 60; i++) {
            Node commitment = uri(BASE + "id/commitment/XX" + (1000 + i));
            data.add(commitment, RDF.type.asNode(), ogp("Commitment"));
            data.add(commitment, ogp("policyArea"), OPEN_DATA);
        }
        String list = new ConceptCommitments(BASE).html(data, OPEN_DATA);
        assertEquals(60, number(list, "commitments-total"));
        assertEquals(50, number(list, "commitments-shown"));
        assertEquals(50, list.split("<li>", -1).length - 1);
        Matcher all = Pattern.compile("<a href=\"/query\\?query=([^\"]*)\">all of them").matcher(list);
        assertTrue(all.find(), list);
        String query = URLDecoder.decode(unescape(all.group(1)), StandardCharsets.UTF_8);
        assertTrue(query.contains("<" + OPEN_DATA.getURI() + ">"), "the concept is bound in the query: " + query);
        assertFalse(QueryFactory.create(query).hasLimit(), query);
    }

    @Test
    void hostileTitlesAndLabelsAreEscaped() {
        String hostile = "<script>alert('x')</script> & \"more\"";
        Graph data = GraphFactory.createDefaultGraph();
        Node commitment = uri(BASE + "id/commitment/XX0001");
        Node member = uri(BASE + "id/member/xx");
        data.add(commitment, RDF.type.asNode(), ogp("Commitment"));
        data.add(commitment, ogp("policyArea"), OPEN_DATA);
        data.add(commitment, ogp("member"), member);
        data.add(commitment, RDFS.label.asNode(), NodeFactory.createLiteralString(hostile));
        data.add(member, RDFS.label.asNode(), NodeFactory.createLiteralString(hostile));
        String list = new ConceptCommitments(BASE).html(data, OPEN_DATA);
        BarChart chart = new BarChart("x", hostile, hostile, List.of(new BarChart.Bar(hostile, "javascript:x", 1)));
        String lens = DigitalSection.html(new DigitalFigures(chart, chart, chart,
                List.of(new DigitalFigures.Result(hostile, hostile, "javascript:x", 1)),
                List.of(QueryFactory.create("SELECT * { ?s ?p \"</pre><script>\" }")).stream()
                        .flatMap(q -> java.util.stream.Stream.of(q, q, q, q)).toList()));
        for (String html : List.of(list, lens)) {
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("javascript:"), html);
            assertTrue(html.contains("&lt;script&gt;"), html);
        }
    }

    // --- counting in Java ----------------------------------------------------------------------------------------

    private static <T> T read(Function<Graph, T> work) {
        DatasetGraph dataset = server.release().dataset();
        return Txn.calculateRead(dataset, () -> work.apply(dataset.getDefaultGraph()));
    }

    private static List<Node> commitments(Graph data) {
        return data.find(Node.ANY, RDF.type.asNode(), ogp("Commitment")).mapWith(Triple::getSubject).toList();
    }

    private static List<Node> digitalCommitments(Graph data) {
        return commitments(data).stream().filter(c -> taggedUnder(data, c, Set.of(DIGITAL, OPEN_DATA))).toList();
    }

    /** True when one of the commitment's policy areas is one of {@code tops} or reaches one by skos:broader. */
    private static boolean taggedUnder(Graph data, Node commitment, Set<Node> tops) {
        return data.find(commitment, ogp("policyArea"), Node.ANY).toList().stream()
                .anyMatch(t -> reaches(data, t.getObject(), tops, new HashSet<>()));
    }

    private static boolean reaches(Graph data, Node concept, Set<Node> tops, Set<Node> seen) {
        if (tops.contains(concept)) {
            return true;
        }
        if (!seen.add(concept)) {
            return false;
        }
        return data.find(concept, SKOS.broader.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> reaches(data, t.getObject(), tops, seen));
    }

    private static String englishLabel(Graph data, Node node) {
        for (Triple triple : data.find(node, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            if (triple.getObject().getLiteralLanguage().equals("en")) {
                return triple.getObject().getLiteralLexicalForm();
            }
        }
        return literal(data, node, RDFS.label.asNode());
    }

    private static String literal(Graph data, Node subject, Node property) {
        Node value = object(data, subject, property);
        return value == null ? null : value.getLiteralLexicalForm();
    }

    private static Node object(Graph data, Node subject, Node property) {
        List<Triple> triples = data.find(subject, property, Node.ANY).toList();
        return triples.isEmpty() ? null : triples.get(0).getObject();
    }

    // --- reading the page ----------------------------------------------------------------------------------------

    private static String block(String id) {
        Matcher block = Pattern.compile("<section class=\"[a-z-]+\" id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL)
                .matcher(section);
        assertTrue(block.find(), "the section has " + id);
        return block.group(1);
    }

    /** The rows of a chart's table, label to number. */
    private static Map<String, Long> rows(String id) {
        Matcher row = Pattern.compile("<tr><th scope=\"row\">(?:<a href=\"[^\"]*\">)?([^<]*)(?:</a>)?</th><td>"
                + "([0-9]+)</td></tr>").matcher(block(id));
        Map<String, Long> rows = new LinkedHashMap<>();
        while (row.find()) {
            rows.put(unescape(row.group(1)), Long.parseLong(row.group(2)));
        }
        return rows;
    }

    private static long number(String html, String id) {
        Matcher matcher = Pattern.compile("<data id=\"" + id + "\" value=\"([0-9]+)\">").matcher(html);
        assertTrue(matcher.find(), "the page has " + id);
        return Long.parseLong(matcher.group(1));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static Node ogp(String local) {
        return uri(BASE + "def/ogp#" + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
