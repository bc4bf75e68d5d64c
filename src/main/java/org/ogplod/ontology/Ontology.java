package org.ogplod.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology, concept schemes, alignments and SHACL shapes shipped inside the jar (from {@code ontology/}).
 * <pre>
 *   Ontology ontology = Ontology.load();
 *   Node theme = ontology.concepts("theme").find("Open Data").orElseThrow();
 * </pre>
 */
public final class Ontology {
    /** The published files, in the canonical base; shapes are kept apart (they describe data, they are not data). */
    public static final List<String> FILES = List.of("ogp.ttl", "schemes/theme.ttl", "schemes/value.ttl",
            "schemes/irm.ttl", "schemes/region.ttl", "links/themes.ttl", "links/values.ttl");
    public static final String SHAPES = "shapes.ttl";

    private final Graph graph;
    private final Shapes shapes;

    private Ontology(Graph graph, Shapes shapes) {
        this.graph = graph;
        this.shapes = shapes;
    }

    /** Loads every file from the class path; a missing or broken file fails here, at start-up. */
    public static Ontology load() {
        Graph graph = GraphFactory.createDefaultGraph();
        FILES.forEach(file -> parse(file, skolemize(file, StreamRDFLib.graph(graph))));
        addBroaderTransitive(graph);
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        parse(SHAPES, StreamRDFLib.graph(shapesGraph));
        // Jena copies the shapes' prefixes into every validation report: with none, a per-record check stays cheap.
        shapesGraph.getPrefixMapping().clearNsPrefixMap();
        return new Ontology(graph, Shapes.parse(shapesGraph));
    }

    /** The ontology, schemes and alignments as one graph, canonical base. */
    public Graph graph() {
        return graph;
    }

    public Shapes shapes() {
        return shapes;
    }

    /** Sends every published ontology triple to the sink (for loading into a store next to the data). */
    public void send(StreamRDF sink) {
        graph.find().forEachRemaining(sink::triple);
    }

    /** The concepts of one scheme, e.g. {@code "theme"} for {@code /def/theme}, looked up by label or slug. */
    public ConceptIndex concepts(String scheme) {
        return ConceptIndex.of(graph, scheme);
    }

    /**
     * States the closure of {@code skos:broader} as {@code skos:broaderTransitive} (SKOS's transitive super-property
     * of it), so that a query reaches every concept above a tag with one triple pattern rather than a path.
     */
    private static void addBroaderTransitive(Graph graph) {
        Node broader = SKOS.broader.asNode();
        List<Triple> closure = new ArrayList<>();
        graph.find(Node.ANY, broader, Node.ANY).mapWith(Triple::getSubject).toSet().forEach(concept -> {
            Set<Node> above = new LinkedHashSet<>();
            Deque<Node> next = new ArrayDeque<>(List.of(concept));
            while (!next.isEmpty()) {
                graph.find(next.pop(), broader, Node.ANY).mapWith(Triple::getObject)
                        .filterKeep(above::add).forEachRemaining(next::add);
            }
            above.forEach(ancestor -> closure.add(Triple.create(concept, SKOS.broaderTransitive.asNode(), ancestor)));
        });
        closure.forEach(graph::add);
    }

    /**
     * Blank nodes of a published file (owl:unionOf lists) become stable IRIs under {@code /.well-known/genid/}
     * (RDF 1.1 skolem IRIs), numbered in file order: every release then has the same ontology triples, so dumps
     * compare and patch exactly.
     */
    private static StreamRDF skolemize(String file, StreamRDF sink) {
        String prefix = Iris.CANONICAL_BASE + ".well-known/genid/" + file.replaceAll("[^a-z0-9]+", "-") + "-";
        return new StreamRDFWrapper(sink) {
            @Override
            public void triple(Triple triple) {
                super.triple(Triple.create(iri(triple.getSubject()), triple.getPredicate(), iri(triple.getObject())));
            }

            private Node iri(Node node) {
                return node.isBlank() ? NodeFactory.createURI(prefix + node.getBlankNodeLabel()) : node;
            }
        };
    }

    private static void parse(String file, StreamRDF sink) {
        String resource = "ontology/" + file;
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the ontology file " + resource + " is missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(Iris.CANONICAL_BASE)
                    .labelToNode(LabelToNode.createIncremental()).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
