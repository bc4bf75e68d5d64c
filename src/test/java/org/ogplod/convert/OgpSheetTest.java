package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OGP's own commitment sheet, read from the real copy in {@code ../shared/vendor/ogp-sheet/}: every row converts,
 * and the counts per policy area and per IRM rating equal counts taken from the sheet's cells here, with
 * commons-csv and the scheme files, not from the converter's code.
 */
class OgpSheetTest {
    static final Path SHEET = Path.of("../shared/vendor/ogp-sheet/commitments-sheet-g0v-2024-07.csv");
    private static final String BASE = "http://localhost:8080/";
    private static final Set<String> NO_VALUE = Set.of("", "ND", "NR", "NA");

    private static Rows sheet;
    private static Graph graph;
    private static Converter.Result result;

    @BeforeAll
    static void convertTheSheet() throws IOException {
        sheet = Rows.readCsv(SHEET);
        graph = GraphFactory.createDefaultGraph();
        result = Conversion.converter(false).convert(List.of(SHEET), StreamRDFLib.graph(graph));
    }

    @Test
    void everyRowConvertsWithoutErrorsAndNoMembersFile() {
        assertEquals(0, result.problems().errors(), result.problems().text());
        assertEquals(sheet.records().size(), result.rowsRead());
        assertEquals(558, result.rowsConverted());
        assertEquals(558, subjects(RDF.type.asNode(), iri("def/ogp#Commitment")).size());
    }

    @Test
    void everyCommitmentHasAThemeAndItsUrlAsSource() {
        for (int i = 0; i < sheet.records().size(); i++) {
            Node commitment = commitment(sheet.get(i, "Commitment Unique Identifier"));
            assertFalse(objects(commitment, term("policyArea")).isEmpty(), commitment + " has a theme");
            assertEquals(Set.of(NodeFactory.createURI(sheet.get(i, "URL"))), objects(commitment, DCTerms.source.asNode()),
                    commitment + " names its page");
        }
    }

    @Test
    void countsPerThemeEqualTheSheetsOneColumns() {
        Graph themes = RDFDataMgr.loadGraph("ontology/schemes/theme.ttl");
        Map<Node, Set<String>> expected = new HashMap<>();
        for (String header : sheet.header()) {
            Node theme = conceptByLabel(themes, header);
            if (theme == null) {
                continue;
            }
            for (int i = 0; i < sheet.records().size(); i++) {
                if (sheet.get(i, header).strip().equals("1")) {
                    expected.computeIfAbsent(theme, key -> new java.util.TreeSet<>())
                            .add(sheet.get(i, "Commitment Unique Identifier").toUpperCase(Locale.ROOT));
                }
            }
        }
        assertTrue(expected.size() > 60, "most of the ~86 policy-area columns are used: " + expected.size());
        Map<Node, Integer> actual = countObjects(term("policyArea"));
        assertEquals(counts(expected), actual);
    }

    @Test
    void countsPerIrmRatingEqualTheSheetsLabelCells() {
        Map<String, String> columns = Map.ofEntries(Map.entry("Specificity", "specificity"),
                Map.entry("Potential Impact", "potentialImpact"), Map.entry("Potential for Results", "potentialForResults"),
                Map.entry("Completion (Progress Report)", "completion"), Map.entry("Completion (End Of Term)", "completion"),
                Map.entry("Early Results", "earlyResults"), Map.entry("Did It Open Government (Overall)",
                        "didItOpenGovernment"), Map.entry("Did It Open Government (Access To Information)",
                        "didItOpenGovernmentAccessToInformation"));
        Graph irm = RDFDataMgr.loadGraph("ontology/schemes/irm.ttl");
        Map<String, Integer> expected = new TreeMap<>();
        columns.forEach((header, property) -> {
            for (int i = 0; i < sheet.records().size(); i++) {
                String label = sheet.get(i, header).strip();
                if (!NO_VALUE.contains(label)) {
                    Node scheme = iri("def/" + scheme(property));
                    Node level = conceptByLabel(irm, label, scheme);
                    expected.merge(property + " " + (level == null ? "unknown '" + label + "'" : level.getURI()), 1,
                            Integer::sum);
                }
            }
        });
        Map<String, Integer> actual = new TreeMap<>();
        for (String property : Set.copyOf(columns.values())) {
            countObjects(term(property)).forEach((level, count) -> actual.put(property + " " + level.getURI(), count));
        }
        assertEquals(expected, actual);
    }

    @Test
    void verifiabilityAndRelevanceFollowTheirColumns() {
        long yes = sheet.records().stream().filter(row -> row.get(sheet.column("Verifiable")).equals("Yes")).count();
        long relevant = sheet.records().stream().filter(row -> row.get(sheet.column("_Relevant")).equals("1")).count();
        assertEquals(yes, (long) countObjects(term("verifiability")).get(iri("def/verifiability/yes")));
        assertEquals(relevant, (long) countObjects(term("relevance")).get(iri("def/relevance/yes")));
    }

    @Test
    void membersComeFromTheSheetWithSlugsFromTheirUrlsAndAnOgpCode() {
        Set<String> names = sheet.records().stream().map(row -> row.get(sheet.column("Country/Locality")))
                .collect(Collectors.toSet());
        Set<Node> members = subjects(RDF.type.asNode(), term("Member"));
        assertEquals(names.size(), members.size());
        Node madrid = iri("id/member/madrid-spain");
        assertTrue(members.contains(madrid), "legacy local ids such as MAD0005 keep their member");
        assertTrue(graph.contains(madrid, RDF.type.asNode(), term("LocalMember")));
        assertTrue(graph.contains(madrid, term("ogpCode"), NodeFactory.createLiteralString("ESMD")));
        Node kosovo = iri("id/member/kosovo");
        assertFalse(graph.contains(kosovo, RDF.type.asNode(), term("NationalMember")), "Kosovo is 'Other'");
        assertTrue(graph.contains(commitment("XK0011"), term("member"), kosovo));
        assertTrue(graph.contains(commitment("PNG0001"), term("member"), iri("id/member/papua-new-guinea")));
    }

