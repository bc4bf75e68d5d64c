package org.ogplod.convert;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads RFC 4180 CSV in UTF-8 (a UTF-8 byte-order mark is accepted), with a header row. */
public final class CsvRowReader implements RowReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    @Override
    public List<String> headers(Path file) throws InputException {
        try (CSVParser parser = open(file)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InputException(file.toString(), "the file is empty: a header row is required");
            }
            return records.next().toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw malformed(file, 1, e);
        }
    }

    @Override
    public void read(Path file, Problems problems, Consumer<Row> rows) throws InputException {
        long line = 1;
        BoundedReader[] bounded = new BoundedReader[1];
        try (CSVParser parser = open(file, bounded)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> names = records.hasNext() ? records.next().toList() : List.of();
            line = parser.getCurrentLineNumber() + 1;
            bounded[0].startRecord();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                bounded[0].startRecord();
                long start = line;
                line = parser.getCurrentLineNumber() + 1;
                if (length(record) > BoundedReader.MAX_RECORD_CHARS) {
                    throw new InputException(file + ":" + start, new BoundedReader.RecordTooLarge().getMessage());
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != names.size()) {
                    problems.add(Problem.error(file + ":" + start, null, null, "the row has " + record.size()
                            + " cells but the header has " + names.size() + "; the row is skipped"));
                    continue;
                }
                rows.accept(new Row(record.getRecordNumber() - 1, names, record.toList(),
                        column -> file + ":" + start));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw malformed(file, line, e);
        }
    }

    /**
     * The characters of a record: its cells and the commas between them. The reader's own count is a memory backstop
     * that runs ahead by a buffer; this is the exact length the documented limit is about.
     */
    private static long length(CSVRecord record) {
        long length = Math.max(0, record.size() - 1);
        for (String cell : record) {
            length += cell.length();
        }
        return length;
    }

    private static CSVParser open(Path file) throws IOException, InputException {
        return open(file, null);
    }

    private static CSVParser open(Path file, BoundedReader[] bounded) throws IOException, InputException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(3);
        byte[] start = in.readNBytes(3);
        boolean utf8Bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        boolean utf16Bom = start.length >= 2 && ((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF
                || (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE);
        if (utf16Bom) {
            in.close();
            throw new InputException(file.toString(), "the file is UTF-16 encoded; save it as UTF-8");
        }
        if (!utf8Bom) {
            in.reset();
        }
        BoundedReader reader = new BoundedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        if (bounded != null) {
            bounded[0] = reader;
        }
        return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    }

    /**
     * The line holding the first byte sequence that is not UTF-8. The decoder reads ahead, so the parser's line is
     * where reading stopped, not where the bad bytes are: on this (rare) error the file is scanned again.
     */
    static long firstInvalidUtf8Line(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    if (!valid(decoder, current.toByteArray())) {
                        return line;
                    }
                    current.reset();
                    line++;
                } else {
                    current.write(b);
                }
            }
            return line;
        } catch (IOException e) {
            return line;
        }
    }

    private static boolean valid(java.nio.charset.CharsetDecoder decoder, byte[] bytes) {
        try {
            decoder.reset().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static InputException malformed(Path file, long line, Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        String where = file + ":" + line;
        if (cause instanceof BoundedReader.RecordTooLarge) {
            return new InputException(where, cause.getMessage(), e);
        }
        if (cause instanceof CharacterCodingException) {
            return new InputException(file + ":" + firstInvalidUtf8Line(file),
                    "the file is not valid UTF-8 (save it as UTF-8)", e);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new InputException(where, "malformed CSV (" + reason.replaceAll("\\s+", " ") + ")", e);
    }
}
