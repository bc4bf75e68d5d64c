package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code --strict} stops at the first error; the default collects errors up to the cap and counts the rest. */
class StrictModeTest {
    @TempDir
    Path folder;

    private static Rows threeBadRecords() {
        return Fixture.COMMITMENTS.with(0, "member", "atlantis").with(1, "start", "2021-13")
                .with(2, "ogp_values", "Openness");
    }

    @ParameterizedTest
    @EnumSource(names = {"CSV", "JSON"})
    void strictStopsAtTheFirstErrorAndReportsExactlyOne(InputFormat format) throws IOException {
        assertStrictReportsOnlyTheFirstError(format);
    }

    @Test
    void strictStopsAtTheFirstErrorOfAWorkbookAndReportsExactlyOne() throws IOException {
        assertStrictReportsOnlyTheFirstError(InputFormat.XLSX);
    }

    private void assertStrictReportsOnlyTheFirstError(InputFormat format) throws IOException {
        Rows rows = threeBadRecords();
        Path file = Fixture.write(format, folder, rows);
        Problems problems = Conversion.failure(true, folder);
        assertEquals(1, problems.errors(), problems.text());
        assertEquals(1, problems.list().stream().filter(Problem::isError).count(), problems.text());
        Conversion.problem(problems, format.cell(file, rows, 0, "member") + " column 'member': 'atlantis'");
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void defaultCollectsEveryError(InputFormat format) throws IOException {
        Rows rows = threeBadRecords();
        Path file = Fixture.write(format, folder, rows);
        Problems problems = Conversion.failure(false, folder);
        assertEquals(3, problems.errors(), problems.text());
        Conversion.problem(problems, format.cell(file, rows, 0, "member") + " column 'member'");
        Conversion.problem(problems, format.cell(file, rows, 1, "start") + " column 'start'");
        Conversion.problem(problems, format.cell(file, rows, 2, "ogp_values") + " column 'ogp_values'");
    }

    @Test
    void moreThanTheCapKeepsTheFirstThousandAndCountsTheRest() throws IOException {
        Rows rows = new Rows(Fixture.COMMITMENTS.header(), List.of());
        int bad = Problems.CAP + 234;
        for (int i = 0; i < bad; i++) {
            rows = rows.plus(List.of(String.format("KE%04d", i + 1), "atlantis", "Row " + i, "", "", "", "",
                    "https://opengovpartnership.org/c/" + i));
        }
        Path file = Fixture.write(InputFormat.CSV, folder, rows);
        Problems problems = Conversion.failure(false, folder);
        assertEquals(bad, problems.errors());
        assertEquals(Problems.CAP, problems.list().size());
        Conversion.problem(problems, file + ":2 column 'member'");
        Conversion.problem(problems, file + ":" + (Problems.CAP + 1) + " column 'member'");
        List<String> lines = new ArrayList<>(List.of(problems.text().split("\n")));
        assertTrue(lines.contains("... and 234 more"), problems.text().substring(problems.text().length() - 200));
        assertTrue(lines.contains(bad + " errors, 0 warnings"));
    }
}
