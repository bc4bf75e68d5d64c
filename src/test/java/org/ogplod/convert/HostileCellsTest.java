package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogplod.ontology.Ontology;

/** Cells and headers an attacker or a careless export may produce: each is a located problem or read safely. */
class HostileCellsTest {
    private static final Converter CONVERTER = new Converter(Ontology.load(),
            new Converter.Options(false, "2026-01-01-1"));
    private static final String HEADER = "slug,name,type,source\n";

    @TempDir
    Path folder;

    @Test
    void aControlCharacterInACellIsAnErrorAtItsLine() throws IOException {
        Path file = write("members.csv", HEADER + "kenya,Ke\u0007nya,national,https://example.org/kenya\n");
        String report = failure(file);
        assertTrue(report.contains("members.csv:2 column 'name'") && report.contains("U+0007"), report);
    }

    @Test
    void aDuplicateHeaderIsAnErrorAndABlankHeaderAWarning() throws IOException {
        Path duplicate = write("members.csv", "slug,name,type,source,name\nk,K,national,https://e.org/,K\n");
        assertTrue(failure(duplicate).contains("column 'name'"), failure(duplicate));
        Path blank = write("members.csv", "slug,name,type,source,\nkenya,Kenya,national,https://e.org/,x\n");
        Converter.Result result = CONVERTER.convert(List.of(blank), StreamRDFLib.sinkNull());
        assertEquals(1, result.problems().warnings(), result.problems().text());
    }

    @Test
    void theFirstVisibleSheetIsReadAndFormulaCellsGiveTheirCachedValue() throws IOException {
        Path file = folder.resolve("members.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet hidden = workbook.createSheet("Draft");
            hidden.createRow(0).createCell(0).setCellValue("not a header");
            Sheet members = workbook.createSheet("Members");
            String[] header = {"slug", "name", "type", "source", "joined"};
            var row0 = members.createRow(0);
            for (int i = 0; i < header.length; i++) {
                row0.createCell(i).setCellValue(header[i]);
            }
            var row1 = members.createRow(1);
            row1.createCell(0).setCellValue("kenya");
            row1.createCell(1).setCellValue("Kenya");
            row1.createCell(2).setCellValue("national");
            row1.createCell(3).setCellValue("https://example.org/kenya");
            row1.createCell(4).setCellFormula("2000+11");
            workbook.setSheetHidden(0, true);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        CONVERTER.convert(List.of(file), StreamRDFLib.graph(graph));
        assertTrue(graph.find().toList().stream().anyMatch(triple -> triple.getObject().isLiteral()
                && triple.getObject().getLiteralLexicalForm().equals("2011")), "the formula's value 2011 is missing");
    }

    @Test
    void anExternalEntityInAWorkbookIsNeverResolved() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path file = folder.resolve("members.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Members").createRow(0).createCell(0).setCellValue("slug");
            workbook.write(out);
        }
        Path hostile = folder.resolve("hostile.xlsx");
        try (var in = new java.util.zip.ZipFile(file.toFile());
                var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(hostile))) {
            for (var entries = in.entries(); entries.hasMoreElements();) {
                var entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
                            + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(bytes);
            }
        }
        Path renamed = Files.move(hostile, folder.resolve("members.xlsx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String report = failure(renamed);
        assertTrue(report.contains("members.xlsx"), report);
        assertTrue(!report.contains("TOP-SECRET"), "the external entity was resolved: " + report);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String failure(Path file) {
        return assertThrows(ConversionFailed.class, () -> CONVERTER.convert(List.of(file), StreamRDFLib.sinkNull()))
                .problems().text();
    }
}
