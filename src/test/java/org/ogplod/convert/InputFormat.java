package org.ogplod.convert;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellReference;

/** The three input formats, each able to write a table and to say where a cell is, as data/README.md documents it. */
enum InputFormat {
    CSV("csv"), XLSX("xlsx"), JSON("json");

    private final String extension;

    InputFormat(String extension) {
        this.extension = extension;
    }

    /** Writes {@code rows} as {@code folder/stem.ext} and returns the file. */
    Path write(Rows rows, Path folder, String stem) throws IOException {
        Path file = folder.resolve(stem + "." + extension);
        return switch (this) {
            case CSV -> rows.writeCsv(file);
            case XLSX -> rows.writeXlsx(file);
            case JSON -> rows.writeJson(file);
        };
    }

    /**
     * Where the cell of {@code column} in record {@code record} (0 = first after the header) is, as a problem names it:
     * {@code file:line} for CSV, {@code file sheet 'Data' cell C7} for XLSX, {@code file at /4/title} for JSON.
     */
    String cell(Path file, Rows rows, int record, String column) {
        return switch (this) {
            case CSV -> file + ":" + (record + 2);
            case XLSX -> file + " sheet '" + Rows.SHEET + "' cell "
                    + CellReference.convertNumToColString(rows.column(column)) + (record + 2);
            case JSON -> file + " at /" + record + "/" + column;
        };
    }
}
