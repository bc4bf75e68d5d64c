package org.ogplod.convert;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** The triples of one record, collected cheaply while mapping; turned into a graph only for validation. */
final class TripleBuffer {
    private final List<Triple> triples = new ArrayList<>(48);

    void add(Node subject, Node predicate, Node object) {
        triples.add(Triple.create(subject, predicate, object));
    }

    List<Triple> triples() {
        return triples;
    }

    Graph toGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        triples.forEach(graph::add);
        return graph;
    }
}
