package org.ogplod.web.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The one language policy: the languages asked for ({@code ?lang=}, then {@code Accept-Language}), then English,
 * then a label without a language tag, then any label. Picks labels of nodes by it.
 */
public final class Labels {
    private static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode());

    private final List<String> languages;

    private Labels(List<String> languages) {
        this.languages = languages;
    }

    /** The preference list from a {@code lang} parameter and an {@code Accept-Language} header (either may be null). */
    public static Labels of(String langParameter, String acceptLanguage) {
        List<String> languages = new ArrayList<>();
        if (langParameter != null && langParameter.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            languages.add(langParameter.toLowerCase(Locale.ROOT));
        }
        if (acceptLanguage != null && acceptLanguage.length() < 500) {
            try {
                Locale.LanguageRange.parse(acceptLanguage).stream().filter(range -> range.getWeight() > 0)
                        .map(range -> range.getRange().toLowerCase(Locale.ROOT)).filter(range -> !range.equals("*"))
                        .forEach(languages::add);
            } catch (IllegalArgumentException malformed) {
                // A malformed header counts as no preference.
            }
        }
        languages.add("en");
        return new Labels(List.copyOf(languages));
    }

    /** The language pages are served in: the first preferred one (English by default). */
    public String primary() {
        String first = languages.get(0);
        return first.contains("-") ? first.substring(0, first.indexOf('-')) : first;
    }

    /** A short key naming this preference, for caches and ETags. */
    public String key() {
        return String.join(",", languages);
    }

    /** The best label of a node, or null when it has none. */
    public String label(Graph graph, Node node) {
        List<Node> candidates = new ArrayList<>();
        for (Node property : LABEL_PROPERTIES) {
            ExtendedIterator<Triple> found = graph.find(node, property, Node.ANY);
            try {
                found.forEachRemaining(triple -> {
                    if (triple.getObject().isLiteral()) {
                        candidates.add(triple.getObject());
                    }
                });
            } finally {
                found.close();
            }
            if (!candidates.isEmpty()) {
                break;
            }
        }
        return best(candidates);
    }

    /** The literal that best fits the preference, by language tag. */
    String best(List<Node> literals) {
        if (literals.isEmpty()) {
            return null;
        }
        for (String language : languages) {
            for (Node literal : literals) {
                String tag = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
                if (tag.equals(language) || tag.startsWith(language + "-") || language.startsWith(tag + "-")
                        && !tag.isEmpty()) {
                    return literal.getLiteralLexicalForm();
                }
            }
        }
        for (Node literal : literals) {
            if (literal.getLiteralLanguage().isEmpty()) {
                return literal.getLiteralLexicalForm();
            }
        }
        return literals.get(0).getLiteralLexicalForm();
    }
}
