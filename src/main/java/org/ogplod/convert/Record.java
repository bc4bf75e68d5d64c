package org.ogplod.convert;

import java.util.ArrayList;
import java.util.List;

/** A row seen through its header: canonical columns, trimmed values, multi-valued cells split on ';'. */
final class Record {
    private final Header header;
    private final Row row;

    Record(Header header, Row row) {
        this.header = header;
        this.row = row;
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
        int index = header.index(column);
        return row.where(Math.max(index, 0));
    }

    Problem error(Column column, String value, String rule) {
        return Problem.error(where(column), column.canonical(), value, rule);
    }

    long number() {
        return row.number();
    }
}
