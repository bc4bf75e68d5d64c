package org.ogplod.convert;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Ogp;

/**
 * Maps the IRM columns of a sheet row to up to two assessments: one for the report made early in the plan (a
 * Progress Report, or an Action Plan Review under the refreshed methodology) and one for the report at its end (an
 * End-of-Term Report, or a Results Report). The first is refreshed when the row has a Potential for Results rating,
 * the second when it has an Early Results rating; otherwise they follow the original methodology. Each rating column is checked against its numeric twin; a disagreement is a warning at the label's cell.
 */
final class SheetAssessments {
    /**
     * A rating column, the property it fills and the indicator whose scheme holds its levels. Relevance and the
     * starred columns are written 1/0 in the sheet, for the schemes' yes/no.
     */
    private record Rating(SheetColumn column, Node property, Indicator scale) {
        Rating(SheetColumn column, Indicator scale) {
            this(column, scale.property(), scale);
        }

        String level(String value) {
            boolean numeric = scale == Indicator.RELEVANCE || scale == Indicator.STARRED;
            return !numeric ? value : value.equals("1") ? "yes" : value.equals("0") ? "no" : value;
        }
    }

    private static final List<Rating> EARLY = List.of(new Rating(SheetColumn.VERIFIABLE, Indicator.VERIFIABILITY),
            new Rating(SheetColumn.RELEVANT, Indicator.RELEVANCE),
            new Rating(SheetColumn.SPECIFICITY, Indicator.SPECIFICITY),
            new Rating(SheetColumn.POTENTIAL_IMPACT, Indicator.POTENTIAL_IMPACT),
            new Rating(SheetColumn.POTENTIAL_FOR_RESULTS, Indicator.POTENTIAL_FOR_RESULTS),
            new Rating(SheetColumn.COMPLETION_PROGRESS, Indicator.COMPLETION),
            new Rating(SheetColumn.STARRED_PROGRESS, Indicator.STARRED));
    private static final List<Rating> END = List.of(new Rating(SheetColumn.COMPLETION_END, Indicator.COMPLETION),
            new Rating(SheetColumn.EARLY_RESULTS, Indicator.EARLY_RESULTS),
            new Rating(SheetColumn.OPEN_GOVERNMENT, Indicator.DID_IT_OPEN_GOVERNMENT),
            new Rating(SheetColumn.OPEN_GOVERNMENT_INFORMATION, Ogp.didItOpenGovernmentAccessToInformation,
                    Indicator.DID_IT_OPEN_GOVERNMENT),
            new Rating(SheetColumn.OPEN_GOVERNMENT_PARTICIPATION, Ogp.didItOpenGovernmentCivicParticipation,
                    Indicator.DID_IT_OPEN_GOVERNMENT),
            new Rating(SheetColumn.OPEN_GOVERNMENT_ACCOUNTABILITY, Ogp.didItOpenGovernmentPublicAccountability,
                    Indicator.DID_IT_OPEN_GOVERNMENT),
            new Rating(SheetColumn.STARRED_END, Indicator.STARRED));
    private static final List<SheetColumn> VALUES = List.of(SheetColumn.VALUE_INFORMATION,
            SheetColumn.VALUE_PARTICIPATION, SheetColumn.VALUE_ACCOUNTABILITY, SheetColumn.VALUE_TECHNOLOGY);

    private final Vocabularies vocabularies;
    private final SharedResources shared;
    private final Set<Node> datedReports = new HashSet<>();

    SheetAssessments(Vocabularies vocabularies, SharedResources shared) {
        this.vocabularies = vocabularies;
        this.shared = shared;
    }

    void map(SheetRow row, String id, Registry.Member member, Node commitment, TripleBuffer out) {
        crossCheck(row);
        boolean refreshedEarly = row.has(SheetColumn.POTENTIAL_FOR_RESULTS);
        boolean refreshedEnd = row.has(SheetColumn.EARLY_RESULTS);
        Assessed of = new Assessed(id, member, commitment);
        assessment(row, new Report(SheetColumn.PROGRESS_REPORT, refreshedEarly ? "Action Plan Review" : "Progress Report",
                methodology(refreshedEarly)), EARLY, of, out);
        assessment(row, new Report(SheetColumn.END_OF_TERM_REPORT, refreshedEnd ? "Results Report" : "End-of-Term Report",
                methodology(refreshedEnd)), END, of, out);
    }

