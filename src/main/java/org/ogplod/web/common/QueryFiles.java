package org.ogplod.web.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.ogplod.ontology.Iris;

/**
 * The site's own SPARQL queries ({@code src/main/resources/sparql/*.rq}), written against the canonical base and
 * moved to the configured one before parsing (a file that is missing or does not parse stops the start-up), and
 * the values of their rows.
 */
public final class QueryFiles {
    private QueryFiles() {
    }

    /** The query in {@code sparql/<name>.rq}, its IRIs under the canonical base moved to {@code base}. */
    public static Query load(String name, String base) {
        String resource = "/sparql/" + name + ".rq";
        String text;
        try (InputStream in = QueryFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the query file " + resource + " is missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query file " + resource, e);
        }
        try {
            // Our own files, so moving the base in the text is safe, and it reaches IRIs inside property paths,
            // which Jena's query transforms do not.
            return QueryFactory.create(text.replace("<" + Iris.CANONICAL_BASE, "<" + base));
        } catch (QueryParseException e) {
            throw new IllegalStateException("the query file " + resource + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The rows of a SELECT over {@code dataset} (inside the caller's read transaction). */
    public static List<Binding> select(DatasetGraph dataset, Query query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet result = exec.select();
            result.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The number a row binds {@code name} to, or 0 when unbound. */
    public static long number(Binding row, String name) {
        Node node = row.get(Var.alloc(name));
        return node == null ? 0 : ((Number) node.getLiteralValue()).longValue();
    }

    /** The lexical form a row binds {@code name} to, or {@code absent} when unbound. */
    public static String text(Binding row, String name, String absent) {
        Node node = row.get(Var.alloc(name));
        return node == null ? absent : node.getLiteralLexicalForm();
    }
}
