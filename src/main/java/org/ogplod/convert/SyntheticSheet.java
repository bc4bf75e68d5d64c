package org.ogplod.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes synthetic commitments in the layout of OGP's own commitment sheet: the mapped columns with their numeric
 * twins, one 0/1 column per policy area drawn from, and a {@code synthetic} column (OGP's sheet has none) so the
 * rows stay marked. Members are derived from the rows, as for a real sheet.
 */
final class SyntheticSheet {
    static final String FILE = "commitments-sheet.csv";

    private static final String[] REGIONS = {"Europe", "Americas", "Africa and the Middle East",
        "Asia and the Pacific"};
    /** Refreshed results reports rate on another scale than Did it Open Government. */
    private static final Map<String, String> EARLY_RESULTS = Map.of("Did not change", "No notable results",
            "Marginal", "Moderate", "Major", "Significant", "Outstanding", "Significant");
    private static final List<SheetColumn> VALUES = List.of(SheetColumn.VALUE_INFORMATION,
            SheetColumn.VALUE_PARTICIPATION, SheetColumn.VALUE_ACCOUNTABILITY, SheetColumn.VALUE_TECHNOLOGY);
    private static final List<String> VALUE_LABELS = List.of("Access to Information", "Civic Participation",
            "Public Accountability", "Technology and Innovation for Transparency and Accountability");

    private SyntheticSheet() {
    }

    static String[] header() {
        List<String> header = new ArrayList<>(List.of(SheetColumn.ID.header(), SheetColumn.MEMBER.header(),
                SheetColumn.CODE.header(), SheetColumn.REGION.header(), SheetColumn.LEVEL.header(),
                SheetColumn.PLAN_START.header(), SheetColumn.PLAN_END.header(), SheetColumn.TITLE.header(),
                SheetColumn.SHORT_TITLE.header(), SheetColumn.FULL_TEXT.header(), SheetColumn.START.header(),
                SheetColumn.END.header(), SheetColumn.LEAD.header(), SheetColumn.SUPPORT.header()));
        header.addAll(SyntheticData.THEMES);
        VALUES.forEach(column -> header.add(column.header()));
        header.addAll(List.of(SheetColumn.RELEVANT.header(), SheetColumn.PROGRESS_REPORT.header(),
                SheetColumn.VERIFIABLE.header(), SheetColumn.END_OF_TERM_REPORT.header(),
                SheetColumn.COMPLETION_END.header(), SheetColumn.COMPLETION_END.twin(),
                SheetColumn.OPEN_GOVERNMENT.header(), SheetColumn.OPEN_GOVERNMENT.twin(),
                SheetColumn.EARLY_RESULTS.header(), SheetColumn.EARLY_RESULTS.twin(), SheetColumn.STARRED_END.header(),
                SheetColumn.URL.header(), SheetColumn.SYNTHETIC.header()));
        return header.toArray(String[]::new);
    }

    static List<String> row(SyntheticData.Draw draw) {
        List<String> row = new ArrayList<>(List.of(draw.id(), draw.memberName(), "SYN" + (draw.member() + 1),
                REGIONS[draw.member() % REGIONS.length], draw.local() ? "Legacy Local" : "National",
                Integer.toString(draw.cycle()), Integer.toString(draw.cycle() + 2), draw.title(), draw.title(),
                "Synthetic commitment for scale tests; not an OGP record.", sheetDate(draw.start()),
                sheetDate(draw.end()), draw.lead(), draw.support()));
        SyntheticData.THEMES.forEach(theme -> row.add(draw.themes().contains(theme) ? "1" : "0"));
        VALUE_LABELS.forEach(value -> row.add(!draw.assessed() ? "ND" : draw.values().contains(value) ? "1" : "0"));
        String year = Integer.toString(draw.cycle() + 3);
        boolean refreshed = draw.assessed() && !draw.original();
        String dioG = draw.assessed() && draw.original() ? draw.results() : "";
        String early = refreshed ? EARLY_RESULTS.get(draw.results()) : "";
        row.addAll(List.of(draw.assessed() ? "1" : "ND", draw.assessed() ? year : "NR",
                capitalised(draw.verifiable()), draw.assessed() ? year : "NR", or(draw.completion()),
                twin(SheetColumn.COMPLETION_END, draw.completion()), or(dioG), twin(SheetColumn.OPEN_GOVERNMENT, dioG),
                or(early), twin(SheetColumn.EARLY_RESULTS, early), draw.starred().isEmpty() ? "ND"
                        : draw.starred().equals("yes") ? "1" : "0", draw.source(), "yes"));
        return row;
    }

    /** The sheet's month/day/year form of a canonical {@code YYYY-MM} date (the first of the month). */
    private static String sheetDate(String yearMonth) {
        return Integer.parseInt(yearMonth.substring(5)) + "/1/" + yearMonth.substring(0, 4);
    }

    private static String twin(SheetColumn column, String label) {
        return label.isEmpty() ? "ND" : column.code(label);
    }

    private static String or(String label) {
        return label.isEmpty() ? "ND" : label;
    }

    private static String capitalised(String yesOrNo) {
        return yesOrNo.isEmpty() ? "ND" : Character.toUpperCase(yesOrNo.charAt(0)) + yesOrNo.substring(1);
    }
}
