package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one read of every input before conversion: its checksum and row estimate, and what it found wrong. */
class InputFilesTest {
    @TempDir
    Path temp;

    @Test
    void eachFileOfAFolderCarriesTheSha256OfItsBytesAndTheRowsAreEstimatedFromLineBreaks() throws Exception {
        InputFiles files = InputFiles.read(List.of(Path.of("data")));
        assertEquals(List.of(Path.of("data/commitments.csv"), Path.of("data/members.csv")),
                files.files().stream().map(InputFiles.Scanned::path).toList());
        for (InputFiles.Scanned file : files.files()) {
            byte[] bytes = Files.readAllBytes(file.path());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), file.sha256());
        }
        assertEquals(769 + 2, files.rows(), "the bundled rows and the two header lines");
    }

    @Test
    void whatIsWrongWithTheInputsIsReportedByTheConversionThatReadsThem() {
        Path missing = temp.resolve("missing.csv");
        InputFiles files = InputFiles.read(List.of(missing, temp));
        assertEquals(List.of(), files.files());
        ConversionFailed failed = assertThrows(ConversionFailed.class,
                () -> Conversion.converter(false).convert(files, StreamRDFLib.sinkNull()));
        String report = failed.problems().text();
        assertTrue(report.startsWith("error: " + missing + ": no such file, or it cannot be read\nerror: " + temp
                + ": the folder holds no members*"), report);
    }
}
