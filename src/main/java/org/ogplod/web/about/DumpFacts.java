package org.ogplod.web.about;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.ogplod.store.DumpFile;
import org.ogplod.store.Release;

/** A dump of the release as the catalogue describes it: its size in bytes and its hex SHA-256 (from its .sha256). */
record DumpFacts(DumpFile dump, long bytes, String sha256) {

    static DumpFacts of(Release release, DumpFile dump) {
        try {
            return new DumpFacts(dump, Files.size(release.dump(dump)), release.sha256(dump));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dump " + dump.fileName() + " or its checksum", e);
        }
    }

    /** The short name of its format, as in its file name ({@code nt}, {@code ttl}, {@code jsonld}, {@code hdt}). */
    String formatName() {
        String name = dump.fileName();
        return name.substring(name.indexOf('.') + 1, dump.gzipped() ? name.lastIndexOf('.') : name.length());
    }
}
