package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.ogplod.store.DumpFile;
import org.ogplod.store.Release;
import org.ogplod.store.ReleaseInfo;
import org.ogplod.store.Store;

/**
 * What a TDB2 store shows of its live release, taken while no other process uses it: the id {@code CURRENT} names,
 * the release's properties, the triples its database holds and the SHA-256 of each dump, computed from the file and
 * as recorded beside it. Taking a snapshot proves the store still opens.
 */
record ReleaseSnapshot(String current, ReleaseInfo info, long storedTriples, Map<DumpFile, String> dumpDigests,
        Map<DumpFile, String> recordedDigests) {

    static ReleaseSnapshot of(Path store) throws IOException {
        String current = Files.readString(store.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
        try (Store opened = Store.open(store.toString())) {
            Release release = opened.current().orElseThrow(() -> new AssertionError("the store has no release"));
            long triples = Txn.calculateRead(release.dataset(), () -> Iter.count(release.dataset().find()));
            Map<DumpFile, String> computed = new EnumMap<>(DumpFile.class);
            Map<DumpFile, String> recorded = new EnumMap<>(DumpFile.class);
            for (DumpFile dump : DumpFile.all()) {
                computed.put(dump, sha256(release.dump(dump)));
                recorded.put(dump, Files.readString(release.checksum(dump), StandardCharsets.UTF_8).split(" ")[0]);
            }
            return new ReleaseSnapshot(current, release.info(), triples, computed, recorded);
        }
    }

    /** Folders under {@code releases/} without {@code release.properties}: loads that did not finish. */
    static List<String> unfinishedReleases(Path store) throws IOException {
        try (Stream<Path> releases = Files.list(store.resolve("releases"))) {
            return releases.filter(release -> !Files.exists(release.resolve("release.properties")))
                    .map(release -> release.getFileName().toString()).sorted().toList();
        }
    }

    /** A complete release agrees with itself: CURRENT and the properties name it, every dump matches its checksum. */
    void assertConsistent() {
        assertEquals(current, info.id(), "CURRENT and release.properties name different releases");
        assertEquals(recordedDigests, dumpDigests, "a dump differs from the checksum recorded beside it");
    }

    /** The same release, byte for byte: same id and properties, same stored triples, same dump files. */
    void assertSameReleaseAs(ReleaseSnapshot before, String context) {
        assertEquals(before.current, current, context + ": CURRENT changed");
        assertEquals(before.info, info, context + ": release.properties changed");
        assertEquals(before.storedTriples, storedTriples, context + ": the database changed");
        assertEquals(before.dumpDigests, dumpDigests, context + ": a dump changed");
        assertEquals(before.recordedDigests, recordedDigests, context + ": a dump's checksum file changed");
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
