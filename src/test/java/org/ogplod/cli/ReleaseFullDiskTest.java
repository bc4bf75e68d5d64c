package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogplod.convert.SyntheticData;

/**
 * A real full disk: the store lives on a 32 MB tmpfs (mounting needs root, so the test is skipped where the mount is
 * refused). A load too big for it must fail with exit 1, remove its staging and leave the live release as it was;
 * a load that fits still works afterwards.
 */
class ReleaseFullDiskTest {
    private static final Path DATA = Path.of("data").toAbsolutePath();
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountATinyDisk() throws IOException, InterruptedException {
        disk = Files.createDirectories(temp.resolve("disk"));
        String said = command("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString());
        assumeTrue(mounted, "no tmpfs can be mounted here (it needs root): " + said);
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted) {
            command("umount", disk.toString());
        }
    }

    @Test
    void aLoadThatFillsTheDiskFailsAndLeavesTheLiveReleaseServing() throws Exception {
        Path store = disk.resolve("store");
        Path log = temp.resolve("first-load.log");
        assertEquals(0, ReleaseChildProcess.run(LIMIT, log, "load", "--store", store.toString(), DATA.toString()),
                Files.readString(log));
        ReleaseSnapshot before = ReleaseSnapshot.of(store);
        Path synthetic = temp.resolve("synthetic");
        new SyntheticData(3).write(synthetic, SyntheticData.membersFor(3_000), 3_000);

        Path full = temp.resolve("full-load.log");
        int exit = ReleaseChildProcess.run(LIMIT, full, "load", "--store", store.toString(), synthetic.toString());
        String printed = Files.readString(full);
        assertEquals(1, exit, printed);
        assertTrue(printed.lines().anyMatch(line -> line.startsWith("error: ")), printed);
        assertEquals(List.of(before.current()), folders(store), "the failed staging was left on the full disk");
        ReleaseSnapshot.of(store).assertSameReleaseAs(before, "after the disk filled up");

        Path last = temp.resolve("last-load.log");
        assertEquals(0, ReleaseChildProcess.run(LIMIT, last, "load", "--store", store.toString(), DATA.toString()),
                Files.readString(last));
        assertNotEquals(before.current(), ReleaseSnapshot.of(store).current());
    }

    private String command(String... words) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(words).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        boolean ended = process.waitFor(10, TimeUnit.SECONDS);
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (words[0].equals("mount")) {
            mounted = ended && process.exitValue() == 0;
        }
        return said;
    }

    private static List<String> folders(Path store) throws IOException {
        try (var releases = Files.list(store.resolve("releases"))) {
            return releases.map(release -> release.getFileName().toString()).sorted().toList();
        }
    }
}
