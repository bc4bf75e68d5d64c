package org.ogplod.web.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ogplod.ontology.Prefixes;

/**
 * What the query editor completes: our prefixes, moved to the configured base, and the classes and properties of
 * the ontology as the release defines them (every subject with {@code rdfs:isDefinedBy <base def/ogp>}).
 */
record EditorVocabulary(Map<String, String> prefixes, List<Term> terms) {
    private static final String TERMS_QUERY = "/web/editor/terms.rq";

    /**
     * One term of the ontology.
     *
     * @param name the prefixed name, e.g. {@code ogp:Commitment}
     * @param kind "class" or "property"
     */
    record Term(String iri, String name, String kind, String label, String comment) {
    }

    EditorVocabulary {
        prefixes = Map.copyOf(prefixes);
        terms = List.copyOf(terms);
    }

    /** The prefixes for {@code base} and the ontology's terms read from {@code dataset}. */
    static EditorVocabulary read(String base, DatasetGraph dataset) {
        Map<String, String> prefixes = new TreeMap<>(Prefixes.forBase(base).getNsPrefixMap());
        String namespace = prefixes.get("ogp");
        Node ontology = NodeFactory.createURI(namespace.substring(0, namespace.length() - 1));
        Query query = QueryFactory.create(read(TERMS_QUERY));
        List<Term> terms = Txn.calculateRead(dataset, () -> {
            List<Term> found = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                    .substitution(Var.alloc("ontology"), ontology).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> {
                    String iri = row.get("term").getURI();
                    if (iri.startsWith(namespace) && iri.length() > namespace.length()) {
                        found.add(new Term(iri, "ogp:" + iri.substring(namespace.length()), kind(row),
                                text(row, "label"), text(row, "comment")));
                    }
                });
            }
            return found;
        });
        return new EditorVocabulary(prefixes, terms);
    }

    private static String kind(Binding row) {
        Node type = row.get("type");
        return type != null && type.getURI().endsWith("Class") ? "class" : "property";
    }

    private static String text(Binding row, String name) {
        Node value = row.get(name);
        return value == null ? "" : value.getLiteralLexicalForm();
    }

    private static String read(String resource) {
        try (InputStream in = EditorVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the query " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
