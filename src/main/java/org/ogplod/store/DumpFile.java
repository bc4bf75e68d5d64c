package org.ogplod.store;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** One of the fixed dump files of a release; the list is closed, so no path is ever built from a URL. */
public enum DumpFile {
    NTRIPLES("ogp-lod.nt.gz", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    TURTLE("ogp-lod.ttl.gz", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS),
    JSONLD("ogp-lod.jsonld.gz", Lang.JSONLD, RDFFormat.JSONLD11);

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

    public Lang lang() {
        return lang;
    }

    RDFFormat format() {
        return format;
    }

    /** The media type of the uncompressed content. */
    public String mediaType() {
        return lang.getHeaderString();
    }

    public static List<DumpFile> all() {
        return List.of(values());
    }
}
