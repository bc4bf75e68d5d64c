package org.ogplod.convert;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.ogplod.ontology.ConceptIndex;

/**
 * Adds the triples of one subject from one record, checking each cell against its rule on the way: a cell that
 * breaks its rule becomes a problem at its location and adds nothing.
 */
final class Emitter {
    private final TripleBuffer out;
    private final Node subject;
    private final Record row;
    private final Tally problems;

    Emitter(TripleBuffer out, Node subject, Record row, Tally problems) {
        this.out = out;
        this.subject = subject;
        this.row = row;
        this.problems = problems;
    }

    void add(Node predicate, Node object) {
        out.add(subject, predicate, object);
    }

    void text(Column column, Node predicate) {
        if (row.has(column)) {
            add(predicate, Literals.text(row.get(column)));
        }
    }

    /** The cell as a literal in the given language. */
    void text(Column column, String language, Node predicate) {
        if (row.has(column)) {
            add(predicate, Literals.text(row.get(column), language));
        }
    }

    void year(Column column, Node predicate) {
        check(column, predicate, Literals.year(row.get(column)), "is not a four-digit year");
    }

    void date(Column column, Node predicate) {
        check(column, predicate, Literals.date(row.get(column)), "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    void bool(Column column, Node predicate) {
        check(column, predicate, Literals.bool(row.get(column)), "must be yes or no");
    }

    /** One concept of a scheme, named by label or slug. */
    void concept(Column column, Node predicate, ConceptIndex scheme) {
        if (row.has(column)) {
            conceptValue(column, predicate, scheme, row.get(column));
        }
    }

    /** Every concept a multi-valued cell names. */
    void concepts(Column column, Node predicate, ConceptIndex scheme) {
        row.list(column).forEach(label -> conceptValue(column, predicate, scheme, label));
    }

    /** Every source IRI of a multi-valued cell; at least one is required. */
    void sources(Column column) {
        if (row.list(column).isEmpty()) {
            problems.accept(row.error(column, "", "is required: the URL of the page the record was read from"));
        }
        for (String value : row.list(column)) {
            Node iri = Literals.iri(value);
            if (iri == null) {
                problems.accept(row.error(column, value, "is not an absolute http(s) or urn IRI"));
            } else {
                add(DCTerms.source.asNode(), iri);
            }
        }
    }

    /** True when the cell is blank or matches the pattern; reports it otherwise. */
    boolean valid(Column column, Pattern pattern, String rule) {
        String value = row.get(column);
        if (value.isEmpty() || pattern.matcher(value).matches()) {
            return true;
        }
        problems.accept(row.error(column, value, rule));
        return false;
    }

    private void conceptValue(Column column, Node predicate, ConceptIndex scheme, String label) {
        scheme.find(label).ifPresentOrElse(concept -> add(predicate, concept), () -> problems.accept(row.error(column,
                label, "is not a concept of the scheme /def/" + scheme.scheme() + " (see data/README.md)")));
    }

    private void check(Column column, Node predicate, Node value, String rule) {
        if (!row.has(column)) {
            return;
        }
        if (value == null) {
            problems.accept(row.error(column, row.get(column), rule));
        } else {
            add(predicate, value);
        }
    }
}
