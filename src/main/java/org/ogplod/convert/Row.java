package org.ogplod.convert;

import java.util.List;

/**
 * One record as read from a file, before any meaning is given to it: its header names, its raw cell values and a way
 * to name where each cell is ({@code members.csv:12}, {@code commitments.xlsx sheet 'Data' cell C7},
 * {@code commitments.json at /4/title}).
 */
public record Row(long number, List<String> names, List<String> values, Locator locator) {

    /** Names the place of a cell in its file; a negative index names the row itself. */
    @FunctionalInterface
    public interface Locator {
        String where(int columnIndex);
    }

    public String where(int columnIndex) {
        return locator.where(columnIndex);
    }
}
