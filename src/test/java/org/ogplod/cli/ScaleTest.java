package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.ogplod.convert.SyntheticData;

/**
 * 100,000 synthetic commitments, in the canonical columns and in OGP's sheet layout, converted by the real command in
 * a child JVM with a 512 MB heap: the conversion streams, so memory stays flat. Runs in the normal build (about ten seconds).
 */
@Tag("scale")
class ScaleTest {
    private static final int COMMITMENTS = 100_000;
    private static final Pattern TRIPLES = Pattern.compile("-> ([0-9,]+) triples");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"canonical", "ogp-sheet"})
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void hundredThousandCommitmentsConvertInHalfAGigabyteOfHeap(String layout) throws IOException,
            InterruptedException {
        Path input = temp.resolve("synthetic");
        int members = SyntheticData.membersFor(COMMITMENTS);
        boolean sheet = layout.equals("ogp-sheet");
        if (sheet) {
            new SyntheticData(11).writeSheet(input, members, COMMITMENTS);
        } else {
            new SyntheticData(11).write(input, members, COMMITMENTS);
        }
        int rows = sheet ? COMMITMENTS : members + COMMITMENTS;
        Path output = temp.resolve("out.nt");
        Path errors = temp.resolve("stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.ogplod.cli.Main",
                "convert", input.toString(), "--format", "nt", "-o", output.toString())
                .redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(errors.toFile())
                .start();
        if (!child.waitFor(4, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            fail("the conversion did not finish in 4 minutes:\n" + Files.readString(errors));
        }
        String printed = Files.readString(errors);
        assertEquals(0, child.exitValue(), printed);
        assertTrue(printed.contains(String.format("converted %,d rows (0 rejected)", rows)), printed);

        long lines;
        long releaseLines;
        try (Stream<String> all = Files.lines(output)) {
            long[] counts = all.collect(() -> new long[2], (sum, line) -> {
                sum[0]++;
                sum[1] += line.startsWith("<http://localhost:8080/id/release/") ? 1 : 0;
            }, (a, b) -> {
                a[0] += b[0];
                a[1] += b[1];
            });
            lines = counts[0];
            releaseLines = counts[1];
        }
        assertEquals(reportedTriples(printed), lines, printed);
        assertTrue(releaseLines > 0 && releaseLines < 100, "release description: " + releaseLines + " triples");
    }

    /** The triple count of the command's summary line ("... -> 2,707,709 triples ..."). */
    static long reportedTriples(String printed) {
        Matcher summary = TRIPLES.matcher(printed);
        if (!summary.find()) {
            fail("no summary line in\n" + printed);
        }
        return Long.parseLong(summary.group(1).replace(",", ""));
    }
}
