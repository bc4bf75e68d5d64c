package org.ogplod.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The files a run reads, as the command line names them (files, or folders holding {@code members.*} and
 * {@code commitments.*}), each read once before any conversion for its SHA-256 and a rough count of its rows. The
 * checksums go into the release's provenance and into the fingerprint that tells whether a store is up to date; the
 * count into progress reports. What is wrong with an input is reported when the files are converted.
 * <pre>
 *   InputFiles files = InputFiles.read(List.of(Path.of("data")));
 *   Converter.Result result = converter.convert(files, sink);
 * </pre>
 */
public final class InputFiles {
    /** One input file: the hex SHA-256 of its bytes, and about how many rows it holds (0 when unknown). */
    public record Scanned(Path path, String sha256, long rows) {
    }

    private final List<Scanned> files;
    private final List<Problem> problems;

    private InputFiles(List<Scanned> files, List<Problem> problems) {
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
    }

    /** Expands {@code paths} and reads every file once; a path that names nothing readable is left to the report. */
    public static InputFiles read(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        List<Scanned> files = new ArrayList<>();
        for (Path file : expand(paths, problems)) {
            try {
                files.add(scan(file));
            } catch (IOException e) {
                problems.add(Problem.file(file.toString(), "cannot be read (" + e.getMessage() + ")"));
            }
        }
        return new InputFiles(files, problems);
    }

    /** The files in the order they were named, folders' members sorted by name. */
    public List<Scanned> files() {
        return files;
    }

    /** About how many rows the files hold, for progress reports: line breaks in CSV, objects in JSON. */
    public long rows() {
        return files.stream().mapToLong(Scanned::rows).sum();
    }

    /** Adds what was wrong with the inputs (nothing named, unreadable, not a table) to a run's report. */
    void report(Problems report) {
        problems.forEach(report::add);
    }

    /** One pass over the file's bytes: the digest, and the count of the byte that starts or ends a row. */
    private static Scanned scan(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int marker = name.endsWith(".csv") ? '\n' : name.endsWith(".json") ? '{' : -1;
        MessageDigest digest = sha256();
        long rows = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                for (int i = 0; i < read && marker > 0; i++) {
                    rows += buffer[i] == marker ? 1 : 0;
                }
            }
        }
        return new Scanned(file, HexFormat.of().formatHex(digest.digest()), rows);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static List<Path> expand(List<Path> paths, List<Problem> problems) {
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

    /**
     * True when the file's header is OGP's commitment sheet; an unreadable file is left to the caller's checks. Only
     * a file whose name does not tell is asked, and only for its first row.
     */
    private static boolean isOgpSheet(Path file) {
        try {
            return SheetColumn.recognises(RowReader.forFile(file).headers(file));
        } catch (InputException e) {
            return false;
        }
    }
}
