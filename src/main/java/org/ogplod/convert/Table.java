package org.ogplod.convert;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of input table: members, the commitments that reference them (both in the canonical columns), and OGP's
 * own commitment sheet, from which members are derived when no members file names them.
 */
public enum Table {
    MEMBERS("members"), COMMITMENTS("commitments"), OGP_SHEET("commitments");

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

    /**
     * The table a file holds: OGP's sheet by its headers, else by the file's name ({@code members.csv}), else by the
     * canonical headers; null when nothing tells.
     */
    public static Table of(String fileName, List<String> headers) {
        if (SheetColumn.recognises(headers)) {
            return OGP_SHEET;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        for (Table table : List.of(MEMBERS, COMMITMENTS)) {
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
