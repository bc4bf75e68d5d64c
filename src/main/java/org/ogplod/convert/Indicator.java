package org.ogplod.convert;

import org.apache.jena.graph.Node;
import org.ogplod.ontology.Ogp;

/**
 * The IRM indicators: the column that holds each, the property and concept scheme it maps to, and the methodology
 * it belongs to ({@code null} when both use it). "Early Results" maps to DIOG under the original methodology.
 */
enum Indicator {
    VERIFIABILITY(Column.IRM_VERIFIABLE, "verifiability", "verifiability", null),
    RELEVANCE(Column.IRM_RELEVANT, "relevance", "relevance", null),
    SPECIFICITY(Column.IRM_SPECIFICITY, "specificity", "specificity", Methodology.ORIGINAL),
    POTENTIAL_IMPACT(Column.IRM_POTENTIAL_IMPACT, "potentialImpact", "potential-impact", Methodology.ORIGINAL),
    AMBITION(Column.IRM_AMBITION, "ambition", "ambition", null),
    POTENTIAL_FOR_RESULTS(Column.IRM_POTENTIAL_FOR_RESULTS, "potentialForResults", "potential-for-results",
            Methodology.REFRESHED),
    COMPLETION(Column.IRM_COMPLETION, "completion", "completion", null),
    DID_IT_OPEN_GOVERNMENT(Column.IRM_EARLY_RESULTS, "didItOpenGovernment", "did-it-open-government",
            Methodology.ORIGINAL),
    EARLY_RESULTS(Column.IRM_EARLY_RESULTS, "earlyResults", "early-results", Methodology.REFRESHED),
    STARRED(Column.IRM_STARRED, "starred", "starred", Methodology.ORIGINAL);

    /** The two IRM methodologies, by their slug in {@code /def/irm-methodology}. */
    enum Methodology {
        ORIGINAL("original"), REFRESHED("refreshed");

        private final String slug;

        Methodology(String slug) {
            this.slug = slug;
        }

        String slug() {
            return slug;
        }
    }

    private final Column column;
    private final Node property;
    private final String scheme;
    private final Methodology methodology;

    Indicator(Column column, String property, String scheme, Methodology methodology) {
        this.column = column;
        this.property = Ogp.term(property);
        this.scheme = scheme;
        this.methodology = methodology;
    }

    Column column() {
        return column;
    }

    Node property() {
        return property;
    }

    String scheme() {
        return scheme;
    }

    /** True when an assessment under {@code used} may carry this indicator. */
    boolean appliesTo(Methodology used) {
        return methodology == null || methodology == used;
    }

    /** True when the column's value under {@code used} belongs to another indicator that shares the column. */
    boolean sharesColumnWithOther(Methodology used) {
        return column == Column.IRM_EARLY_RESULTS && !appliesTo(used);
    }
}
