package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release another live process still holds is not opened (a serve waits for the load that made it to end). */
class TdbLockHolderTest {
    @TempDir
    Path tdb;

    @Test
    void onlyALiveOtherProcessHoldsADatabase() throws IOException, InterruptedException {
        assertEquals(Optional.empty(), TdbStore.lockHolder(tdb.resolve("missing")));
        assertEquals(Optional.empty(), TdbStore.lockHolder(tdb), "no lock files");

        Path data = Files.createDirectories(tdb.resolve("Data-0001"));
        lock(tdb, ProcessHandle.current().pid());
        lock(data, ProcessHandle.current().pid());
        assertEquals(Optional.empty(), TdbStore.lockHolder(tdb), "this process's own locks");

        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            lock(data, other.pid());
            assertEquals(Optional.of(other.pid()), TdbStore.lockHolder(tdb), "a live process holds Data-0001");
        } finally {
            other.destroy();
            other.waitFor();
        }
        assertEquals(Optional.empty(), TdbStore.lockHolder(tdb), "the process has ended");
    }

    private static void lock(Path folder, long pid) throws IOException {
        Files.writeString(folder.resolve("tdb.lock"), pid + "\n", StandardCharsets.UTF_8);
    }
}
