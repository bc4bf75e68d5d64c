package org.ogplod.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.ogplod.ontology.Iris;

/**
 * The site's own SPARQL queries ({@code src/main/resources/sparql/*.rq}), written against the canonical base and
 * moved to the configured one after parsing; a file that is missing or does not parse stops the start-up.
 */
final class QueryFiles {
    private QueryFiles() {
    }

    /** The query in {@code sparql/<name>.rq}, its IRIs under the canonical base moved to {@code base}. */
    static Query load(String name, String base) {
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
            return rebase(QueryFactory.create(text), base);
        } catch (QueryParseException e) {
            throw new IllegalStateException("the query file " + resource + " does not parse: " + e.getMessage(), e);
        }
    }

    /** The query with every IRI under the canonical base moved to {@code base}, prefixes included. */
    static Query rebase(Query query, String base) {
        if (base.equals(Iris.CANONICAL_BASE)) {
            return query;
        }
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        query.getPrefixMapping().getNsPrefixMap().forEach((prefix, iri) -> prefixes.setNsPrefix(prefix,
                rebase(NodeFactory.createURI(iri), base).getURI()));
        Query moved = QueryTransformOps.transform(query, node -> rebase(node, base));
        moved.setPrefixMapping(prefixes);
        return moved;
    }

    private static Node rebase(Node node, String base) {
        if (node.isURI() && node.getURI().startsWith(Iris.CANONICAL_BASE)) {
            return NodeFactory.createURI(base + node.getURI().substring(Iris.CANONICAL_BASE.length()));
        }
        return node;
    }
}
