package org.ogplod.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rdfhdt.hdt.enums.CompressionType;
import org.rdfhdt.hdt.enums.RDFNotation;
import org.rdfhdt.hdt.exceptions.ParserException;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.options.HDTSpecification;

/**
 * Writes the HDT dump of a release from its N-Triples dump, so that both hold exactly the same triples and the
 * store is read once for all dumps. The library streams the gzipped file through its own N-Triples parser.
 */
final class HdtDump {
    private HdtDump() {
    }

    /** Converts {@code ntriplesGz} to HDT into {@code out}; {@code baseUri} names the dataset in the HDT header. */
    static void write(Path ntriplesGz, String baseUri, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(ntriplesGz);
                HDT hdt = HDTManager.generateHDT(in, baseUri, RDFNotation.NTRIPLES, CompressionType.GZIP,
                        new HDTSpecification(), null)) {
            hdt.saveToHDT(out, null);
        } catch (ParserException e) {
            throw new IOException("the HDT library cannot read the N-Triples dump " + ntriplesGz, e);
        }
    }
}