    private static Indicator.Methodology methodology(boolean refreshed) {
        return refreshed ? Indicator.Methodology.REFRESHED : Indicator.Methodology.ORIGINAL;
    }

    /** Which report: the column holding its publication year, its kind and the methodology it applies. */
    private record Report(SheetColumn year, String kind, Indicator.Methodology methodology) {
    }

    /** What an assessment is of. */
    private record Assessed(String id, Registry.Member member, Node commitment) {
    }

    private void assessment(SheetRow row, Report report, List<Rating> ratings, Assessed of, TripleBuffer out) {
        if (!row.has(report.year()) && ratings.stream().noneMatch(rating -> row.has(rating.column()))) {
            return;
        }
        String name = reportName(row, report.kind());
        Node reportNode = shared.report(of.member(), name, out);
        if (row.has(report.year()) && datedReports.add(reportNode)) {
            Node year = Literals.year(row.get(report.year()));
            if (year == null) {
                row.warning(report.year(), row.get(report.year()), "is not a four-digit year; left out");
            } else {
                out.add(reportNode, DCTerms.issued.asNode(), year);
            }
        }
        Node assessment = Iris.assessment(of.id(), name);
        out.add(of.commitment(), Ogp.assessment, assessment);
        out.add(assessment, RDF.type.asNode(), Ogp.Assessment);
        out.add(assessment, RDFS.label.asNode(), Literals.text("IRM assessment of " + of.id() + " (" + name + ")"));
        out.add(assessment, Ogp.methodology, vocabularies.methodologies().find(report.methodology().slug()).orElseThrow());
        out.add(assessment, Ogp.irmReport, reportNode);
        for (Rating rating : ratings) {
            if (rating.scale().appliesTo(report.methodology())) {
                rate(row, rating, assessment, out);
            } else if (row.has(rating.column())) {
                row.warning(rating.column(), row.get(rating.column()), "is a rating of the other IRM methodology than "
                        + "this row's " + name + " (" + report.methodology().slug() + "); left out");
            }
        }
    }

    /** The report's name as the canonical files write it: kind and plan period ("Progress Report 2014-2016"). */
    private static String reportName(SheetRow row, String kind) {
        String start = row.get(SheetColumn.PLAN_START);
        String end = row.get(SheetColumn.PLAN_END);
        boolean period = Literals.year(start) != null && Literals.year(end) != null;
        return period ? kind + " " + start + "-" + end : kind;
    }

    private void rate(SheetRow row, Rating rating, Node assessment, TripleBuffer out) {
        String value = row.get(rating.column());
        if (value.isEmpty()) {
            return;
        }
        vocabularies.indicator(rating.scale()).find(rating.level(value)).ifPresentOrElse(
                concept -> out.add(assessment, rating.property(), concept),
                () -> row.warning(rating.column(), value, "is not a level of the scheme /def/"
                        + rating.scale().scheme() + "; left out"));
    }

    /** Warns where a rating and its numeric twin disagree, and where relevance disagrees with the four values. */
    private static void crossCheck(SheetRow row) {
        for (SheetColumn column : SheetColumn.values()) {
            if (column.twin() == null || !row.hasTwin(column)) {
                continue;
            }
            String label = row.get(column);
            String twin = row.twin(column);
            String expected = label.isEmpty() ? "" : column.code(label);
            if (expected != null && !expected.equals(twin)) {
                row.warning(column, label, "disagrees with its numeric twin '" + column.twin() + "', which says '"
                        + (twin.isEmpty() ? "no value" : twin) + "'" + (expected.isEmpty() ? ""
                        : " (the sheet codes this level " + expected + ")"));
            }
        }
        String relevant = row.get(SheetColumn.RELEVANT);
        List<String> values = VALUES.stream().map(row::get).toList();
        if (!relevant.isEmpty() && values.stream().noneMatch(String::isEmpty)) {
            boolean anyValue = values.contains("1");
            if (!Objects.equals(relevant, anyValue ? "1" : "0")) {
                row.warning(SheetColumn.RELEVANT, relevant, "disagrees with the four 'OGP Value' columns, which "
                        + (anyValue ? "name a value" : "name none"));
            }
        }
    }
}
