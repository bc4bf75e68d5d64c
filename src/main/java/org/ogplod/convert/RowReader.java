package org.ogplod.convert;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a table file, streaming, one {@link Row} at a time. Row-level trouble (a ragged row) is reported to the
 * problem list; trouble that makes the rest of the file unreadable ends the read with an {@link InputException}.
 */
public sealed interface RowReader permits CsvRowReader, XlsxRowReader, JsonRowReader {

    /** The header names of the file, read without reading the rows. */
    List<String> headers(Path file) throws InputException;

    /** Hands every row of the file, in order, to {@code rows}. */
    void read(Path file, Problems problems, Consumer<Row> rows) throws InputException;

    /** The reader for a file, chosen by its extension; null for an extension we do not read. */
    static RowReader forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvRowReader();
        }
        if (name.endsWith(".xlsx")) {
            return new XlsxRowReader();
        }
        if (name.endsWith(".json")) {
            return new JsonRowReader();
        }
        return null;
    }

    /** True when the file's extension is one we read. */
    static boolean readable(Path file) {
        return forFile(file) != null;
    }
}
