package org.ogplod.convert;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Ogp;

/**
 * Maps a row of OGP's commitment sheet onto the ontology: the commitment, its policy areas (one 0/1 column each)
 * and OGP values, and on first sight its member, action plan and institutions; the IRM columns go to
 * {@link SheetAssessments}. A member already read from a members file is matched by slug or OGP code, never by
 * name, and its facts win. Values outside a scale are warnings: the sheet is OGP's, the commitment is kept.
 */
final class SheetMapper {
    private static final Pattern MEMBER_URL = Pattern.compile("/members/([A-Za-z0-9-]+)/", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST = Pattern.compile("\\s*[;,]\\s*");
    private static final Map<SheetColumn, String> VALUES = Map.of(SheetColumn.VALUE_INFORMATION, "access-to-information",
            SheetColumn.VALUE_PARTICIPATION, "civic-participation", SheetColumn.VALUE_ACCOUNTABILITY,
            "public-accountability", SheetColumn.VALUE_TECHNOLOGY, "technology-and-innovation");

    private final Registry registry;
    private final Vocabularies vocabularies;
    private final Tally problems;
    private final SharedResources shared;
    private final SheetAssessments assessments;
    private final Set<Node> describedPlans = new HashSet<>();

    SheetMapper(Registry registry, Vocabularies vocabularies, Tally problems) {
        this.registry = registry;
        this.vocabularies = vocabularies;
        this.problems = problems;
        this.shared = new SharedResources(registry);
        this.assessments = new SheetAssessments(vocabularies, shared);
    }

    /** Adds the row's triples to {@code out}; returns false when the row has errors and is rejected. */
    boolean map(Row cells, SheetHeader header, TripleBuffer out) {
        SheetRow row = new SheetRow(header, cells, problems);
        long before = problems.errors();
        String id = row.get(SheetColumn.ID).toUpperCase(Locale.ROOT);
        Node source = Literals.iri(row.get(SheetColumn.URL));
        if (!Iris.COMMITMENT_ID.matcher(id).matches()) {
            row.error(SheetColumn.ID, row.get(SheetColumn.ID), "is not an OGP commitment id (two or three letters, "
                    + "an optional three-letter local code, four digits)");
        }
        if (source == null) {
            row.error(SheetColumn.URL, row.get(SheetColumn.URL), "is required: the http(s) URL of the commitment's page");
        }
        if (problems.errors() > before) {
            return false;
        }
        Registry.Member member = member(row, source, out);
        String first = member == null ? null : registry.addCommitment(id, row.where(SheetColumn.ID));
        if (first != null) {
            row.error(SheetColumn.ID, id, "is a duplicate commitment id (first at " + first + ")");
        }
        if (problems.errors() > before) {
            return false;
        }
        Node commitment = Iris.commitment(id);
        describe(row, id, member, commitment, out);
        Node plan = plan(row, member, out);
        if (plan != null) {
            out.add(commitment, Ogp.actionPlan, plan);
        }
        institutions(row, member, commitment, out);
        subjects(row, header, commitment, out);
        dates(row, commitment, out);
        out.add(commitment, DCTerms.source.asNode(), source);
        if (synthetic(row)) {
            out.add(commitment, Ogp.synthetic, Literals.bool("yes"));
        }
        assessments.map(row, id, member, commitment, out);
        return problems.errors() == before;
    }

    private void describe(SheetRow row, String id, Registry.Member member, Node commitment, TripleBuffer out) {
        String title = SPACES.matcher(row.get(SheetColumn.SHORT_TITLE)).replaceAll(" ");
        String longTitle = SPACES.matcher(row.get(SheetColumn.TITLE)).replaceAll(" ");
        title = title.isEmpty() ? longTitle : title;
        out.add(commitment, RDF.type.asNode(), Ogp.Commitment);
        out.add(commitment, DCTerms.identifier.asNode(), Literals.text(id));
        out.add(commitment, RDFS.label.asNode(), Literals.text(title.isEmpty() ? "Commitment " + id : title));
        out.add(commitment, Ogp.member, Iris.member(member.slug()));
        if (!title.isEmpty()) {
            out.add(commitment, DCTerms.title.asNode(), Literals.text(title));
        }
        if (!longTitle.isEmpty() && !longTitle.equalsIgnoreCase(title)) {
            out.add(commitment, DCTerms.alternative.asNode(), Literals.text(longTitle));
        }
        if (row.has(SheetColumn.FULL_TEXT)) {
            out.add(commitment, DCTerms.description.asNode(), Literals.text(row.get(SheetColumn.FULL_TEXT)));
        }
        if (row.has(SheetColumn.HEADING)) {
            out.add(commitment, Ogp.planHeading, Literals.text(row.get(SheetColumn.HEADING)));
        }
        if (row.has(SheetColumn.COMMITMENT_NUMBER)) {
            out.add(commitment, Ogp.commitmentNumber, Literals.text(row.get(SheetColumn.COMMITMENT_NUMBER)));
        }
    }

    /** The member the row names: one already known by slug or code, else one described from the row. */
    private Registry.Member member(SheetRow row, Node source, TripleBuffer out) {
        String name = SPACES.matcher(row.get(SheetColumn.MEMBER)).replaceAll(" ");
        Matcher url = MEMBER_URL.matcher(source.getURI());
        String slug = url.find() ? url.group(1).toLowerCase(Locale.ROOT) : Iris.slug(name);
        String code = row.get(SheetColumn.CODE);
        Registry.Member known = registry.memberBySlugOrCode(slug, code);
        if (known != null) {
            return known;
        }
        if (name.isEmpty() || slug.isEmpty()) {
            row.error(SheetColumn.MEMBER, name, "is required: the member that made the commitment");
            return null;
        }
        String type = level(row);
        Registry.Member member = new Registry.Member(slug, name, type.equals("national"), code,
                row.where(SheetColumn.MEMBER));
        registry.addMember(member);
        Node node = Iris.member(slug);
        MemberMapper.describe(node, slug, name, type, out);
        out.add(node, DCTerms.source.asNode(), source);
        if (synthetic(row)) {
            out.add(node, Ogp.synthetic, Literals.bool("yes"));
        }
        if (!code.isEmpty()) {
            out.add(node, Ogp.ogpCode, Literals.text(code));
        }
        if (row.has(SheetColumn.REGION)) {
            vocabularies.regions().find(row.get(SheetColumn.REGION)).ifPresentOrElse(
                    region -> out.add(node, Ogp.region, region), () -> row.warning(SheetColumn.REGION,
                            row.get(SheetColumn.REGION), "is not a region of /def/region; left out"));
        }
        return member;
    }

    private static boolean synthetic(SheetRow row) {
        return row.get(SheetColumn.SYNTHETIC).equalsIgnoreCase("yes");
    }

    /** {@code national}, {@code local} (also "Legacy Local") or {@code other}, from "National Or Local". */
    private static String level(SheetRow row) {
        String level = row.get(SheetColumn.LEVEL).toLowerCase(Locale.ROOT);
        if (level.equals("national")) {
            return "national";
        }
        if (level.endsWith("local")) {
            return "local";
        }
        if (!level.equals("other")) {
            row.warning(SheetColumn.LEVEL, row.get(SheetColumn.LEVEL),
                    "is not National, Local, Legacy Local or Other; the member is described without a level");
        }
        return "other";
    }

    private Node plan(SheetRow row, Registry.Member member, TripleBuffer out) {
        String start = row.get(SheetColumn.PLAN_START);
        String end = row.get(SheetColumn.PLAN_END);
        if (start.isEmpty() && end.isEmpty()) {
            return null;
        }
        if (Literals.year(start) == null || Literals.year(end) == null || start.compareTo(end) > 0) {
            SheetColumn column = Literals.year(start) == null ? SheetColumn.PLAN_START : SheetColumn.PLAN_END;
            row.warning(column, start + "-" + end, "is not an action plan period (years, start not after end); "
                    + "the commitment is kept without a plan");
            return null;
        }
        Node plan = shared.plan(member, start, end, out);
        if (describedPlans.add(plan)) {
            if (row.has(SheetColumn.PLAN_ID)) {
                out.add(plan, DCTerms.identifier.asNode(), Literals.text(row.get(SheetColumn.PLAN_ID)));
            }
            number(row, SheetColumn.PLAN_NUMBER).ifPresent(n -> out.add(plan, Ogp.planNumber, n));
        }
        return plan;
    }

    private void institutions(SheetRow row, Registry.Member member, Node commitment, TripleBuffer out) {
        Node lead = shared.institution(member, SPACES.matcher(row.get(SheetColumn.LEAD)).replaceAll(" "), out);
        if (lead != null) {
            out.add(commitment, Ogp.leadInstitution, lead);
        }
        for (String name : LIST.split(SPACES.matcher(row.get(SheetColumn.SUPPORT)).replaceAll(" "))) {
            Node support = shared.institution(member, name.strip(), out);
            if (support != null) {
                out.add(commitment, Ogp.supportInstitution, support);
            }
        }
    }

    /** The policy areas whose column is 1, the top-level areas above them, and the OGP values whose column is 1. */
    private void subjects(SheetRow row, SheetHeader header, Node commitment, TripleBuffer out) {
        for (SheetHeader.Area area : header.areas()) {
            if (flag(row, area.index())) {
                out.add(commitment, Ogp.policyArea, area.theme());
            }
        }
        vocabularies.addTopPolicyAreas(commitment, out);
        VALUES.forEach((column, slug) -> {
            if (flag(row, row.index(column))) {
                out.add(commitment, Ogp.ogpValue, vocabularies.values().find(slug).orElseThrow());
            }
        });
    }

    /** True for 1, false for 0 or no value; anything else is a warning and counts as no value. */
    private static boolean flag(SheetRow row, int index) {
        String value = row.value(index);
        if (!value.isEmpty() && !value.equals("0") && !value.equals("1")) {
            row.warning(index, value, "is not 0 or 1; read as no value");
        }
        return value.equals("1");
    }

    private static void dates(SheetRow row, Node commitment, TripleBuffer out) {
        for (SheetColumn column : new SheetColumn[] {SheetColumn.START, SheetColumn.END}) {
            if (!row.has(column)) {
                continue;
            }
            Node date = SheetDate.parse(row.get(column));
            if (date == null) {
                row.warning(column, row.get(column), "is not a date (M/D/YYYY, Month YYYY or YYYY); left out");
            } else {
                out.add(commitment, (column == SheetColumn.START ? SchemaDO.startDate : SchemaDO.endDate).asNode(),
                        date);
            }
        }
    }

    private static java.util.Optional<Node> number(SheetRow row, SheetColumn column) {
        String value = row.get(column);
        if (value.matches("[0-9]{1,6}")) {
            return java.util.Optional.of(Literals.integer(Long.parseLong(value)));
        }
        if (!value.isEmpty()) {
            row.warning(column, value, "is not a whole number; left out");
        }
        return java.util.Optional.empty();
    }
}
