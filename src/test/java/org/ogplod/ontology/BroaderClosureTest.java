package org.ogplod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/** The closure of skos:broader that the ontology states as skos:broaderTransitive, and the top areas it yields. */
class BroaderClosureTest {
    private static final String SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private final Ontology ontology = Ontology.load();

    @Test
    void broaderTransitiveIsExactlyTheOneOrMoreStepPathOfBroader() {
        List<String> path = pairs("SELECT ?narrower ?broader { ?narrower skos:broader+ ?broader }");
        assertTrue(path.size() > 50, path.toString());
        assertEquals(path, pairs("SELECT ?narrower ?broader { ?narrower skos:broaderTransitive ?broader }"));
    }

    @Test
    void aTagsTopAreasAreTheTopConceptsAtOrAboveIt() {
        ConceptIndex themes = ontology.concepts("theme");
        List<String> expected = pairs("""
                SELECT ?narrower ?broader {
                  ?narrower skos:inScheme <http://localhost:8080/def/theme> ; skos:broader* ?broader .
                  ?broader skos:topConceptOf <http://localhost:8080/def/theme> .
                }""");
        List<String> actual = new ArrayList<>();
        ontology.graph().find(null, org.apache.jena.vocabulary.SKOS.inScheme.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("http://localhost:8080/def/theme")).forEachRemaining(
                        triple -> themes.tops(triple.getSubject()).forEach(
                                top -> actual.add(triple.getSubject().getURI() + " " + top.getURI())));
        actual.sort(null);
        assertTrue(expected.size() > 50, expected.toString());
        assertEquals(expected, actual);
    }

    private List<String> pairs(String select) {
        List<String> pairs = new ArrayList<>();
        RowSet rows = QueryExec.graph(ontology.graph()).query(SKOS + select).select();
        rows.forEachRemaining(row -> pairs.add(row.get("narrower").getURI() + " " + row.get("broader").getURI()));
        pairs.sort(null);
        return pairs;
    }
}
