package org.ogplod.store;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** One of the fixed dump files of a release; the list is closed, so no path is ever built from a URL. */
public enum DumpFile {
    NTRIPLES("ogp-lod.nt.gz", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    TURTLE("ogp-lod.ttl.gz", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS),
    /** Expanded form (Jena's plain variant): a third of the time of the compacted form; see {@link Dumps}. */
    JSONLD("ogp-lod.jsonld.gz", Lang.JSONLD, RDFFormat.JSONLD11_PLAIN),
    /** HDT is compressed and searchable as it is, so it is not gzipped; no RDF media type is registered for it. */
    HDT("ogp-lod.hdt", null, null);

    private final String fileName;
    private final Lang lang;
    private final RDFFormat format;

    DumpFile(String fileName, Lang lang, RDFFormat format) {
        this.fileName = fileName;
        this.lang = lang;
        this.format = format;
    }

    public String fileName() {
        return fileName;
    }

    /** The name of the file holding the hex SHA-256 of the dump. */
    public String checksumName() {
        return fileName + ".sha256";
    }

    /** The name of the format, for people ({@code N-Triples}, {@code HDT}). */
    public String label() {
        return lang == null ? "HDT" : lang.getLabel();
    }

    /** Whether the file is gzip-compressed RDF text (every dump but HDT). */
    public boolean gzipped() {
        return lang != null;
    }

    RDFFormat format() {
        return format;
    }

    /** The media type of the uncompressed content. */
    public String mediaType() {
        return lang == null ? "application/octet-stream" : lang.getHeaderString();
    }

    public static List<DumpFile> all() {
        return List.of(values());
    }
}
