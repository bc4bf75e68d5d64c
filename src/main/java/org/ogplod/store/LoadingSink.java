package org.ogplod.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;

/** Passes triples to a loader, counting them; the staging's commit, not {@code finish}, ends the load. */
final class LoadingSink extends StreamRDFWrapper {
    private long triples;

    LoadingSink(StreamRDF loader) {
        super(loader);
    }

    @Override
    public void triple(org.apache.jena.graph.Triple triple) {
        triples++;
        super.triple(triple);
    }

    long triples() {
        return triples;
    }
}
