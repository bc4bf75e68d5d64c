package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic data is reproducible, converts cleanly, and can never pass for OGP data. */
class SyntheticDataTest {
    private static final String OGP = "http://localhost:8080/def/ogp#";
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        new SyntheticData(42).write(temp.resolve("a"), 12, 3_000);
        new SyntheticData(42).write(temp.resolve("b"), 12, 3_000);
        new SyntheticData(43).write(temp.resolve("c"), 12, 3_000);
        for (String file : List.of("members.csv", "commitments.csv")) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(file)),
                    Files.readAllBytes(temp.resolve("b").resolve(file)), file);
        }
        assertFalse(Arrays.equals(Files.readAllBytes(temp.resolve("a").resolve("commitments.csv")),
                Files.readAllBytes(temp.resolve("c").resolve("commitments.csv"))), "another seed gives other data");
    }

    @Test
    void everySyntheticRecordConvertsAndIsMarkedSynthetic() throws IOException {
        int members = SyntheticData.membersFor(5_000);
        new SyntheticData(7).write(temp, members, 5_000);
        Graph graph = GraphFactory.createDefaultGraph();
        Converter.Result result = Conversion.converter(false).convert(List.of(temp), StreamRDFLib.graph(graph));
        assertEquals(0, result.problems().errors(), result.problems().text());
        assertEquals(members + 5_000, result.rowsConverted());

        Set<Node> commitments = instances(graph, "Commitment");
        assertEquals(5_000, commitments.size());
        for (Node commitment : commitments) {
            assertTrue(graph.contains(commitment, NodeFactory.createURI(OGP + "synthetic"), TRUE), commitment + "");
            String title = only(graph, commitment, DCTerms.title.asNode()).getLiteralLexicalForm();
            assertTrue(title.startsWith("[synthetic]"), commitment + " has the title " + title);
            assertTrue(only(graph, commitment, DCTerms.source.asNode()).getURI().startsWith("urn:"),
                    commitment + " cites no real page");
        }
        Set<Node> memberNodes = instances(graph, "Member");
        assertEquals(members, memberNodes.size());
        for (Node member : memberNodes) {
            assertTrue(graph.contains(member, NodeFactory.createURI(OGP + "synthetic"), TRUE), member + "");
            assertTrue(only(graph, member, RDFS.label.asNode()).getLiteralLexicalForm().startsWith("[synthetic]"));
        }
    }

    @Test
    void theSheetLayoutHoldsTheSameCommitmentsMarkedSyntheticWithTheSameThemes() throws IOException {
        new SyntheticData(11).write(temp.resolve("canonical"), 10, 2_000);
        new SyntheticData(11).writeSheet(temp.resolve("sheet"), 10, 2_000);
        Graph canonical = Conversion.graph(temp.resolve("canonical"));
        Graph sheet = GraphFactory.createDefaultGraph();
        Converter.Result result = Conversion.converter(false).convert(List.of(temp.resolve("sheet")),
                StreamRDFLib.graph(sheet));
        assertEquals(0, result.problems().total(), result.problems().text());
        assertEquals(instances(canonical, "Commitment"), instances(sheet, "Commitment"));
        Node policyArea = NodeFactory.createURI(OGP + "policyArea");
        for (Node commitment : instances(sheet, "Commitment")) {
            assertTrue(sheet.contains(commitment, NodeFactory.createURI(OGP + "synthetic"), TRUE), commitment + "");
            assertEquals(canonical.find(commitment, policyArea, Node.ANY).mapWith(Triple::getObject).toSet(),
                    sheet.find(commitment, policyArea, Node.ANY).mapWith(Triple::getObject).toSet(), commitment + "");
        }
        for (Node member : instances(sheet, "Member")) {
            assertTrue(sheet.contains(member, NodeFactory.createURI(OGP + "synthetic"), TRUE), member + "");
        }
    }

    private static Set<Node> instances(Graph graph, String type) {
        return graph.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(OGP + type)).mapWith(Triple::getSubject)
                .toSet();
    }

    private static Node only(Graph graph, Node subject, Node predicate) {
        List<Node> objects = graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, objects.size(), subject + " " + predicate);
        return objects.get(0);
    }
}
