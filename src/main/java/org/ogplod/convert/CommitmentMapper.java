package org.ogplod.convert;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Ogp;

/**
 * Maps a commitments row onto the ontology: the commitment, and on first sight the action plan, institutions and
 * IRM reports it names, plus its IRM assessment. References to members must resolve to a member already read.
 */
final class CommitmentMapper {
    /** The columns that hold the title in another language, with the language's tag. */
    private static final java.util.Map<Column, String> TRANSLATED_TITLES = java.util.Map.of(Column.TITLE_ES, "es",
            Column.TITLE_FR, "fr");
    private static final Pattern PERIOD = Pattern.compile("([12][0-9]{3})\\s*[-–]\\s*([12][0-9]{3})");

    private final Registry registry;
    private final Vocabularies vocabularies;
    private final Tally problems;
    private final Set<Node> titledPlans = new HashSet<>();
    private final SharedResources shared;
    private final AssessmentMapper assessments;

    CommitmentMapper(Registry registry, Vocabularies vocabularies, Tally problems) {
        this.registry = registry;
        this.vocabularies = vocabularies;
        this.problems = problems;
        this.shared = new SharedResources(registry);
        this.assessments = new AssessmentMapper(vocabularies, problems, shared);
    }

    /** Adds the commitment's triples to {@code out}; returns false when the row has errors and is rejected. */
    boolean map(Record row, TripleBuffer out) {
        long before = problems.errors();
        String id = row.get(Column.ID).toUpperCase(Locale.ROOT);
        Registry.Member member = identified(row, id);
        if (member == null) {
            return false;
        }
        describe(row, id, member, out);
        return problems.errors() == before;
    }

    /** The commitment's member, when its id is well formed and new and its member known; else null, with why. */
    private Registry.Member identified(Record row, String id) {
        long before = problems.errors();
        Registry.Member member = registry.member(row.get(Column.MEMBER));
        if (!Iris.COMMITMENT_ID.matcher(id).matches()) {
            problems.accept(row.error(Column.ID, row.get(Column.ID),
                    "is not an OGP commitment id (two or three letters, an optional three-letter local code, four digits)"));
        }
        if (member == null) {
            problems.accept(row.error(Column.MEMBER, row.get(Column.MEMBER), "is not a member of the members input"));
        }
        if (problems.errors() > before) {
            return null;
        }
        String first = registry.addCommitment(id, row.where(Column.ID));
        if (first != null) {
            problems.accept(row.error(Column.ID, id, "is a duplicate commitment id (first at " + first + ")"));
            return null;
        }
        return member;
    }

    /** Every triple of an identified commitment (its plan, institutions and assessments too). */
    private void describe(Record row, String id, Registry.Member member, TripleBuffer out) {
        Node commitment = Iris.commitment(id);
        Emitter emit = new Emitter(out, commitment, row, problems);
        emit.add(RDF.type.asNode(), Ogp.Commitment);
        emit.add(DCTerms.identifier.asNode(), Literals.text(id));
        emit.add(RDFS.label.asNode(), Literals.text(row.has(Column.TITLE) ? row.get(Column.TITLE) : "Commitment " + id));
        emit.text(Column.TITLE, DCTerms.title.asNode());
        TRANSLATED_TITLES.forEach((column, language) -> {
            emit.text(column, language, DCTerms.title.asNode());
            emit.text(column, language, RDFS.label.asNode());
        });
        emit.text(Column.TITLE_LONG, DCTerms.alternative.asNode());
        emit.text(Column.DESCRIPTION, DCTerms.description.asNode());
        emit.add(Ogp.member, Iris.member(member.slug()));
        plan(row, member, emit, out);
        emit.year(Column.CYCLE, Ogp.cycle);
        emit.concept(Column.STATUS, Ogp.status, vocabularies.status());
        institutions(row, Column.LEAD_INSTITUTIONS, Ogp.leadInstitution, member, emit, out);
        institutions(row, Column.SUPPORT_INSTITUTIONS, Ogp.supportInstitution, member, emit, out);
        emit.concepts(Column.POLICY_AREAS, Ogp.policyArea, vocabularies.themes());
        vocabularies.addTopPolicyAreas(commitment, out);
        emit.concepts(Column.OGP_VALUES, Ogp.ogpValue, vocabularies.values());
        emit.date(Column.START, SchemaDO.startDate.asNode());
        emit.date(Column.END, SchemaDO.endDate.asNode());
        assessments.map(row, id, member, emit, out);
        emit.sources(Column.SOURCE);
        emit.text(Column.NOTES, SKOS.editorialNote.asNode());
        emit.bool(Column.SYNTHETIC, Ogp.synthetic);
    }

