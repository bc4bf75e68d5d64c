package org.ogplod.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One input file: its reader, the table it holds, its canonical header (null for OGP's sheet, whose header is mapped
 * when it is read) and its SHA-256 (for the release's provenance).
 */
record Input(Path file, RowReader reader, Table table, Header header, String sha256) {

    /**
     * Reads the header of every input file and checks it; members come first. Problems with a file, and those the
     * files met when they were read, go to {@code problems}.
     */
    static List<Input> open(InputFiles files, Problems problems) {
        files.report(problems);
        List<Input> inputs = new ArrayList<>();
        for (InputFiles.Scanned scanned : files.files()) {
            Path file = scanned.path();
            RowReader reader = RowReader.forFile(file);
            try {
                List<String> names = reader.headers(file);
                Table table = Table.of(file.getFileName().toString(), names);
                if (table == null) {
                    problems.add(Problem.file(file.toString(), "cannot tell whether the file holds members or "
                            + "commitments: name it members.* or commitments.*, or give it an 'id' or 'slug' column"));
                    continue;
                }
                Header header = null;
                if (table == Table.OGP_SHEET) {
                    SheetHeader.checkRequired(names, file + " header", problems);
                } else {
                    header = Header.of(table, names, file + " header", problems);
                }
                inputs.add(new Input(file, reader, table, header, scanned.sha256()));
            } catch (InputException e) {
                problems.add(e.problem());
            }
        }
        inputs.sort(Comparator.comparing(Input::table));
        return inputs;
    }
}
