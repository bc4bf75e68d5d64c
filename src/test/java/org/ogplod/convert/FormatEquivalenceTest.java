package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same records as CSV, XLSX and JSON give isomorphic graphs. */
class FormatEquivalenceTest {
    private static final String POLICY_AREA = "http://localhost:8080/def/ogp#policyArea";

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        return GoldenTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void csvXlsxAndJsonOfTheSameRecordsGiveIsomorphicGraphs(String name) throws IOException {
        Path golden = GoldenTest.GOLDEN.resolve(name);
        Rows members = Rows.readCsv(golden.resolve("members.csv"));
        Rows commitments = Rows.readCsv(golden.resolve("commitments.csv"));
        Graph fromCsv = Conversion.withoutRelease(Conversion.graph(golden));
        for (InputFormat format : new InputFormat[] {InputFormat.XLSX, InputFormat.JSON}) {
            Path folder = Files.createDirectories(temp.resolve(format.name()));
            format.write(members, folder, "members");
            format.write(commitments, folder, "commitments");
            Graph other = Conversion.withoutRelease(Conversion.graph(folder));
            Conversion.assertIsomorphic(fromCsv, other, name + " as " + format + " compared with CSV");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void xlsxYearCellsAreNumericAndJsonListsAreArrays(String name) throws IOException {
        Path golden = GoldenTest.GOLDEN.resolve(name);
        Rows commitments = Rows.readCsv(golden.resolve("commitments.csv"));
        Rows members = Rows.readCsv(golden.resolve("members.csv"));
        Path xlsx = InputFormat.XLSX.write(members, temp, "members");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Cell joined = workbook.getSheetAt(0).getRow(1).getCell(members.column("joined"));
            assertEquals(CellType.NUMERIC, joined.getCellType(), "the year joined is a number cell");
            assertEquals(Double.parseDouble(members.get(0, "joined")), joined.getNumericCellValue());
        }
        String json = Files.readString(InputFormat.JSON.write(commitments, temp, "commitments"));
        assertTrue(json.matches("(?s).*\"ogp_values\" : \\[ \"[^\"]+\", \"[^\"]+\" ].*"),
                "a two-valued cell is written as a JSON array:\n" + json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPartOfAJsonArrayBecomesOneValue(String name) throws IOException {
        Path golden = GoldenTest.GOLDEN.resolve(name);
        Rows commitments = Rows.readCsv(golden.resolve("commitments.csv"));
        Path folder = Files.createDirectories(temp.resolve("json"));
        InputFormat.JSON.write(Rows.readCsv(golden.resolve("members.csv")), folder, "members");
        InputFormat.JSON.write(commitments, folder, "commitments");
        Graph graph = Conversion.graph(folder);
        for (int i = 0; i < commitments.records().size(); i++) {
            Node commitment = NodeFactory.createURI("http://localhost:8080/id/commitment/" + commitments.get(i, "id"));
            long areas = commitments.get(i, "policy_areas").isEmpty() ? 0
                    : commitments.get(i, "policy_areas").split(";").length;
            assertEquals(areas, graph.find(commitment, NodeFactory.createURI(POLICY_AREA), Node.ANY).toList().size(),
                    "policy areas of " + commitment);
        }
    }
}