    @Test
    void progressAndEndOfTermReportsAreSeparateAssessments() {
        Node commitment = commitment("AL0063");
        Set<Node> assessments = objects(commitment, term("assessment"));
        assertEquals(Set.of(iri("id/assessment/AL0063/progress-report-2018-2020"),
                iri("id/assessment/AL0063/end-of-term-report-2018-2020")), assessments);
        assertTrue(graph.contains(iri("id/assessment/AL0063/end-of-term-report-2018-2020"), term("methodology"),
                iri("def/irm-methodology/original")));
        assertTrue(graph.contains(commitment, SchemaDO.startDate.asNode(),
                NodeFactory.createLiteralDT("2018-01-01", XSDDatatype.XSDdate)), "1/1/2018 is a date");
    }

    @Test
    void twinDisagreementsAndUnmappedColumnsAreWarningsWithTheirPlace() {
        Problem twin = Conversion.problem(result.problems(), "_DIOGPA", "Did It Open Government: Public Accountability");
        assertFalse(twin.isError());
        assertTrue(twin.location().startsWith(SHEET + ":"), twin.toString());
        long unmapped = result.problems().list().stream().filter(p -> p.rule().contains("are not mapped")).count();
        assertEquals(1, unmapped, "unmapped columns are reported once, not per row");
        Conversion.problem(result.problems(), "'Max star'", "'IRM-Based Score'", "'CHECKSUM'");
    }

    @Test
    void theXlsxFormOfTheSameRowsGivesAnIsomorphicGraph(@TempDir Path temp) throws IOException {
        Path xlsx = sheet.writeXlsx(temp.resolve("sheet.xlsx"));
        Graph fromXlsx = Conversion.graph(xlsx);
        Conversion.assertIsomorphic(Conversion.withoutRelease(graph), Conversion.withoutRelease(fromXlsx),
                "the sheet as XLSX");
    }

    @Test
    void aMembersFileWinsAndIsMatchedBySlugOrCodeNeverByName(@TempDir Path temp) throws IOException {
        Path members = temp.resolve("members.csv");
        Files.writeString(members, "slug,name,type,iso3,code,source\r\n"
                + "albania,Republic of Albania,national,ALB,ALB,https://example.org/albania\r\n"
                + "north-macedonia-x,North Macedonia,national,MKD,MKD,https://example.org/mk\r\n"
                + "ukraine-by-name,Ukraine,national,,,https://example.org/ua\r\n");
        Graph both = Conversion.graph(members, SHEET);
        Node albania = iri("id/member/albania");
        assertEquals(Set.of(NodeFactory.createLiteralString("Republic of Albania")),
                objectsIn(both, albania, RDFS.label.asNode()), "the members file's facts win");
        Node macedonian = both.find(Node.ANY, DCTerms.identifier.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().getLiteralLexicalForm().matches("MK[0-9]{4}"))
                .mapWith(Triple::getSubject).next();
        assertTrue(both.contains(macedonian, term("member"), iri("id/member/north-macedonia-x")), "matched by code");
        assertTrue(both.contains(iri("id/member/ukraine"), RDF.type.asNode(), term("Member")),
                "a name alone does not match: Ukraine is derived from the sheet");
    }

    private static String scheme(String property) {
        return switch (property) {
            case "potentialImpact" -> "potential-impact";
            case "potentialForResults" -> "potential-for-results";
            case "earlyResults" -> "early-results";
            case "didItOpenGovernment", "didItOpenGovernmentAccessToInformation" -> "did-it-open-government";
            default -> property;
        };
    }

    private static Node conceptByLabel(Graph scheme, String label) {
        return conceptByLabel(scheme, label, iri("def/theme"));
    }

    private static Node conceptByLabel(Graph graph, String label, Node scheme) {
        for (Node property : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            for (Triple triple : graph.find(Node.ANY, property, Node.ANY).toList()) {
                if (triple.getObject().getLiteralLexicalForm().equalsIgnoreCase(label.strip())
                        && graph.contains(triple.getSubject(), SKOS.inScheme.asNode(), scheme)) {
                    return triple.getSubject();
                }
            }
        }
        return null;
    }

    private static Map<Node, Integer> counts(Map<Node, Set<String>> ids) {
        Map<Node, Integer> counts = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        ids.forEach((node, set) -> counts.put(node, set.size()));
        return counts;
    }

    private static Map<Node, Integer> countObjects(Node property) {
        Map<Node, Integer> counts = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        graph.find(Node.ANY, property, Node.ANY).forEach(t -> counts.merge(t.getObject(), 1, Integer::sum));
        return counts;
    }

    private static Set<Node> subjects(Node property, Node object) {
        return graph.find(Node.ANY, property, object).mapWith(Triple::getSubject).toSet();
    }

    private static Set<Node> objects(Node subject, Node property) {
        return objectsIn(graph, subject, property);
    }

    private static Set<Node> objectsIn(Graph in, Node subject, Node property) {
        return in.find(subject, property, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static Node commitment(String id) {
        return iri("id/commitment/" + id);
    }

    private static Node term(String name) {
        return iri("def/ogp#" + name);
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(path.startsWith("http") ? path : BASE + path);
    }
}
