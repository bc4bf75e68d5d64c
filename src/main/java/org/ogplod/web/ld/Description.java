package org.ogplod.web.ld;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;

/**
 * What a Linked Data document says about its subject: the subject's own triples, those of the fragments it owns
 * ({@code #conversion} of a release, the terms an ontology defines) and of blank nodes they reach, plus a page of
 * the triples that point at it.
 */
record Description(Node subject, Graph graph, List<Node> fragments, List<Triple> incoming, boolean moreIncoming) {
    static final int INCOMING_PAGE = 50;

    /** Describes {@code subject} from {@code data} (inside a read transaction); null when nothing is known of it. */
    static Description of(Graph data, Node subject, int incomingPage) {
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Node> done = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(subject));
        List<Node> fragments = new ArrayList<>();
        String hashPrefix = subject.getURI() + "#";
        data.find(Node.ANY, RDFS.isDefinedBy.asNode(), subject).mapWith(Triple::getSubject)
                .forEachRemaining(todo::add);
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            if (!done.add(node)) {
                continue;
            }
            if (node != subject && node.isURI()) {
                fragments.add(node);
            }
            data.find(node, Node.ANY, Node.ANY).forEachRemaining(triple -> {
                graph.add(triple);
                Node object = triple.getObject();
                if (object.isBlank() || object.isURI() && object.getURI().startsWith(hashPrefix)) {
                    todo.add(object);
                }
            });
        }
        if (graph.isEmpty() && !data.contains(Node.ANY, Node.ANY, subject)) {
            return null;
        }
        List<Triple> incoming = new ArrayList<>();
        ExtendedIterator<Triple> pointing = data.find(Node.ANY, Node.ANY, subject);
        boolean more;
        try {
            long skip = (long) incomingPage * INCOMING_PAGE;
            for (long i = 0; i < skip && pointing.hasNext(); i++) {
                pointing.next();
            }
            while (incoming.size() < INCOMING_PAGE && pointing.hasNext()) {
                incoming.add(pointing.next());
            }
            more = pointing.hasNext();
        } finally {
            pointing.close();
        }
        fragments.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return new Description(subject, graph, List.copyOf(fragments), List.copyOf(incoming), more);
    }

    /** The graph for the RDF representations: the description with the first page of incoming links. */
    Graph rdf() {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        incoming.forEach(copy::add);
        return copy;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
