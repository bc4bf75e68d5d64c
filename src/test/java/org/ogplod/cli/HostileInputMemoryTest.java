package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files converted by the real command in a JVM limited to 64 MB: each ends in a reported problem naming
 * the file, exit code 1, no output file, and never an OutOfMemoryError.
 */
class HostileInputMemoryTest {
    private static final int MB = 1 << 20;

    @TempDir
    Path folder;

    @Test
    void anEnormousCsvCellIsAReportedProblemInBoundedMemory() throws IOException, InterruptedException {
        Path file = folder.resolve("members.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("slug,name,type,source\nkenya,\"");
            char[] chunk = "x".repeat(MB).toCharArray();
            for (int i = 0; i < 200; i++) {
                out.write(chunk);
            }
        }
        assertRefusedInSmallHeap(file, "longer than");
    }

    @Test
    void anEnormousJsonStringIsAReportedProblemInBoundedMemory() throws IOException, InterruptedException {
        Path file = folder.resolve("members.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[{\"slug\":\"kenya\",\"type\":\"national\",\"source\":\"https://example.org/\",\"name\":\"");
            char[] chunk = "y".repeat(MB).toCharArray();
            for (int i = 0; i < 200; i++) {
                out.write(chunk);
            }
            out.write("\"}]");
        }
        assertRefusedInSmallHeap(file, "malformed JSON");
    }

    @Test
    void anXlsxZipBombIsAReportedProblemInBoundedMemory() throws IOException, InterruptedException {
        Path file = folder.resolve("members.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] padding = " ".repeat(MB).getBytes(StandardCharsets.US_ASCII);
            OutputStream entry = zip;
            entry.write("<?xml version=\"1.0\"?><workbook>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) {
                entry.write(padding);
            }
            entry.write("</workbook>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(file) < 5 * MB, "the bomb should be small on disk");
        assertRefusedInSmallHeap(file, "members.xlsx");
    }

    private void assertRefusedInSmallHeap(Path input, String expected) throws IOException, InterruptedException {
        Path output = folder.resolve("out.nt");
        Path log = folder.resolve("log.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                "org.ogplod.cli.Main", "convert", "--format", "nt", "-o", output.toString(), input.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the conversion did not end");
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), said);
        assertFalse(said.contains("OutOfMemoryError"), said);
        assertTrue(said.contains(input.getFileName().toString()) && said.contains(expected), said);
        assertFalse(Files.exists(output), "a failed run left an output file");
    }
}
