package org.ogplod.web.pages;

import static org.ogplod.web.common.QueryFiles.number;
import static org.ogplod.web.common.QueryFiles.select;
import static org.ogplod.web.common.QueryFiles.text;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.QueryFiles;

/**
 * The numbers on the landing page, counted once per release by the {@code landing-*.rq} queries: the headline counts
 * and three charts (commitments per action-plan start year, per top-level policy area, per OGP value).
 */
record ReleaseFigures(Counts counts, BarChart perYear, BarChart perTheme, BarChart perValue) {
    /** Query files, by name under {@code sparql/}. */
    static final String COUNTS = "landing-counts";
    static final String PER_YEAR = "landing-per-year";
    static final String PER_THEME = "landing-per-theme";
    static final String PER_VALUE = "landing-per-value";

    /** The headline counts, and the first and last year the commitments cover (null when no commitment has one). */
    record Counts(long members, long nationalMembers, long localMembers, long actionPlans, long commitments,
            long themes, long triples, String firstYear, String lastYear) {
    }

    /** Parses the queries (failing on the first that does not parse) and runs them in one read transaction. */
    static ReleaseFigures compute(DatasetGraph dataset, String base) {
        Query counts = QueryFiles.load(COUNTS, base);
        Query perYear = QueryFiles.load(PER_YEAR, base);
        Query perTheme = QueryFiles.load(PER_THEME, base);
        Query perValue = QueryFiles.load(PER_VALUE, base);
        return Txn.calculateRead(dataset, () -> new ReleaseFigures(
                counts(select(dataset, counts)),
                new BarChart("per-year", "Commitments per action-plan start year", "Start year",
                        bars(select(dataset, perYear), row -> text(row, "year", "year not given"), row -> null)),
                new BarChart("per-theme", "Commitments per policy area", "Policy area",
                        bars(select(dataset, perTheme), ReleaseFigures::conceptLabel, row -> page(row, base))),
                new BarChart("per-value", "Commitments per OGP value", "OGP value",
                        bars(select(dataset, perValue), ReleaseFigures::conceptLabel, row -> page(row, base)))));
    }

    private static Counts counts(List<Binding> rows) {
        if (rows.size() != 1) {
            throw new IllegalStateException("the query " + COUNTS + " gave " + rows.size() + " rows instead of one");
        }
        Binding row = rows.get(0);
        return new Counts(number(row, "members"), number(row, "nationalMembers"), number(row, "localMembers"),
                number(row, "actionPlans"), number(row, "commitments"), number(row, "themes"), number(row, "triples"),
                text(row, "firstYear", null), text(row, "lastYear", null));
    }

    /** One bar per row, its count from the row's {@code ?commitments}. */
    static List<BarChart.Bar> bars(List<Binding> rows, Function<Binding, String> label,
            Function<Binding, String> href) {
        return rows.stream().map(row -> new BarChart.Bar(label.apply(row), href.apply(row), number(row, "commitments")))
                .toList();
    }

    private static String concept(Binding row) {
        return row.get(Var.alloc("concept")).getURI();
    }

    /** The site path of the concept's page when its IRI is under our base, else the IRI itself. */
    static String page(Binding row, String base) {
        return Html.local(base, concept(row));
    }

    /** The English label, or the concept's IRI when it has none (so a missing label shows rather than hides). */
    static String conceptLabel(Binding row) {
        return text(row, "label", concept(row));
    }
}
