package org.ogplod.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.ogplod.ontology.ConceptIndex;

/**
 * Which cell of a sheet row holds which {@link SheetColumn}, which cells are policy-area columns (and their theme
 * concepts), and which are left unmapped. Worked out once per header; the unmapped columns are reported once.
 */
final class SheetHeader {
    /** A policy-area column: its index and the theme concept its header names. */
    record Area(int index, Node theme) {
    }

    private final List<String> names;
    private final int[] indexByColumn;
    private final int[] twinByColumn;
    private final List<Area> areas;

    private SheetHeader(List<String> names, int[] indexByColumn, int[] twinByColumn, List<Area> areas) {
        this.names = names;
        this.indexByColumn = indexByColumn;
        this.twinByColumn = twinByColumn;
        this.areas = areas;
    }

    /** Checks the columns no row can do without; problems are located at {@code where}. */
    static void checkRequired(List<String> names, String where, Problems problems) {
        List<String> keys = names.stream().map(SheetColumn::key).toList();
        for (SheetColumn column : SheetColumn.required()) {
            if (!keys.contains(SheetColumn.key(column.header()))) {
                problems.add(Problem.error(where, column.header(), null,
                        "is a required column of OGP's commitment sheet and is missing"));
            }
        }
    }

    /** Maps the names; the unmapped ones are reported once, as a warning, to {@code problems} (may be null). */
    static SheetHeader of(List<String> names, ConceptIndex themes, String where, Problems problems) {
        int[] index = new int[SheetColumn.values().length];
        int[] twin = new int[SheetColumn.values().length];
        Arrays.fill(index, -1);
        Arrays.fill(twin, -1);
        List<Area> areas = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String key = SheetColumn.key(names.get(i));
            if (!place(key, i, index, twin)) {
                int column = i;
                themes.find(names.get(i)).ifPresentOrElse(theme -> areas.add(new Area(column, theme)),
                        () -> unmapped.add(names.get(column)));
            }
        }
        if (problems != null && !unmapped.isEmpty()) {
            problems.add(Problem.warning(where, null, null, unmapped.size() + " columns of OGP's commitment sheet "
                    + "are not mapped and their cells are ignored (derived analysis and other columns): "
                    + String.join(", ", unmapped.stream().map(name -> "'" + name + "'").toList())));
        }
        return new SheetHeader(names, index, twin, List.copyOf(areas));
    }

    private static boolean place(String key, int i, int[] index, int[] twin) {
        for (SheetColumn column : SheetColumn.values()) {
            if (key.equals(SheetColumn.key(column.header())) && index[column.ordinal()] < 0) {
                index[column.ordinal()] = i;
                return true;
            }
            if (column.twin() != null && key.equals(SheetColumn.key(column.twin()))) {
                twin[column.ordinal()] = i;
                return true;
            }
        }
        return false;
    }

    boolean sameNames(List<String> other) {
        return names == other || names.equals(other);
    }

    int index(SheetColumn column) {
        return indexByColumn[column.ordinal()];
    }

    int twinIndex(SheetColumn column) {
        return twinByColumn[column.ordinal()];
    }

    /** The header as the file writes it, for problem reports. */
    String name(int index) {
        return index >= 0 && index < names.size() ? names.get(index) : "";
    }

    List<Area> areas() {
        return areas;
    }
}
