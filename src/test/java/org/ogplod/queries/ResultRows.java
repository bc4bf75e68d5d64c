package org.ogplod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;

/**
 * Rows of results and of expectations as lines of text ({@code a | b | c}), so that a failing comparison prints both
 * tables; GROUP_CONCAT cells become sorted sets, as their order is not defined.
 */
final class ResultRows {
    private ResultRows() {
    }

    /** The SELECT example's rows, each made a line by {@code row}, equal {@code expected}, in order. */
    static void assertRows(List<String> expected, String query, Function<Map<String, Node>, String> row) {
        List<String> actual = BundledRelease.shared().select(query).stream().map(row).toList();
        assertFalse(expected.isEmpty(), query + " is written to return rows on the bundled data");
        assertEquals(String.join("\n", expected), String.join("\n", actual), query);
    }

    /** A value as the tests compare it: an IRI, a literal's lexical form, or "-" when unbound. */
    static String text(Map<String, Node> row, String variable) {
        Node node = row.get(variable);
        if (node == null) {
            return "-";
        }
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    /** A GROUP_CONCAT value as a sorted set. */
    static String set(Map<String, Node> row, String variable, String separator) {
        return sorted(Arrays.asList(text(row, variable).split(Pattern.quote(separator))));
    }

    static String sorted(List<String> values) {
        return String.join("|", new TreeSet<>(values));
    }

    static String line(Object... values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(" | "));
    }

    static String orDash(String value) {
        return value.isEmpty() ? "-" : value;
    }

    /** The identifiers of the commitment rows that pass {@code test}. */
    static List<String> ids(List<Map<String, String>> rows, Predicate<Map<String, String>> test) {
        return rows.stream().filter(test).map(row -> row.get("id")).toList();
    }

    static String commitment(Map<String, String> row) {
        return Facts.BASE + "id/commitment/" + row.get("id");
    }

    static String turtle(Graph graph) {
        return RDFWriter.source(graph).lang(Lang.TURTLE).asString();
    }
}
