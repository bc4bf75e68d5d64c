package org.ogplod.convert;

import java.util.Arrays;
import java.util.List;

/**
 * Which cell of a row holds which canonical column, worked out once per header. Checks the header itself:
 * missing required columns and duplicates are errors, unknown and blank headers warnings.
 */
final class Header {
    private final Table table;
    private final List<String> names;
    private final int[] indexByColumn;

    private Header(Table table, List<String> names, int[] indexByColumn) {
        this.table = table;
        this.names = names;
        this.indexByColumn = indexByColumn;
    }

    /** Maps the names; problems with the header go to {@code problems}, located at {@code where}. */
    static Header of(Table table, List<String> names, String where, Problems problems) {
        int[] index = new int[Column.values().length];
        Arrays.fill(index, -1);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Column column = Column.of(table, name);
            if (name.isBlank()) {
                problems.add(Problem.warning(where, null, null, "header " + (i + 1) + " is blank; its cells are ignored"));
            } else if (column == null) {
                problems.add(Problem.warning(where, name, null, "is not a known " + table.fileStem()
                        + " column; it is ignored (see data/README.md)"));
            } else if (index[column.ordinal()] >= 0) {
                problems.add(Problem.error(where, name, null, "names the column '" + column.canonical()
                        + "' a second time"));
            } else {
                index[column.ordinal()] = i;
            }
        }
        if (problems != null) {
            for (Column column : table.columns()) {
                if (column.required() && index[column.ordinal()] < 0) {
                    problems.add(Problem.error(where, column.canonical(), null, "is a required column and is missing"));
                }
            }
        }
        return new Header(table, names, index);
    }

    /** Maps a row's names without re-checking them (for rows that repeat the header's list). */
    static Header quiet(Table table, List<String> names) {
        Problems ignored = new Problems(false);
        return of(table, names, "", ignored);
    }

    Table table() {
        return table;
    }

    boolean sameNames(List<String> other) {
        return names == other || names.equals(other);
    }

    int index(Column column) {
        return indexByColumn[column.ordinal()];
    }
}
