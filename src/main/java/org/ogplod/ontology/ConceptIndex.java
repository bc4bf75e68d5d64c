package org.ogplod.ontology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/** Finds the concepts of one SKOS scheme by any of their labels (any language, any case) or by their slug. */
public final class ConceptIndex {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Enough for every spelling of every label that real data uses; misses are never cached. */
    private static final int REMEMBERED_SPELLINGS = 10_000;
    private final String scheme;
    private final Map<String, Node> byKey;
    private final Map<Node, List<Node>> tops;
    /** Cells repeat the same few spellings millions of times: remember how each one resolved. */
    private final Map<String, Node> bySpelling = new java.util.concurrent.ConcurrentHashMap<>();

    private ConceptIndex(String scheme, Map<String, Node> byKey, Map<Node, List<Node>> tops) {
        this.scheme = scheme;
        this.byKey = byKey;
        this.tops = tops;
    }

    static ConceptIndex of(Graph graph, String scheme) {
        Node schemeNode = Iris.scheme(scheme);
        String prefix = schemeNode.getURI() + "/";
        Map<String, Node> byKey = new HashMap<>();
        graph.find(Node.ANY, SKOS.inScheme.asNode(), schemeNode).forEachRemaining(inScheme -> {
            Node concept = inScheme.getSubject();
            if (concept.getURI().startsWith(prefix)) {
                byKey.put(key(concept.getURI().substring(prefix.length())), concept);
            }
            graph.find(concept, SKOS.prefLabel.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .forEachRemaining(label -> byKey.putIfAbsent(key(label.getLiteralLexicalForm()), concept));
            graph.find(concept, SKOS.altLabel.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .forEachRemaining(label -> byKey.putIfAbsent(key(label.getLiteralLexicalForm()), concept));
        });
        if (byKey.isEmpty()) {
            throw new IllegalStateException("the ontology has no concepts in the scheme " + schemeNode.getURI());
        }
        return new ConceptIndex(scheme, byKey, tops(graph, schemeNode, byKey.values()));
    }

    /** For each concept, the top concepts of the scheme it is or lies under (skos:broaderTransitive). */
    private static Map<Node, List<Node>> tops(Graph graph, Node scheme, Collection<Node> concepts) {
        Map<Node, List<Node>> tops = new HashMap<>();
        for (Node concept : new HashSet<>(concepts)) {
            List<Node> above = new ArrayList<>(List.of(concept));
            graph.find(concept, SKOS.broaderTransitive.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .forEachRemaining(above::add);
            tops.put(concept, above.stream()
                    .filter(candidate -> graph.contains(candidate, SKOS.topConceptOf.asNode(), scheme)).toList());
        }
        return tops;
    }

    /** The scheme's name, as in {@code /def/{scheme}}. */
    public String scheme() {
        return scheme;
    }

    public Optional<Node> find(String labelOrSlug) {
        Node known = bySpelling.get(labelOrSlug);
        if (known != null) {
            return Optional.of(known);
        }
        Node found = byKey.get(key(labelOrSlug));
        if (found != null && bySpelling.size() < REMEMBERED_SPELLINGS) {
            bySpelling.put(labelOrSlug, found);
        }
        return Optional.ofNullable(found);
    }

    /**
     * The top concepts of the scheme that {@code concept} is or lies under ({@code skos:broader*}); none for a
     * concept of another scheme.
     */
    public List<Node> tops(Node concept) {
        return tops.getOrDefault(concept, List.of());
    }

    private static String key(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
