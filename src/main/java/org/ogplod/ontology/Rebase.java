package org.ogplod.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Moves IRIs from the canonical base to the configured one as triples pass through; a no-op when they are the same.
 * <pre>
 *   StreamRDF sink = Rebase.to("https://data.example.org/", StreamRDFWriter.getWriterStream(out, Lang.NT));
 * </pre>
 */
public final class Rebase extends StreamRDFWrapper {
    private final String base;

    private Rebase(String base, StreamRDF destination) {
        super(destination);
        this.base = base;
    }

    /** The destination itself when {@code base} is the canonical one, else a re-basing wrapper around it. */
    public static StreamRDF to(String base, StreamRDF destination) {
        return Iris.CANONICAL_BASE.equals(base) ? destination : new Rebase(base, destination);
    }

    /** A canonical node moved to {@code base} (for code that looks up terms in re-based data). */
    public static Node node(String base, Node canonical) {
        return new Rebase(base, null).node(canonical);
    }

    @Override
    public void triple(Triple triple) {
        super.triple(Triple.create(node(triple.getSubject()), node(triple.getPredicate()), node(triple.getObject())));
    }

    @Override
    public void quad(Quad quad) {
        super.quad(Quad.create(node(quad.getGraph()), node(quad.getSubject()), node(quad.getPredicate()),
                node(quad.getObject())));
    }

    @Override
    public void prefix(String prefix, String iri) {
        super.prefix(prefix, iri(iri));
    }

    @Override
    public void base(String iri) {
        super.base(iri(iri));
    }

    private Node node(Node node) {
        return node.isURI() && node.getURI().startsWith(Iris.CANONICAL_BASE) ? NodeFactory.createURI(iri(node.getURI()))
                : node;
    }

    private String iri(String iri) {
        return iri.startsWith(Iris.CANONICAL_BASE) ? base + iri.substring(Iris.CANONICAL_BASE.length()) : iri;
    }
}
