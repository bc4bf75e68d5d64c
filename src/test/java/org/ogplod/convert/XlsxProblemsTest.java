package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks that cannot be read: each problem names the file (and the cell, where there is one). */
class XlsxProblemsTest {
    @TempDir
    Path folder;
    Path commitments;

    @BeforeEach
    void writeMembers() throws IOException {
        InputFormat.XLSX.write(Fixture.MEMBERS, folder, "members");
        commitments = folder.resolve("commitments.xlsx");
    }

    @Test
    void truncatedWorkbookNamesTheFile() throws IOException {
        byte[] whole = Files.readAllBytes(Fixture.COMMITMENTS.writeXlsx(folder.resolve("whole.tmp")));
        Files.delete(folder.resolve("whole.tmp"));
        Files.write(commitments, Arrays.copyOf(whole, whole.length / 2));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + ": not a readable XLSX workbook");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void encryptedWorkbookIsRefusedWithAPlainSentence() throws IOException, GeneralSecurityException {
        try (POIFSFileSystem encrypted = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(encrypted)) {
                data.write(Files.readAllBytes(Fixture.COMMITMENTS.writeXlsx(folder.resolve("plain.tmp"))));
            }
            Files.delete(folder.resolve("plain.tmp"));
            try (OutputStream out = Files.newOutputStream(commitments)) {
                encrypted.writeFilesystem(out);
            }
        }
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + ": the workbook is encrypted");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void cellRightOfTheHeaderNamesSheetAndCell() throws IOException {
        Rows wider = Fixture.COMMITMENTS.withColumn("extra", "");
        Rows rows = new Rows(Fixture.COMMITMENTS.header(), wider.with(1, "extra", "stray").records());
        Path file = InputFormat.XLSX.write(rows, folder, "commitments");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, file + " sheet 'Data' cell I3: 'stray' the cell lies right of the last header");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void workbookThatIsNotAZipNamesTheFile() throws IOException {
        Files.writeString(commitments, "id,member,title\r\nKE0001,kenya,Not a workbook\r\n");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments.toString(), "XLSX");
        assertEquals(List.of(), problems.list().stream().filter(problem -> !problem.isError()).toList());
    }
}
