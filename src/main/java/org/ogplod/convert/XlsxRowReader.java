package org.ogplod.convert;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.XMLReader;

/**
 * Reads the first visible sheet of an XLSX workbook with POI's streaming (SAX) reader: the first non-empty row is the
 * header; formula cells give their cached result. Memory stays flat whatever the sheet's size.
 */
public final class XlsxRowReader implements RowReader {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static {
        // Bounds on what a workbook may unpack to: zip bombs and giant parts fail with a reported problem. PartBound
        // counts the sheet and shared strings exactly; POI's entry limit, a little higher, is the backstop for the rest.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(PartBound.MAX_PART_BYTES + (1 << 20));
        ZipSecureFile.setMaxTextSize(64L << 20);
    }

    @Override
    public List<String> headers(Path file) throws InputException {
        List<String> headers = new ArrayList<>();
        try {
            parse(file, new Sheet(file, null, row -> {
                headers.addAll(row.names());
                throw new HeaderRead();
            }));
        } catch (HeaderRead done) {
            return headers;
        }
        if (headers.isEmpty()) {
            throw new InputException(file.toString(), "the first sheet is empty: a header row is required");
        }
        return headers;
    }

    @Override
    public void read(Path file, Problems problems, Consumer<Row> rows) throws InputException {
        parse(file, new Sheet(file, problems, rows));
    }

    private static void parse(Path file, Sheet sheet) throws InputException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            String[] first = firstVisibleSheet(reader);
            if (first == null) {
                throw new InputException(file.toString(), "the workbook has no visible sheet");
            }
            sheet.name = first[0];
            try (InputStream data = new PartBound(reader.getSheet(first[1]), "sheet")) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), sharedStrings(workbook), sheet,
                        new DataFormatter(), false));
                xml.parse(new InputSource(data));
            }
        } catch (InputException | HeaderRead | ConversionFailed e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new InputException(file.toString(),
                    "the workbook is encrypted or in the old .xls format; save it as an unprotected .xlsx file", e);
        } catch (Exception | LinkageError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException(sheet.name == null ? file.toString() : sheet.where(-1),
                    "not a readable XLSX workbook (" + reason.replaceAll("\\s+", " ") + ")", e);
        }
    }

    /** The workbook's shared strings, read through the part bound (an empty table when there is none). */
    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook) throws Exception {
        var parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(workbook);
        }
        try (InputStream strings = new PartBound(parts.get(0).getInputStream(), "shared strings")) {
            return new ReadOnlySharedStringsTable(strings);
        }
    }

    /** The name and relationship id of the first sheet that is not hidden, from the workbook part; null if none. */
    private static String[] firstVisibleSheet(XSSFReader reader) throws Exception {
        String[][] found = {null};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String state = attributes.getValue("state");
                if (found[0] == null && "sheet".equals(localName) && (state == null || state.equals("visible"))) {
                    found[0] = new String[] {attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id")};
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            xml.parse(new InputSource(workbook));
        }
        return found[0];
    }

    /** Stops the SAX parse once the header row is known. */
    private static final class HeaderRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRead() {
            super(null, null, false, false);
        }
    }

    /** Collects the cells of each row and hands complete rows on. */
    private static final class Sheet implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Path file;
        private final Problems problems;
        private final Consumer<Row> rows;
        private final TreeMap<Integer, String> cells = new TreeMap<>();
        private String name;
        private List<String> names;
        private int rowIndex;

        Sheet(Path file, Problems problems, Consumer<Row> rows) {
            this.file = file;
            this.problems = problems;
            this.rows = rows;
        }

        @Override
        public void startRow(int row) {
            rowIndex = row;
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            cells.put(column, value == null ? "" : value);
        }

        @Override
        public void endRow(int row) {
            if (cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            if (names == null) {
                names = new ArrayList<>();
                for (int column = 0; column <= cells.lastKey(); column++) {
                    names.add(cells.getOrDefault(column, ""));
                }
                if (problems == null) {
                    rows.accept(new Row(0, names, names, this::where));
                }
                return;
            }
            if (cells.lastKey() >= names.size()) {
                problems.add(Problem.error(where(cells.lastKey()), null, cells.lastEntry().getValue(),
                        "the cell lies right of the last header column; the row is skipped"));
                return;
            }
            List<String> values = new ArrayList<>(names.size());
            for (int column = 0; column < names.size(); column++) {
                values.add(cells.getOrDefault(column, ""));
            }
            int excelRow = rowIndex + 1;
            rows.accept(new Row(excelRow, names, values, column -> where(excelRow, column)));
        }

        String where(int column) {
            return where(rowIndex + 1, column);
        }

        private String where(int excelRow, int column) {
            String cell = column < 0 ? "row " + excelRow : "cell " + CellReference.convertNumToColString(column) + excelRow;
            return file + " sheet '" + name + "' " + cell;
        }
    }
}
