package org.ogplod.web.pages;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.QueryFiles;

/**
 * The landing page's digital-governance lens, counted once per release by the {@code digital-*.rq} queries:
 * commitments per digital sub-topic, per member (top ten) and per action-plan start year, and their IRM results.
 *
 * @param queries the queries behind the charts and the results table, in that order, for readers to rerun
 */
record DigitalFigures(BarChart perTopic, BarChart perMember, BarChart perYear, List<Result> results,
        List<Query> queries) {
    /** Query files, by name under {@code sparql/}. */
    static final String PER_TOPIC = "digital-per-topic";
    static final String PER_MEMBER = "digital-per-member";
    static final String PER_YEAR = "digital-per-year";
    static final String IRM_RESULTS = "digital-irm-results";

    /** How many digital-governance commitments an IRM indicator put at one level. */
    record Result(String indicator, String level, String href, long commitments) {
    }

    DigitalFigures {
        results = List.copyOf(results);
        queries = List.copyOf(queries);
    }

    /** Parses the queries (failing on the first that does not parse) and runs them in one read transaction. */
    static DigitalFigures compute(DatasetGraph dataset, String base) {
        Query perTopic = QueryFiles.load(PER_TOPIC, base);
        Query perMember = QueryFiles.load(PER_MEMBER, base);
        Query perYear = QueryFiles.load(PER_YEAR, base);
        Query results = QueryFiles.load(IRM_RESULTS, base);
        return Txn.calculateRead(dataset, () -> new DigitalFigures(
                new BarChart("digital-per-topic", "Commitments per digital-governance sub-topic", "Sub-topic",
                        ReleaseFigures.bars(QueryFiles.select(dataset, perTopic), ReleaseFigures::conceptLabel,
                                row -> ReleaseFigures.page(row, base))),
                new BarChart("digital-per-member", "Members with the most digital-governance commitments", "Member",
                        ReleaseFigures.bars(QueryFiles.select(dataset, perMember),
                                row -> QueryFiles.text(row, "label", iri(row, "member")),
                                row -> Html.local(base, iri(row, "member")))),
                new BarChart("digital-per-year", "Digital-governance commitments per action-plan start year",
                        "Start year", ReleaseFigures.bars(QueryFiles.select(dataset, perYear),
                                row -> QueryFiles.text(row, "year", "year not given"), row -> null)),
                QueryFiles.select(dataset, results).stream().map(row -> result(row, base)).toList(),
                List.of(perTopic, perMember, perYear, results)));
    }

    private static Result result(Binding row, String base) {
        return new Result(QueryFiles.text(row, "indicatorLabel", iri(row, "indicator")),
                ReleaseFigures.conceptLabel(row), ReleaseFigures.page(row, base),
                QueryFiles.number(row, "commitments"));
    }

    private static String iri(Binding row, String name) {
        return row.get(Var.alloc(name)).getURI();
    }
}
