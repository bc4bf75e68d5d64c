package org.ogplod.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One input file: its reader, the table it holds, its canonical header (null for OGP's sheet, whose header is mapped
 * when it is read) and its SHA-256 (for the release's provenance).
 */
record Input(Path file, RowReader reader, Table table, Header header, String sha256) {

    /**
     * Expands the command-line inputs (files, or folders holding {@code members.*} and {@code commitments.*}),
     * reads every header and checks it; members come first. Problems with a file go to {@code problems}.
     */
    static List<Input> open(List<Path> paths, Problems problems) {
        List<Input> inputs = new ArrayList<>();
        for (Path file : expand(paths, problems)) {
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
                inputs.add(new Input(file, reader, table, header, sha256(file)));
            } catch (InputException e) {
                problems.add(e.problem());
            } catch (IOException e) {
                problems.add(Problem.file(file.toString(), "cannot be read (" + e.getMessage() + ")"));
            }
        }
        inputs.sort(Comparator.comparing(Input::table));
        return inputs;
    }

    /** A cheap estimate of the rows in the inputs (line breaks in CSV, objects in JSON), for progress reports. */
    static long estimateRows(List<Path> paths) {
        long rows = 0;
        for (Path file : expand(paths, new Problems(false))) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int marker = name.endsWith(".csv") ? '\n' : name.endsWith(".json") ? '{' : -1;
            if (marker < 0) {
                continue;
            }
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                byte[] buffer = new byte[1 << 16];
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    for (int i = 0; i < read; i++) {
                        rows += buffer[i] == marker ? 1 : 0;
                    }
                }
            } catch (IOException e) {
                return 0;
            }
        }
        return rows;
    }

    static List<Path> expand(List<Path> paths, Problems problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = tables(path);
                if (found.isEmpty()) {
                    problems.add(Problem.file(path.toString(), "the folder holds no members*, commitments* or OGP "
                            + "commitment sheet file (.csv, .xlsx or .json)"));
                }
                files.addAll(found);
            } else if (!Files.isReadable(path)) {
                problems.add(Problem.file(path.toString(), "no such file, or it cannot be read"));
            } else if (!RowReader.readable(path)) {
                problems.add(Problem.file(path.toString(), "is not a .csv, .xlsx or .json file"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> tables(Path folder) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean named = name.startsWith("members") || name.startsWith("commitments");
                if (Files.isRegularFile(entry) && RowReader.readable(entry) && (named || isOgpSheet(entry))) {
                    found.add(entry);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /** True when the file's header is OGP's commitment sheet; an unreadable file is left to the caller's checks. */
    private static boolean isOgpSheet(Path file) {
        try {
            return SheetColumn.recognises(RowReader.forFile(file).headers(file));
        } catch (InputException e) {
            return false;
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
