package org.ogplod.web.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogplod.cli.Publisher;
import org.ogplod.convert.InputFiles;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Store;

/** The plan step that runs a repeating property path from its bound end first: where it applies, and same answers. */
class PathFirstTest {
    private static final String PREFIXES = """
            PREFIX ogp: <http://localhost:8080/def/ogp#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final RewriteFactory WITH_PATH_FIRST =
            context -> op -> PathFirst.apply(Optimize.getFactory().create(context).rewrite(op));

    private static DatasetGraph bundled;
    private static ExampleQueries examples;

    @BeforeAll
    static void publishTheBundledData() throws IOException {
        examples = ExampleQueries.load();
        Publisher publisher = new Publisher(Ontology.load(), Iris.CANONICAL_BASE, false,
                new PrintWriter(System.err, true));
        // An in-memory store's releases are held in memory; closing it only removes its files (dumps and reports).
        try (Store store = Store.open("mem")) {
            bundled = publisher.publish(store, InputFiles.read(List.of(Path.of("data"))), "2026-01-01-1", "test")
                    .release().dataset();
        }
    }

    @Test
    void aPathWhoseFarEndIsBoundRunsBeforeThePatternThatFeedsIt() {
        String plan = plan(PREFIXES + """
                SELECT * {
                  ?area skos:topConceptOf <http://localhost:8080/def/theme> .
                  ?commitment ogp:policyArea/skos:broader* ?area ; ogp:member ?member .
                }""").toString();
        int path = plan.indexOf("(path ");
        int feeding = plan.indexOf("ogp#policyArea");
        assertTrue(path >= 0 && feeding > path, plan);
    }

    @Test
    void aPathAfterAPatternThatJoinsOnBoundVariablesKeepsItsPlace() {
        // starred-commitments-by-theme: ?commitment is bound before the policy-area triple, which is then a lookup.
        String text = PREFIXES + """
                SELECT * {
                  ?area skos:topConceptOf <http://localhost:8080/def/theme> .
                  ?commitment ogp:assessment/ogp:starred ?rating ;
                      ogp:policyArea/skos:broader* ?area .
                }""";
        Op standard = Optimize.getFactory().create(new Context()).rewrite(Algebra.compile(QueryFactory.create(text)));
        assertEquals(standard.toString(), PathFirst.apply(standard).toString());
    }

    @Test
    void aPathWithNeitherEndBoundStaysAfterThePatternThatFeedsIt() {
        String text = PREFIXES + "SELECT * { ?commitment ogp:policyArea/skos:broader* ?area ; ogp:member ?member }";
        Op standard = Optimize.getFactory().create(new Context()).rewrite(Algebra.compile(QueryFactory.create(text)));
        assertEquals(standard.toString(), PathFirst.apply(standard).toString());
    }

    @Test
    void everyExampleQueryGivesTheSameAnswer() {
        for (ExampleQueries.Example example : examples.examples()) {
            Query query = QueryFactory.create(example.text());
            if (example.text().contains("text:query")) {
                continue;
            }
            assertSameAnswer(example.name(), query);
        }
    }

    @Test
    void thePathToTheTopAreasRunsInAnotherOrderAndAnswersAsTheMaterialisedProperty() {
        Query path = QueryFactory.create(PREFIXES + """
                SELECT DISTINCT ?commitment ?area {
                  ?area skos:topConceptOf <http://localhost:8080/def/theme> .
                  ?commitment ogp:policyArea/skos:broader* ?area .
                }""");
        Query materialised = QueryFactory.create(PREFIXES + "SELECT * { ?commitment ogp:topPolicyArea ?area }");
        Op standard = Optimize.getFactory().create(new Context()).rewrite(Algebra.compile(path));
        assertNotEquals(standard, PathFirst.apply(standard));
        assertSameAnswer("the path to the top areas", path);
        Txn.executeRead(bundled, () -> {
            List<String> expected = pairs(exec(path, null).select());
            assertTrue(expected.size() > 100, expected.toString());
            assertEquals(expected, pairs(exec(materialised, null).select()));
        });
    }

    private static void assertSameAnswer(String name, Query query) {
        Txn.executeRead(bundled, () -> {
            if (query.isSelectType()) {
                var standard = exec(query, null).select().materialize();
                var reordered = exec(query, WITH_PATH_FIRST).select().materialize();
                assertEquals(rows(standard), rows(reordered), name);
            } else if (query.isConstructType()) {
                var standard = exec(query, null).construct();
                var reordered = exec(query, WITH_PATH_FIRST).construct();
                assertNotEquals(0, standard.size(), name);
                assertTrue(IsoMatcher.isomorphic(standard, reordered), name);
            } else if (query.isAskType()) {
                assertEquals(exec(query, null).ask(), exec(query, WITH_PATH_FIRST).ask(), name);
            }
        });
    }

    private static QueryExec exec(Query query, RewriteFactory optimizer) {
        QueryExecBuilder builder = QueryExec.dataset(bundled).query(query);
        return optimizer == null ? builder.build() : builder.set(ARQConstants.sysOptimizerFactory, optimizer).build();
    }

    /** The rows as a sorted multiset (ORDER BY ties may come out in another order). */
    private static List<String> rows(org.apache.jena.sparql.exec.RowSet rowSet) {
        List<String> rows = new ArrayList<>();
        rowSet.forEachRemaining(binding -> rows.add(binding.toString()));
        rows.sort(null);
        return rows;
    }

    /** The (commitment, area) rows, sorted. */
    private static List<String> pairs(org.apache.jena.sparql.exec.RowSet rowSet) {
        List<String> rows = new ArrayList<>();
        rowSet.forEachRemaining(binding -> rows.add(binding.get("commitment") + " " + binding.get("area")));
        rows.sort(null);
        return rows;
    }

    private static Op plan(String text) {
        return WITH_PATH_FIRST.create(new Context()).rewrite(Algebra.compile(QueryFactory.create(text)));
    }
}
