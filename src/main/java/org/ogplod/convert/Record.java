package org.ogplod.convert;

import java.util.ArrayList;
import java.util.List;

/** A row seen through its header: canonical columns, trimmed values, multi-valued cells split on ';'. */
final class Record {
    private final Header header;
    private final Row row;
    private final java.util.function.Consumer<Problem> problems;

    Record(Header header, Row row, java.util.function.Consumer<Problem> problems) {
        this.header = header;
        this.row = row;
        this.problems = problems;
    }

    /** The trimmed value, or an empty string when the column is absent or blank. */
    String get(Column column) {
        int index = header.index(column);
        return index < 0 || index >= row.values().size() ? "" : row.values().get(index).strip();
    }

    boolean has(Column column) {
        return !get(column).isEmpty();
    }

    /** The non-blank parts of a multi-valued cell. */
    List<String> list(Column column) {
        List<String> parts = new ArrayList<>();
        for (String part : get(column).split(";")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** Where the column's cell of this row is; the row itself when the column is absent. */
    String where(Column column) {
        return row.where(header.index(column));
    }

    /**
     * Reports every cell holding a control character (other than tab and line breaks, which multi-line cells use);
     * returns false when there was one, and the row is then rejected.
     */
    boolean printable() {
        return printable(row, problems);
    }

    /** The check of {@link #printable()} for a row read without a canonical header (OGP's sheet). */
    static boolean printable(Row row, java.util.function.Consumer<Problem> problems) {
        boolean printable = true;
        for (int i = 0; i < row.values().size(); i++) {
            String value = row.values().get(i);
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7F) {
                    problems.accept(Problem.error(row.where(i), row.names().get(i), value,
                            "contains the control character U+" + String.format("%04X", (int) ch)));
                    printable = false;
                    break;
                }
            }
        }
        return printable;
    }

    Problem error(Column column, String value, String rule) {
        return Problem.error(where(column), column.canonical(), value, rule);
    }

    long number() {
        return row.number();
    }
}
