package org.ogplod.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.ogplod.ontology.Iris;

/**
 * The site's own SPARQL queries ({@code src/main/resources/sparql/*.rq}), written against the canonical base and
 * moved to the configured one before parsing; a file that is missing or does not parse stops the start-up.
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
            // Our own files, so moving the base in the text is safe, and it reaches IRIs inside property paths,
            // which Jena's query transforms do not.
            return QueryFactory.create(text.replace("<" + Iris.CANONICAL_BASE, "<" + base));
        } catch (QueryParseException e) {
            throw new IllegalStateException("the query file " + resource + " does not parse: " + e.getMessage(), e);
        }
    }
}
