package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled data in {@code data/} converts without errors, conforms to the shapes and keeps every record. */
class BundledDataTest {
    private static final Path DATA = Path.of("data");
    private static final String OGP = "http://localhost:8080/def/ogp#";
    private static Graph graph;
    private static Converter.Result result;

    @BeforeAll
    static void convertTheBundledData() {
        graph = GraphFactory.createDefaultGraph();
        result = Conversion.converter(false).convert(List.of(DATA), StreamRDFLib.graph(graph));
    }

    @Test
    void bundledDataConvertsWithoutErrors() {
        assertEquals(0, result.problems().errors(), result.problems().text());
        assertEquals(106 + 663, result.rowsRead());
        assertEquals(0, result.rowsRejected());
    }

    @Test
    void wholeOutputConformsToTheShapesInOneValidation() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<String> violations = report.getEntries().stream()
                .filter(entry -> Severity.Violation.equals(entry.severity()))
                .map(ReportEntry::toString).toList();
        assertEquals(List.of(), violations);
        long untitled = report.getEntries().stream().filter(entry -> Severity.Warning.equals(entry.severity())).count();
        assertEquals(6, untitled, "the six Georgia rows without a title warn, so the shapes were applied");
    }

    @Test
    void membersAndCommitmentsAreCountedAsTheReadmeSays() {
        assertEquals(106, instances("Member").size());
        assertEquals(72, instances("NationalMember").size());
        assertEquals(33, instances("LocalMember").size());
        assertEquals(663, instances("Commitment").size());
    }

    @Test
    void everyCommitmentRowIsACommitmentWithIdentifierSourceAndTitle() throws IOException {
        Rows commitments = Rows.readCsv(DATA.resolve("commitments.csv"));
        assertEquals(663, commitments.records().size());
        for (int i = 0; i < commitments.records().size(); i++) {
            String id = commitments.get(i, "id");
            Node commitment = iri("http://localhost:8080/id/commitment/" + id);
            assertTrue(instances("Commitment").contains(commitment), id + " is an ogp:Commitment");
            assertEquals(Set.of(literal(id)), objects(commitment, DCTerms.identifier.asNode()), id);
            Set<Node> sources = List.of(commitments.get(i, "source").split(";")).stream().map(String::strip)
                    .map(BundledDataTest::iri).collect(Collectors.toSet());
            assertEquals(sources, objects(commitment, DCTerms.source.asNode()), id);
            Set<Node> titles = new HashSet<>();
            addTitle(titles, commitments.get(i, "title"), "");
            addTitle(titles, commitments.get(i, "title_es"), "es");
            addTitle(titles, commitments.get(i, "title_fr"), "fr");
            assertEquals(titles, objects(commitment, DCTerms.title.asNode()), id);
        }
    }

    @Test
    void everyMemberRowIsAMemberWithLabelAndSources() throws IOException {
        Rows members = Rows.readCsv(DATA.resolve("members.csv"));
        assertEquals(106, members.records().size());
        for (int i = 0; i < members.records().size(); i++) {
            String slug = members.get(i, "slug");
            Node member = iri("http://localhost:8080/id/member/" + slug);
            assertTrue(instances("Member").contains(member), slug + " is an ogp:Member");
            switch (members.get(i, "type")) {
                case "national" -> assertTrue(instances("NationalMember").contains(member), slug + " is national");
                case "local" -> assertTrue(instances("LocalMember").contains(member), slug + " is local");
                default -> assertFalse(instances("NationalMember").contains(member)
                        || instances("LocalMember").contains(member), slug + " is neither national nor local");
            }
            assertEquals(Set.of(literal(members.get(i, "name"))), objects(member, RDFS.label.asNode()), slug);
            Set<Node> sources = List.of(members.get(i, "source").split(";")).stream().map(String::strip)
                    .map(BundledDataTest::iri).collect(Collectors.toSet());
            assertEquals(sources, objects(member, DCTerms.source.asNode()), slug);
        }
    }

    @Test
    void everyIso3IsAConceptOfTheEuCountryTable() throws IOException {
        Graph countries = RDFDataMgr.loadGraph("../shared/vendor/eu-authority/countries-skos.rdf");
        Node scheme = iri("http://publications.europa.eu/resource/authority/country");
        Rows members = Rows.readCsv(DATA.resolve("members.csv"));
        int checked = 0;
        for (int i = 0; i < members.records().size(); i++) {
            String iso3 = members.get(i, "iso3");
            if (!iso3.isEmpty()) {
                Node concept = iri("http://publications.europa.eu/resource/authority/country/" + iso3);
                assertTrue(countries.contains(concept, SKOS.inScheme.asNode(), scheme), iso3 + " is a country concept");
                Node code = iri("http://purl.org/dc/elements/1.1/identifier");
                assertTrue(countries.contains(concept, code, literal(iso3)),
                        iso3 + " is the concept's code");
                checked++;
            }
        }
        assertEquals(72, checked, "every national member has an ISO alpha-3 code");
    }

    @Test
    void everyWikidataItemIsTheVendorTablesItemForThatCountry() throws IOException {
        Rows vendor = Rows.readCsv(Path.of("../shared/vendor/countries/country-codes.csv"));
        Map<String, List<String>> byIso3 = new HashMap<>();
        for (List<String> row : vendor.records()) {
            byIso3.put(row.get(vendor.column("ISO3166-1-Alpha-3")), row);
        }
        assertEquals("NA", byIso3.get("NAM").get(vendor.column("ISO3166-1-Alpha-2")), "Namibia's code is text");
        Rows members = Rows.readCsv(DATA.resolve("members.csv"));
        int checked = 0;
        for (int i = 0; i < members.records().size(); i++) {
            String qid = members.get(i, "wikidata");
            if (qid.isEmpty()) {
                continue;
            }
            List<String> country = byIso3.get(members.get(i, "iso3"));
            assertTrue(country != null, members.get(i, "slug") + ": " + members.get(i, "iso3") + " is in the table");
            assertEquals(country.get(vendor.column("ISO3166-1-Alpha-2")), members.get(i, "iso2"),
                    members.get(i, "slug"));
            assertEquals("https://www.wikidata.org/wiki/" + qid, country.get(vendor.column("wikidata_id")),
                    members.get(i, "slug"));
            checked++;
        }
        assertEquals(72, checked, "every national member has a Wikidata item (local members and Kosovo have none)");
    }

    private static Set<Node> instances(String type) {
        return graph.find(Node.ANY, RDF.type.asNode(), iri(OGP + type)).mapWith(Triple::getSubject).toSet();
    }

    private static Set<Node> objects(Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    /** Adds the title a cell gives, plain when {@code language} is empty, else with that language tag. */
    private static void addTitle(Set<Node> titles, String title, String language) {
        if (!title.isBlank()) {
            titles.add(language.isEmpty() ? literal(title) : NodeFactory.createLiteralLang(title, language));
        }
    }
}
