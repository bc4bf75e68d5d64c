package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue against the official DCAT-AP 3.0.1 SHACL shapes (SEMIC, vendored in {@code ../shared/vendor/dcat-ap}):
 * the base shapes and the class ranges with the catalogue alone, the controlled-vocabulary shapes with the EU
 * authority tables ({@code ../shared/vendor/eu-authority}) in the data graph.
 */
@ExtendWith(SharedServer.class)
class CatalogConformanceTest {
    private static final Path SHAPES = Path.of("../shared/vendor/dcat-ap/shacl-split");
    private static final Path TABLES = Path.of("../shared/vendor/eu-authority");
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private static TestServer server;
    private static Model catalog;

    @BeforeAll
    static void startServer(TestServer shared) {
        assertTrue(Files.isDirectory(SHAPES), "the DCAT-AP shapes are expected in " + SHAPES.toAbsolutePath());
        server = shared;
        catalog = CatalogFixture.fetch(server, "/catalog", "text/turtle");
    }

    @Test
    void catalogueConformsToTheDcatApBaseShapes() {
        ValidationReport report = validate(shapes("shapes.ttl"), catalog.getGraph());
        assertEquals(List.of(), violations(report), () -> describe(report));
    }

    @Test
    void catalogueConformsToTheDcatApClassRanges() {
        ValidationReport report = validate(shapes("range.ttl"), catalog.getGraph());
        assertEquals(List.of(), violations(report), () -> describe(report));
    }

    @Test
    void catalogueConformsToBothShapeFilesTogether() {
        ValidationReport report = validate(shapes("shapes.ttl", "range.ttl"), catalog.getGraph());
        assertEquals(List.of(), violations(report), () -> describe(report));
    }

    /**
     * The vocabulary shapes check that each coded value is {@code skos:inScheme} of its EU table, so the tables go
     * into the data graph. Two gaps are bridged here, and only here: the language table is too large to vendor, so
     * the one entry we use (ENG) is stated; and the shapes' checksum-algorithm pattern asks for
     * {@code https://spdx.org/rdf/terms}, while the SPDX namespace that DCAT-AP 3.0.1 itself names (and its
     * examples use) is {@code http://spdx.org/rdf/terms#}: that result is set aside, after checking it is that.
     */
    @Test
    void catalogueConformsToTheDcatApVocabularyShapesWithTheEuTables() {
        Graph data = GraphFactory.createDefaultGraph();
        catalog.getGraph().find().forEachRemaining(data::add);
        for (String table : List.of("countries-skos.rdf", "data-theme-skos.rdf", "filetypes-skos.rdf",
                "frequencies-skos.rdf", "ADMS_SKOS_v1.00.rdf")) {
            RDFParser.source(TABLES.resolve(table)).parse(data);
        }
        data.add(NodeFactory.createURI("http://publications.europa.eu/resource/authority/language/ENG"),
                SKOS.inScheme.asNode(), NodeFactory.createURI("http://publications.europa.eu/resource/authority/language"));
        ValidationReport report = validate(shapes("mdr-vocabularies.shape.ttl"), data);
        Node sha256 = NodeFactory.createURI(SPDX + "checksumAlgorithm_sha256");
        List<ReportEntry> spdxPattern = violations(report).stream()
                .filter(entry -> entry.resultPath() != null && entry.resultPath().toString().contains(SPDX + "algorithm")
                        && sha256.equals(entry.value()))
                .toList();
        List<ReportEntry> others = violations(report).stream().filter(entry -> !spdxPattern.contains(entry)).toList();
        assertEquals(List.of(), others, () -> describe(report));
        assertTrue(spdxPattern.size() <= org.ogplod.store.DumpFile.all().size(), () -> describe(report));
    }

    private static Shapes shapes(String... files) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : files) {
            RDFParser.source(SHAPES.resolve(file)).parse(graph);
        }
        return Shapes.parse(graph);
    }

    private static ValidationReport validate(Shapes shapes, Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    private static List<ReportEntry> violations(ValidationReport report) {
        return report.getEntries().stream().filter(entry -> entry.severity() == Severity.Violation).toList();
    }

    /** The report as Turtle, with the catalogue, for the failure message. */
    private static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        out.writeBytes("\n# the catalogue:\n".getBytes(StandardCharsets.UTF_8));
        RDFDataMgr.write(out, catalog, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
