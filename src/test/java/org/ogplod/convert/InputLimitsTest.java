package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented input limits hold to the character and the byte (README "Security and limits"). */
class InputLimitsTest {
    private static final int LIMIT = 1_048_576;

    @TempDir
    Path folder;

    @Test
    void aCsvRecordOfExactlyTheLimitIsRead() throws Exception {
        List<Row> rows = read(csv(LIMIT));
        assertEquals(1, rows.size());
        assertEquals(LIMIT - 2, rows.get(0).values().get(0).length());
    }

    @Test
    void aCsvRecordOneCharacterOverTheLimitIsRefusedAtItsLine() throws Exception {
        InputException refused = assertThrows(InputException.class, () -> read(csv(LIMIT + 1)));
        assertTrue(refused.getMessage().contains("records.csv:2") && refused.getMessage().contains("1048576"),
                refused.getMessage());
    }

    @Test
    void anXlsxSheetPartInflatingPast256MbIsRefusedThoughItsRatioIsModest() throws Exception {
        Path file = workbook(PartBound.MAX_PART_BYTES + 1);
        long started = System.nanoTime();
        InputException refused = assertThrows(InputException.class,
                () -> new XlsxRowReader().read(file, new Problems(false), row -> { }));
        assertTrue(refused.getMessage().contains("sheet part inflates to more than 268,435,456 bytes"),
                refused.getMessage());
        System.out.printf("XLSX part of 256 MB + 1 byte (%,d bytes zipped) refused in %.1f s%n", Files.size(file),
                (System.nanoTime() - started) / 1e9);
    }

    /** A two-column CSV whose one record has {@code length} characters: cells plus the comma between them. */
    private Path csv(int length) throws IOException {
        Path file = folder.resolve("records.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("title,id\n");
            out.write("x".repeat(length - 2));
            out.write(",y\n");
        }
        return file;
    }

    private static List<Row> read(Path file) throws InputException {
        List<Row> rows = new ArrayList<>();
        new CsvRowReader().read(file, new Problems(false), rows::add);
        return rows;
    }

    /**
     * A minimal workbook whose sheet part inflates to at least {@code bytes}: rows of one 8 KB cell with a random
     * letter every 16 characters, so the part compresses well but inside the 100-fold ratio that POI checks.
     */
    private Path workbook(long bytes) throws IOException {
        Path file = folder.resolve("big.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                    + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"Big\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet(zip, bytes);
            zip.closeEntry();
        }
        return file;
    }

    private static void sheet(OutputStream out, long bytes) throws IOException {
        out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheetData>").getBytes(StandardCharsets.US_ASCII));
        Random random = new Random(13);
        StringBuilder row = new StringBuilder();
        long written = 0;
        for (int r = 1; written <= bytes; r++) {
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>");
            for (int i = 0; i < 512; i++) {
                row.append("0123456789abcde").append((char) ('a' + random.nextInt(26)));
            }
            row.append("</t></is></c></row>");
            byte[] chunk = row.toString().getBytes(StandardCharsets.US_ASCII);
            out.write(chunk);
            written += chunk.length;
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
