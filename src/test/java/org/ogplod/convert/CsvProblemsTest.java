package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not clean RFC 4180 UTF-8: each problem names the file and the line. */
class CsvProblemsTest {
    private static final String HEADER = "id,member,title,source\r\n";
    private static final String ROW_1 = "KE0001,kenya,Open Data Portal,https://opengovpartnership.org/c/KE0001\r\n";
    private static final String ROW_2 = "KE0002,kenya,Beneficial Ownership,https://opengovpartnership.org/c/KE0002\r\n";
    private static final String ROW_3 = "KE0003,kenya,Open Budget,https://opengovpartnership.org/c/KE0003\r\n";

    @TempDir
    Path folder;
    Path commitments;

    @BeforeEach
    void writeMembers() throws IOException {
        InputFormat.CSV.write(Fixture.MEMBERS, folder, "members");
        commitments = folder.resolve("commitments.csv");
    }

    @Test
    void invalidUtf8NamesTheLineThatHoldsIt() throws IOException {
        write(bytes(HEADER, ROW_1), new byte[] {'K', 'E', '0', '0', '0', '2', ',', 'k', 'e', 'n', 'y', 'a', ',',
            (byte) 0xC3, (byte) 0x28, ',', 'h', 't', 't', 'p', 's', ':', '/', '/', 'x', '.', 'o', 'r', 'g', '\r', '\n'},
                bytes(ROW_3));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + ":3", "not valid UTF-8");
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheFile() throws IOException {
        write(bytes(HEADER, ROW_1), new byte[] {'K', 'E', (byte) 0xFF, '2', ',', 'k', 'e', 'n', 'y', 'a', '\r', '\n'});
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + ":", "is not valid UTF-8");
    }

    @Test
    void utf16ByteOrderMarkIsRefused() throws IOException {
        write(new byte[] {(byte) 0xFF, (byte) 0xFE}, (HEADER + ROW_1).getBytes(StandardCharsets.UTF_16LE));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + ": the file is UTF-16 encoded");
    }

    @Test
    void utf8ByteOrderMarkIsAcceptedAndStripped() throws IOException {
        write(bytes(HEADER, ROW_1, ROW_2));
        Graph plain = Conversion.withoutRelease(Conversion.graph(folder));
        write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(HEADER, ROW_1, ROW_2));
        Converter.Result result = Conversion.converter(false).convert(List.of(folder),
                new StreamRDFBase());
        assertEquals(0, result.problems().total(), "the BOM must not turn 'id' into an unknown column\n"
                + result.problems().text());
        Conversion.assertIsomorphic(plain, Conversion.withoutRelease(Conversion.graph(folder)), "with a UTF-8 BOM");
    }

    @Test
    void raggedRowNamesFileAndLine() throws IOException {
        write(bytes(HEADER, ROW_1, "KE0002,kenya,Beneficial Ownership\r\n", ROW_3));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + ":3: the row has 3 cells but the header has 4");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void raggedRowAfterAMultiLineCellNamesItsOwnLine() throws IOException {
        write(bytes(HEADER, "KE0001,kenya,\"Open\r\nData\r\nPortal\",https://opengovpartnership.org/c/KE0001\r\n",
                "KE0002,kenya\r\n"));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + ":5: the row has 2 cells");
    }

    @Test
    void unterminatedQuoteNamesFileAndTheLineWhereTheFieldStarts() throws IOException {
        write(bytes(HEADER, ROW_1, ROW_2, "KE0003,kenya,\"Open Budget,https://opengovpartnership.org/c/KE0003\r\n",
                ROW_1));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + ":4: malformed CSV");
    }

    private void write(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        Files.write(commitments, out.toByteArray());
    }

    private static byte[] bytes(String... lines) {
        return String.join("", lines).getBytes(StandardCharsets.UTF_8);
    }
}
