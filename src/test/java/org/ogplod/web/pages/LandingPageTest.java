package org.ogplod.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.store.DumpFile;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;
import org.ogplod.web.about.DatasetJsonLd;
import org.ogplod.web.common.Settings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The landing page: counts and charts that agree with SPARQL over the release, JSON-LD for search engines. */
@ExtendWith(SharedServer.class)
class LandingPageTest {
    private static final String BASE = "http://localhost:8080/";
    private static final String PREFIXES = """
            PREFIX ogp: <http://localhost:8080/def/ogp#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            """;
    private static final String SCHEMA = "https://schema.org/";

    private static TestServer server;
    private static String page;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        HttpResponse<String> response = server.get("/");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        page = response.body();
    }

    // --- counts --------------------------------------------------------------------------------------------------

    @Test
    void countsEqualTheFactsOfTheBundledData() {
        assertEquals(106, listCount(page, "count-members"));
        assertEquals(72, dataValue(page, "count-national-members"));
        assertEquals(33, dataValue(page, "count-local-members"));
        assertEquals(663, listCount(page, "count-commitments"));
    }

    @Test
    void countsEqualIndependentSparqlCountsOverTheRelease() {
        assertEquals(count("SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a ogp:NationalMember }"),
                dataValue(page, "count-national-members"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a ogp:LocalMember }"),
                dataValue(page, "count-local-members"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a ogp:Member }"), listCount(page, "count-members"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ogp:ActionPlan }"),
                listCount(page, "count-action-plans"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a ogp:Commitment }"),
                listCount(page, "count-commitments"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?t) AS ?n) { ?c a ogp:Commitment ; ogp:policyArea ?t . "
                + "?t skos:inScheme <" + BASE + "def/theme> }"), listCount(page, "count-themes"));
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), listCount(page, "count-triples"));
    }

    @Test
    void pageNamesTheReleaseAndItsDate() {
        String id = server.release().id();
        assertTrue(page.contains("href=\"/doc/release/" + id + "\""), "the release links to its document");
        String date = server.release().info().created().toString().substring(0, 10);
        assertTrue(page.contains("<time datetime=\"" + date + "\">"), "the release date is given");
    }

    // --- charts --------------------------------------------------------------------------------------------------

    @Test
    void perValueChartHasOneBarPerValueWithTheSparqlCounts() {
        Map<String, Long> expected = new TreeMap<>();
        select("SELECT ?label (COUNT(DISTINCT ?c) AS ?n) { ?v skos:topConceptOf <" + BASE + "def/value> ; "
                + "skos:prefLabel ?label FILTER(lang(?label) = 'en') OPTIONAL { ?c ogp:ogpValue ?v } } GROUP BY ?label")
                .forEach(row -> expected.put(row.getLiteral("label").getString(), row.getLiteral("n").getLong()));
        assertEquals(4, expected.size());
        assertEquals(expected, new TreeMap<>(bars("per-value")));
        assertEquals(expected, new TreeMap<>(tableRows("per-value")));
    }

    @Test
    void perThemeChartHasOneBarPerTopConceptCountedThroughBroader() {
        Map<String, Long> expected = themeCountsByWalkingTheGraph();
        assertEquals(10, expected.size(), "the ten Open Gov Challenge areas");
        assertEquals(expected, new TreeMap<>(bars("per-theme")));
        assertEquals(expected, new TreeMap<>(tableRows("per-theme")));
    }

    @Test
    void perYearChartCountsEveryCommitmentOnceUnderItsStartYear() {
        Map<String, Long> expected = new TreeMap<>();
        select("SELECT ?c ?cycle ?start { ?c a ogp:Commitment OPTIONAL { ?c ogp:cycle ?cycle } "
                + "OPTIONAL { ?c ogp:actionPlan ?p . ?p schema:startDate ?start } }").forEach(row -> {
                    String year = row.contains("cycle") ? row.getLiteral("cycle").getLexicalForm()
                            : row.contains("start") ? row.getLiteral("start").getLexicalForm().substring(0, 4)
                            : "year not given";
                    expected.merge(year, 1L, Long::sum);
                });
        Map<String, Long> bars = bars("per-year");
        assertEquals(expected, new TreeMap<>(bars));
        assertEquals(663, bars.values().stream().mapToLong(Long::longValue).sum());
        List<String> years = new ArrayList<>(bars.keySet());
        assertEquals(years.stream().sorted().toList(), years, "the years run in order");
    }

    @Test
    void everyChartHasAnAccessibleTitleAndDescriptionAndItsNumbersInATable() throws Exception {
        for (String id : List.of("per-year", "per-theme", "per-value")) {
            Element svg = svg(id);
            assertEquals("img", svg.getAttribute("role"));
            assertEquals(id + "-title " + id + "-desc", svg.getAttribute("aria-labelledby"));
            assertFalse(svg.getElementsByTagName("title").item(0).getTextContent().isBlank());
            String description = svg.getElementsByTagName("desc").item(0).getTextContent();
            bars(id).forEach((label, count) -> assertTrue(description.contains(label + ": " + count), description));
        }
    }

    // --- JSON-LD -------------------------------------------------------------------------------------------------

    @Test
    void schemaOrgDatasetParsesAsJsonLdAndNamesTheDumps() {
        Graph graph = jsonLd(page);
        Node dataset = graph.find(Node.ANY, RDF.type.asNode(), schema("Dataset")).next().getSubject();
        assertEquals(NodeFactory.createURI(BASE), object(graph, dataset, "url"));
        assertEquals(NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/"),
                object(graph, dataset, "license"));
        assertEquals(DatasetJsonLd.NAME, object(graph, dataset, "name").getLiteralLexicalForm());
        assertTrue(graph.contains(dataset, schema("isAccessibleForFree"), Node.ANY));
        assertTrue(graph.contains(dataset, schema("includedInDataCatalog"), Node.ANY));
        assertTrue(object(graph, dataset, "temporalCoverage").getLiteralLexicalForm().matches("[0-9]{4}/[0-9]{4}"));
        Set<Node> downloads = new HashSet<>();
        graph.find(dataset, schema("distribution"), Node.ANY).forEachRemaining(triple -> downloads.add(
                object(graph, triple.getObject(), "contentUrl")));
        Set<Node> dumps = new HashSet<>();
        DumpFile.all().forEach(dump -> dumps.add(NodeFactory.createURI(BASE + "dumps/" + dump.fileName())));
        assertEquals(dumps, downloads);
    }

    @Test
    void pageRunsNoScriptAndUsesNoInlineStyle() {
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(page);
        while (scripts.find()) {
            assertEquals("<script type=\"application/ld+json\">", scripts.group());
        }
        assertFalse(page.contains(" style="), "the Content-Security-Policy forbids inline style");
        assertFalse(page.contains("<script src"), "no script is loaded");
    }

    @Test
    void pageLinksToEveryWayIntoTheData() {
        for (String path : List.of("/query", "/sparql", "/dumps/", "/catalog", "/.well-known/void", "/def/ogp",
                "/sitemap.xml")) {
            assertTrue(page.contains("href=\"" + path + "\""), "links to " + path);
        }
        assertTrue(page.contains("href=\"/def/theme/access-to-information\""), "themes link to their pages");
    }

    @Test
    void pageIsNotModifiedWhenTheEtagMatches() {
        String etag = server.get("/").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/", "If-None-Match", etag).statusCode());
    }

    @Test
    void countsAndLinksFollowAConfiguredBase() {
        String base = "https://data.example.org/ogp/";
        try (TestServer moved = TestServer.start(Settings.defaults().withPort(0).withBaseUri(base))) {
            String movedPage = moved.get("/").body();
            assertEquals(663, listCount(movedPage, "count-commitments"));
            assertEquals(listCount(page, "count-themes"), listCount(movedPage, "count-themes"));
            assertTrue(movedPage.contains("href=\"/def/theme/access-to-information\""));
            Graph graph = jsonLd(movedPage);
            assertTrue(graph.contains(Node.ANY, schema("contentUrl"),
                    NodeFactory.createURI(base + "dumps/" + DumpFile.NTRIPLES.fileName())));
        }
    }

    @Test
    void hostileTextCannotBreakOutOfTheJsonLdScript() {
        String hostile = "</script><script>alert(1)</script><!-- \"quoted\" & </SCRIPT >";
        String element = new DatasetJsonLd(BASE, "2026-01-01-1", LocalDate.of(2026, 1, 1), "2012/2024",
                List.of(hostile)).scriptElement();
        String lower = element.toLowerCase(Locale.ROOT);
        assertEquals(lower.indexOf("</script"), lower.lastIndexOf("</script"), "only the closing tag: " + element);
        assertTrue(element.endsWith("</script>"));
        assertFalse(element.contains("<!--"));
        String json = element.substring(element.indexOf('>') + 1, element.lastIndexOf("</script>"));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(json, Lang.JSONLD).parse(graph);
        assertTrue(graph.contains(Node.ANY, schema("keywords"), NodeFactory.createLiteralString(hostile)),
                "the value survives unchanged for a JSON-LD reader");
    }

    @Test
    void chartLabelsAreEscapedInTheSvgAndTheTable() throws Exception {
        String hostile = "<b onmouseover=\"x()\">A & B</b>";
        BarChart chart = new BarChart("test", "Title <i>", "Category", List.of(
                new BarChart.Bar(hostile, "javascript:alert(1)", 3), new BarChart.Bar("plain", null, 0)));
        Element svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(chart.svg().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals(hostile, svg.getElementsByTagName("text").item(0).getTextContent());
        assertEquals(2, svg.getElementsByTagName("rect").getLength());
        assertFalse(chart.table().contains("<b"), chart.table());
        assertFalse(chart.table().contains("javascript:"), "only http(s) and site paths become links");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The number in {@code <li id="..."><b><data value="N">}. */
    private static long listCount(String html, String id) {
        return number(html, "<li id=\"" + id + "\"><b><data value=\"([0-9]+)\">");
    }

    private static long dataValue(String html, String id) {
        return number(html, "<data id=\"" + id + "\" value=\"([0-9]+)\">");
    }

    private static long number(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertTrue(matcher.find(), "the page has " + regex);
        return Long.parseLong(matcher.group(1));
    }

    /** The chart's bars, label to number, in the order drawn. */
    private static Map<String, Long> bars(String id) {
        Map<String, Long> bars = new LinkedHashMap<>();
        NodeList groups = svg(id).getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            assertEquals(1, group.getElementsByTagName("rect").getLength());
            NodeList texts = group.getElementsByTagName("text");
            long value = Long.parseLong(texts.item(1).getTextContent());
            assertTrue(bars.put(texts.item(0).getTextContent(), value) == null, "one bar per category");
        }
        return bars;
    }

    private static Element svg(String id) {
        Matcher section = Pattern.compile("<section class=\"chart-block\" id=\"" + id + "\">.*?(<svg .*?</svg>)",
                Pattern.DOTALL).matcher(page);
        assertTrue(section.find(), "the page has the chart " + id);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    section.group(1).getBytes(StandardCharsets.UTF_8)));
            return svg.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("the SVG of " + id + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The rows of the table beside the chart, label to number (labels may be links). */
    private static Map<String, Long> tableRows(String id) {
        Matcher section = Pattern.compile("<section class=\"chart-block\" id=\"" + id + "\">(.*?)</section>",
                Pattern.DOTALL).matcher(page);
        assertTrue(section.find());
        Matcher row = Pattern.compile("<tr><th scope=\"row\">(?:<a href=\"[^\"]*\">)?([^<]*)(?:</a>)?</th><td>"
                + "([0-9]+)</td></tr>").matcher(section.group(1));
        Map<String, Long> rows = new LinkedHashMap<>();
        while (row.find()) {
            rows.put(row.group(1).replace("&amp;", "&"), Long.parseLong(row.group(2)));
        }
        return rows;
    }

    private static Graph jsonLd(String html) {
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(script.find(), "the page embeds JSON-LD");
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(script.group(1), Lang.JSONLD).parse(graph);
        return graph;
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    private static Node object(Graph graph, Node subject, String property) {
        List<Triple> triples = graph.find(subject, schema(property), Node.ANY).toList();
        assertEquals(1, triples.size(), "one " + property + " of " + subject);
        return triples.get(0).getObject();
    }

    /** Label to count per top concept of the theme scheme, by walking skos:broader in Java rather than in SPARQL. */
    private static Map<String, Long> themeCountsByWalkingTheGraph() {
        DatasetGraph dataset = server.release().dataset();
        return Txn.calculateRead(dataset, () -> {
            Graph data = dataset.getDefaultGraph();
            Node policyArea = NodeFactory.createURI(BASE + "def/ogp#policyArea");
            Map<String, Long> counts = new TreeMap<>();
            data.find(Node.ANY, SKOS.topConceptOf.asNode(), NodeFactory.createURI(BASE + "def/theme"))
                    .forEachRemaining(top -> {
                        Node concept = top.getSubject();
                        Set<Node> commitments = new HashSet<>();
                        data.find(Node.ANY, policyArea, Node.ANY).forEachRemaining(tag -> {
                            if (leadsTo(data, tag.getObject(), concept, new HashSet<>())) {
                                commitments.add(tag.getSubject());
                            }
                        });
                        String label = data.find(concept, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                                .map(Triple::getObject).filter(l -> l.getLiteralLanguage().equals("en"))
                                .findFirst().orElseThrow().getLiteralLexicalForm();
                        counts.put(label, (long) commitments.size());
                    });
            return counts;
        });
    }

    private static boolean leadsTo(Graph data, Node concept, Node top, Set<Node> seen) {
        if (concept.equals(top)) {
            return true;
        }
        if (!seen.add(concept)) {
            return false;
        }
        return data.find(concept, SKOS.broader.asNode(), Node.ANY).toList().stream()
                .anyMatch(broader -> leadsTo(data, broader.getObject(), top, seen));
    }

    private static long count(String select) {
        return select(select).get(0).getLiteral("n").getLong();
    }

    private static List<QuerySolution> select(String select) {
        DatasetGraph dataset = server.release().dataset();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(PREFIXES + select).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }
}
