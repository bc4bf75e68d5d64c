package org.ogplod.convert;

import java.util.Set;

/**
 * A row of OGP's commitment sheet seen through its header. {@code ND}, {@code NR}, {@code NA} and blank cells are
 * "no value" ({@link #get} gives an empty string); problems name the cell and the header as the file writes it.
 */
final class SheetRow {
    private static final Set<String> NO_VALUE = Set.of("", "ND", "NR", "NA", "N/A");

    private final SheetHeader header;
    private final Row row;
    private final Tally problems;

    SheetRow(SheetHeader header, Row row, Tally problems) {
        this.header = header;
        this.row = row;
        this.problems = problems;
    }

    /** The trimmed value, or an empty string when the cell is absent or says there is no value. */
    String get(SheetColumn column) {
        return value(header.index(column));
    }

    boolean has(SheetColumn column) {
        return !get(column).isEmpty();
    }

    /** The value of the column's numeric twin, or an empty string. */
    String twin(SheetColumn column) {
        return value(header.twinIndex(column));
    }

    boolean hasTwin(SheetColumn column) {
        return header.twinIndex(column) >= 0;
    }

    /** The value of any cell by index, with the same "no value" reading. */
    String value(int index) {
        if (index < 0 || index >= row.values().size()) {
            return "";
        }
        String value = row.values().get(index).strip();
        return value.length() <= 3 && NO_VALUE.contains(value.toUpperCase(java.util.Locale.ROOT)) ? "" : value;
    }

    int index(SheetColumn column) {
        return header.index(column);
    }

    String where(SheetColumn column) {
        return row.where(header.index(column));
    }

    void error(SheetColumn column, String value, String rule) {
        report(Problem.error(where(column), name(column), value, rule));
    }

    void warning(SheetColumn column, String value, String rule) {
        report(Problem.warning(where(column), name(column), value, rule));
    }

    /** A warning about the cell at {@code index} (a policy-area column, which has no {@link SheetColumn}). */
    void warning(int index, String value, String rule) {
        report(Problem.warning(row.where(index), header.name(index), value, rule));
    }

    private void report(Problem problem) {
        problems.accept(problem);
    }

    private String name(SheetColumn column) {
        int index = header.index(column);
        return index >= 0 ? header.name(index) : column.header();
    }
}
