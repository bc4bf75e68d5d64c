package org.ogplod.convert;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The canonical columns of both tables ({@code data/README.md}), with the header aliases OGP and the IRM use.
 * Header matching ignores case, spaces and punctuation.
 */
public enum Column {
    SLUG(Table.MEMBERS, "slug", true),
    NAME(Table.MEMBERS, "name", true, "Member Name", "Country"),
    TYPE(Table.MEMBERS, "type", true, "Member Type", "Level of Government"),
    PARENT(Table.MEMBERS, "parent", false, "Parent Member"),
    ISO2(Table.MEMBERS, "iso2", false, "ISO 3166-1 alpha-2"),
    ISO3(Table.MEMBERS, "iso3", false, "ISO 3166-1 alpha-3"),
    WIKIDATA(Table.MEMBERS, "wikidata", false, "Wikidata QID", "QID"),
    CODE(Table.MEMBERS, "code", false, "OGP Code"),
    REGION(Table.MEMBERS, "region", false),
    JOINED(Table.MEMBERS, "joined", false, "Member Since", "Year Joined"),
    FOUNDING(Table.MEMBERS, "founding", false, "Founding Member"),
    MEMBER_STATUS(Table.MEMBERS, "status", false),
    MEMBER_SOURCE(Table.MEMBERS, "source", true, "Source URL", "URL"),
    MEMBER_NOTES(Table.MEMBERS, "notes", false),
    MEMBER_SYNTHETIC(Table.MEMBERS, "synthetic", false),

    ID(Table.COMMITMENTS, "id", true, "Commitment ID"),
    MEMBER(Table.COMMITMENTS, "member", true, "Country", "Country/Local"),
    TITLE(Table.COMMITMENTS, "title", false, "Commitment Title", "Title of Reform"),
    TITLE_ES(Table.COMMITMENTS, "title_es", false, "Title (Spanish)"),
    TITLE_FR(Table.COMMITMENTS, "title_fr", false, "Title (French)"),
    TITLE_LONG(Table.COMMITMENTS, "title_long", false, "Long Title"),
    DESCRIPTION(Table.COMMITMENTS, "description", false),
    ACTION_PLAN(Table.COMMITMENTS, "action_plan", false),
    PLAN_START(Table.COMMITMENTS, "plan_start", false),
    PLAN_END(Table.COMMITMENTS, "plan_end", false),
    CYCLE(Table.COMMITMENTS, "cycle", false, "Action Plan Cycle"),
    STATUS(Table.COMMITMENTS, "status", false),
    LEAD_INSTITUTIONS(Table.COMMITMENTS, "lead_institutions", false, "Lead Institution", "Responsible Institution"),
    SUPPORT_INSTITUTIONS(Table.COMMITMENTS, "support_institutions", false, "Support Institution(s)",
            "Supporting Institution"),
    POLICY_AREAS(Table.COMMITMENTS, "policy_areas", false, "Policy Area", "Primary Policy Area", "Challenge Area"),
    OGP_VALUES(Table.COMMITMENTS, "ogp_values", false, "OGP Value"),
    START(Table.COMMITMENTS, "start", false, "Commitment Start"),
    END(Table.COMMITMENTS, "end", false, "Commitment End"),
    IRM_METHODOLOGY(Table.COMMITMENTS, "irm_methodology", false, "IRM Methodology"),
    IRM_REPORTS(Table.COMMITMENTS, "irm_reports", false, "IRM Report"),
    IRM_VERIFIABLE(Table.COMMITMENTS, "irm_verifiable", false, "Verifiable"),
    IRM_RELEVANT(Table.COMMITMENTS, "irm_relevant", false, "Relevant", "Relevant to OGP Values"),
    IRM_SPECIFICITY(Table.COMMITMENTS, "irm_specificity", false, "Specificity"),
    IRM_POTENTIAL_IMPACT(Table.COMMITMENTS, "irm_potential_impact", false, "Potential Impact"),
    IRM_AMBITION(Table.COMMITMENTS, "irm_ambition", false, "Ambition"),
    IRM_POTENTIAL_FOR_RESULTS(Table.COMMITMENTS, "irm_potential_for_results", false, "Potential for Results"),
    IRM_COMPLETION(Table.COMMITMENTS, "irm_completion", false, "Completion"),
    IRM_EARLY_RESULTS(Table.COMMITMENTS, "irm_early_results", false, "Early Results", "Did it Open Government?",
            "DIOG"),
    IRM_STARRED(Table.COMMITMENTS, "irm_starred", false, "Starred"),
    SOURCE(Table.COMMITMENTS, "source", true, "Source URL", "URL"),
    NOTES(Table.COMMITMENTS, "notes", false),
    SYNTHETIC(Table.COMMITMENTS, "synthetic", false);

    private final Table table;
    private final String canonical;
    private final boolean required;
    private final Set<String> keys;

    Column(Table table, String canonical, boolean required, String... aliases) {
        this.table = table;
        this.canonical = canonical;
        this.required = required;
        this.keys = Stream.concat(Stream.of(canonical), Stream.of(aliases)).map(Column::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Table table() {
        return table;
    }

    /** The column's name in the canonical files. */
    public String canonical() {
        return canonical;
    }

    public boolean required() {
        return required;
    }

    /** True when a header names this column, as canonical name or alias, in any case, plural or not. */
    public boolean matches(String header) {
        String key = key(header);
        return keys.contains(key) || key.endsWith("s") && keys.contains(key.substring(0, key.length() - 1));
    }

    /** The column of a table that a header names, or null. */
    public static Column of(Table table, String header) {
        for (Column column : values()) {
            if (column.table == table && column.matches(header)) {
                return column;
            }
        }
        return null;
    }

    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
