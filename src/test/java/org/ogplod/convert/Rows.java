package org.ogplod.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of one input table, header first, as plain text; written as CSV, XLSX or JSON the way a user's file
 * would hold them, so that one set of records can be fed to every reader.
 */
record Rows(List<String> header, List<List<String>> records) {
    /** Columns that hold ';'-separated lists (data/README.md). */
    static final Set<String> MULTI_VALUED = Set.of("source", "lead_institutions", "support_institutions",
            "policy_areas", "ogp_values", "irm_reports");
    /** Columns that hold a year, written as numbers in XLSX and JSON. */
    static final Set<String> YEARS = Set.of("plan_start", "plan_end", "cycle", "joined");
    static final String SHEET = "Data";

    Rows {
        header = List.copyOf(header);
        records = records.stream().map(List::copyOf).toList();
    }

    @SafeVarargs
    static Rows of(List<String> header, List<String>... records) {
        return new Rows(header, List.of(records));
    }

    static Rows readCsv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
            List<List<String>> all = new ArrayList<>();
            for (CSVRecord record : parser) {
                all.add(record.toList());
            }
            return new Rows(all.get(0), all.subList(1, all.size()));
        }
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return index;
    }

    String get(int record, String column) {
        return records.get(record).get(column(column));
    }

    /** A copy with one cell changed. */
    Rows with(int record, String column, String value) {
        List<List<String>> changed = new ArrayList<>(records);
        List<String> cells = new ArrayList<>(records.get(record));
        cells.set(column(column), value);
        changed.set(record, cells);
        return new Rows(header, changed);
    }

    /** A copy with one more record at the end. */
    Rows plus(List<String> record) {
        List<List<String>> more = new ArrayList<>(records);
        more.add(record);
        return new Rows(header, more);
    }

    /** A copy with one more column at the end, holding {@code value} in every record. */
    Rows withColumn(String name, String value) {
        List<String> names = new ArrayList<>(header);
        names.add(name);
        List<List<String>> wider = new ArrayList<>();
        for (List<String> record : records) {
            List<String> cells = new ArrayList<>(record);
            cells.add(value);
            wider.add(cells);
        }
        return new Rows(names, wider);
    }

    /** A copy without one column. */
    Rows without(String column) {
        int index = column(column);
        List<String> names = new ArrayList<>(header);
        names.remove(index);
        List<List<String>> rest = new ArrayList<>();
        for (List<String> record : records) {
            List<String> cells = new ArrayList<>(record);
            cells.remove(index);
            rest.add(cells);
        }
        return new Rows(names, rest);
    }

    /** RFC 4180 with CRLF line ends, as data/README.md describes the canonical files. */
    Path writeCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> record : records) {
                printer.printRecord(record);
            }
        }
        return file;
    }

    /** The first sheet holds the table; blank cells are left out and year columns are numeric cells. */
    Path writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(SHEET);
            writeRow(sheet.createRow(0), header, false);
            for (int i = 0; i < records.size(); i++) {
                writeRow(sheet.createRow(i + 1), records.get(i), true);
            }
            workbook.write(out);
        }
        return file;
    }

    private void writeRow(Row row, List<String> cells, boolean typed) {
        for (int column = 0; column < cells.size(); column++) {
            String value = cells.get(column);
            if (value.isEmpty()) {
                continue;
            }
            if (typed && column < header.size() && YEARS.contains(header.get(column)) && value.matches("[0-9]{4}")) {
                row.createCell(column).setCellValue(Integer.parseInt(value));
            } else {
                row.createCell(column).setCellValue(value);
            }
        }
    }

    /** An array of objects; multi-valued cells become arrays of strings, years numbers, blank cells null. */
    Path writeJson(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (List<String> record : records) {
                json.writeStartObject();
                for (int column = 0; column < header.size(); column++) {
                    writeJsonCell(json, header.get(column), record.get(column));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        return file;
    }

    private static void writeJsonCell(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        if (value.isEmpty()) {
            json.writeNull();
        } else if (MULTI_VALUED.contains(name)) {
            json.writeStartArray();
            for (String part : value.split(";")) {
                json.writeString(part);
            }
            json.writeEndArray();
        } else if (YEARS.contains(name) && value.matches("[0-9]{4}")) {
            json.writeNumber(Integer.parseInt(value));
        } else {
            json.writeString(value);
        }
    }
}
