package org.ogplod.convert;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns of OGP's own commitment sheet (the 171-column download) that ogp-lod maps, by their headers as OGP
 * writes them. Headers match in any case and spacing. A rating column may have a numeric twin (its header starts
 * with {@code _}) whose codes are listed here, so the two can be cross-checked. The policy-area columns are not
 * listed: any header that is a label of a {@code /def/theme} concept is one.
 */
enum SheetColumn {
    ID("Commitment Unique Identifier"),
    MEMBER("Country/Locality"),
    PLAN_NUMBER("Action Plan Number"),
    COMMITMENT_NUMBER("Commitment Number"),
    CODE("Code"),
    REGION("Region"),
    LEVEL("National Or Local"),
    PLAN_START("Year Of Submission"),
    PLAN_END("Action Plan End Year"),
    HEADING("Theme"),
    TITLE("Commitment Title"),
    SHORT_TITLE("Short Title"),
    FULL_TEXT("Full Text"),
    START("Start Date"),
    END("End Date"),
    LEAD("Lead Institution"),
    SUPPORT("Supporting Institution(s)"),
    URL("URL"),
    PLAN_ID("Action Plan ID"),

    PROGRESS_REPORT("Report Publication Year (Progress Report)"),
    VERIFIABLE("Verifiable"),
    VALUE_INFORMATION("OGP Value Access To Information"),
    VALUE_PARTICIPATION("OGP Value Civic Participation"),
    VALUE_ACCOUNTABILITY("OGP Value Public Accountability"),
    VALUE_TECHNOLOGY("OGP Value Technology"),
    RELEVANT("_Relevant"),
    SPECIFICITY("Specificity", "_Specificity", Codes.of("None", "Low", "Medium", "High")),
    POTENTIAL_IMPACT("Potential Impact", "_Potential Impact", Codes.of("None", "Minor", "Moderate", "Transformative")),
    COMPLETION_PROGRESS("Completion (Progress Report)", "_CompletionProgress", Codes.COMPLETION),
    STARRED_PROGRESS("Starred (Current Formula) Progress Report"),
    POTENTIAL_FOR_RESULTS("Potential for Results", "_Potential for Results",
            Codes.of("Unclear", "Modest", "Substantial")),

    END_OF_TERM_REPORT("Report Publication Year (End Of Term)"),
    COMPLETION_END("Completion (End Of Term)", "_CompletionEndTerm", Codes.COMPLETION),
    EARLY_RESULTS("Early Results", "_Early Results", Codes.of("No notable results", "Moderate", "Significant")),
    OPEN_GOVERNMENT("Did It Open Government (Overall)", "_OpenGovernment", Codes.OPEN_GOVERNMENT),
    OPEN_GOVERNMENT_INFORMATION("Did It Open Government (Access To Information)", "_DIOGATI", Codes.BY_VALUE),
    OPEN_GOVERNMENT_PARTICIPATION("Did It Open Government (Civic Participation)", "_DIOGCP", Codes.BY_VALUE),
    OPEN_GOVERNMENT_ACCOUNTABILITY("Did It Open Government: Public Accountability", "_DIOGPA", Codes.BY_VALUE),
    STARRED_END("Starred (Current Formula) End of Term"),

    /** Not OGP's: {@code generate --format ogp-sheet} marks its rows with it ({@code yes}). */
    SYNTHETIC("synthetic");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String header;
    private final String twin;
    private final Map<String, String> codes;

    SheetColumn(String header) {
        this(header, null, Map.of());
    }

    SheetColumn(String header, String twin, Map<String, String> codes) {
        this.header = header;
        this.twin = twin;
        this.codes = codes;
    }

    /** The header as OGP writes it. */
    String header() {
        return header;
    }

    /** The header of the numeric twin column, or null. */
    String twin() {
        return twin;
    }

    /** The twin's code for a label of this column (any case), or null when the label has none. */
    String code(String label) {
        return codes.get(label.toLowerCase(Locale.ROOT));
    }

    /** The columns a sheet must have: without them no commitment can be identified or sourced. */
    static List<SheetColumn> required() {
        return List.of(ID, MEMBER, URL);
    }

    /** True when the header names look like OGP's commitment sheet (its identifier and member columns). */
    static boolean recognises(List<String> headers) {
        List<String> keys = headers.stream().map(SheetColumn::key).toList();
        return keys.contains(key(ID.header)) && keys.contains(key(MEMBER.header));
    }

    /** The comparison key of a header: lower case, no white space (spreadsheet exports vary both). */
    static String key(String header) {
        return SPACES.matcher(header).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The twin codes the sheet uses; each scale numbers its labels in order, some with gaps or shared codes. */
    private static final class Codes {
        static final Map<String, String> COMPLETION = of("Withdrawn", "Unclear", "Not Started", "Limited",
                "Substantial", "Complete");
        static final Map<String, String> OPEN_GOVERNMENT = Map.of("worsens", "0", "worsened", "0",
                "did not change", "1", "no early results to report yet", "1", "marginal", "2", "major", "3",
                "outstanding", "4");
        static final Map<String, String> BY_VALUE = Map.of("not applicable", "0", "worsens", "1", "worsened", "1",
                "did not change", "2", "marginal", "3", "major", "4", "outstanding", "5");

        static Map<String, String> of(String... labels) {
            java.util.HashMap<String, String> codes = new java.util.HashMap<>();
            for (int i = 0; i < labels.length; i++) {
                codes.put(labels[i].toLowerCase(Locale.ROOT), Integer.toString(i));
            }
            return Map.copyOf(codes);
        }
    }
}
