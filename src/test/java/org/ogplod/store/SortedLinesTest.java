package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external sort gives the lines in String order, whatever the run size, and leaves no file behind. */
class SortedLinesTest {
    @TempDir
    Path temp;

    @Test
    void linesComeOutSortedFromManyRunsAndTheRunsAreRemoved() throws Exception {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            lines.add("<http://example.org/" + random.nextInt(800) + (random.nextBoolean() ? "/x" : "")
                    + "> <http://example.org/p> \"é " + random.nextInt() + "\" .");
        }
        byte[] text = (String.join("\n", lines) + "\n\n").getBytes(StandardCharsets.UTF_8);
        List<String> sorted = new ArrayList<>();
        try (SortedLines out = SortedLines.sort(new ByteArrayInputStream(text), temp, 10_000)) {
            assertTrue(out.runs() > 10, "the lines spill into several runs: " + out.runs());
            while (out.hasNext()) {
                assertEquals(out.peek(), out.next());
            }
        }
        try (SortedLines out = SortedLines.sort(new ByteArrayInputStream(text), temp, 10_000)) {
            out.forEachRemaining(sorted::add);
        }
        lines.sort(null);
        assertEquals(lines, sorted);
        try (var left = Files.list(temp)) {
            assertEquals(0, left.count(), "no run is left in the folder");
        }
    }
}