    private void plan(Record row, Registry.Member member, Emitter emit, TripleBuffer out) {
        String start = row.get(Column.PLAN_START);
        String end = row.get(Column.PLAN_END);
        Matcher period = PERIOD.matcher(row.get(Column.ACTION_PLAN));
        if (start.isEmpty() && end.isEmpty() && period.find()) {
            start = period.group(1);
            end = period.group(2);
        }
        if (start.isEmpty() && end.isEmpty()) {
            return;
        }
        Node startYear = Literals.year(start);
        Node endYear = Literals.year(end);
        if (startYear == null || endYear == null || start.compareTo(end) > 0) {
            Column column = startYear == null ? Column.PLAN_START : Column.PLAN_END;
            problems.accept(row.error(column, start + "-" + end,
                    "is not an action plan period (plan_start and plan_end are years, start not after end)"));
            return;
        }
        Node plan = shared.plan(member, start, end, out);
        emit.add(Ogp.actionPlan, plan);
        if (row.has(Column.ACTION_PLAN) && titledPlans.add(plan)) {
            out.add(plan, DCTerms.title.asNode(), Literals.text(row.get(Column.ACTION_PLAN)));
        }
    }

    private void institutions(Record row, Column column, Node property, Registry.Member member, Emitter emit,
            TripleBuffer out) {
        for (String name : row.list(column)) {
            Node institution = shared.institution(member, name, out);
            if (institution == null) {
                problems.accept(row.error(column, name, "is not an institution name (no letters or digits)"));
            } else {
                emit.add(property, institution);
            }
        }
    }

    /** Maps the IRM columns of a row to one assessment node with its reports and indicator values. */
    private record AssessmentMapper(Vocabularies vocabularies, Tally problems, SharedResources shared) {

        void map(Record row, String id, Registry.Member member, Emitter commitment, TripleBuffer out) {
            List<String> reports = row.list(Column.IRM_REPORTS);
            boolean anyValue = java.util.Arrays.stream(Indicator.values()).anyMatch(i -> row.has(i.column()));
            if (!row.has(Column.IRM_METHODOLOGY) && reports.isEmpty() && !anyValue) {
                return;
            }
            Node methodology = vocabularies.methodologies().find(row.get(Column.IRM_METHODOLOGY)).orElse(null);
            if (methodology == null) {
                problems.accept(row.error(Column.IRM_METHODOLOGY, row.get(Column.IRM_METHODOLOGY),
                        "must be 'original' or 'refreshed' when IRM reports or values are given"));
                return;
            }
            if (reports.isEmpty()) {
                problems.accept(row.error(Column.IRM_REPORTS, "", "is required when IRM values are given: name the report"));
                return;
            }
            Indicator.Methodology used = methodology.getURI().endsWith("/original") ? Indicator.Methodology.ORIGINAL
                    : Indicator.Methodology.REFRESHED;
            Node assessment = Iris.assessment(id, reports.get(0));
            commitment.add(Ogp.assessment, assessment);
            Emitter emit = new Emitter(out, assessment, row, problems);
            emit.add(RDF.type.asNode(), Ogp.Assessment);
            emit.add(RDFS.label.asNode(), Literals.text("IRM assessment of " + id + " (" + reports.get(0) + ")"));
            emit.add(Ogp.methodology, methodology);
            for (String report : reports) {
                emit.add(Ogp.irmReport, shared.report(member, report, out));
            }
            for (Indicator indicator : Indicator.values()) {
                if (indicator.appliesTo(used)) {
                    emit.concept(indicator.column(), indicator.property(), vocabularies.indicator(indicator));
                } else if (row.has(indicator.column()) && !indicator.sharesColumnWithOther(used)) {
                    problems.accept(row.error(indicator.column(), row.get(indicator.column()),
                            "is an indicator of the other IRM methodology, not of '" + used.slug() + "'"));
                }
            }
        }
    }
}
