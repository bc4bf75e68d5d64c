package org.ogplod.convert;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The two kinds of input table: members, and the commitments that reference them. */
public enum Table {
    MEMBERS("members"), COMMITMENTS("commitments");

    private final String fileStem;

    Table(String fileStem) {
        this.fileStem = fileStem;
    }

    public String fileStem() {
        return fileStem;
    }

    public List<Column> columns() {
        return Arrays.stream(Column.values()).filter(column -> column.table() == this).toList();
    }

    /** The table a file holds: by its name ({@code members.csv}), else by its headers; null when neither tells. */
    public static Table of(String fileName, List<String> headers) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (Table table : values()) {
            if (name.startsWith(table.fileStem)) {
                return table;
            }
        }
        if (headers.stream().anyMatch(header -> Column.ID.matches(header))) {
            return COMMITMENTS;
        }
        if (headers.stream().anyMatch(header -> Column.SLUG.matches(header))) {
            return MEMBERS;
        }
        return null;
    }
}
