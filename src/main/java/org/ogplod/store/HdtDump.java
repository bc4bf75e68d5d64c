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
import org.rdfhdt.hdt.options.HDTOptions;
import org.rdfhdt.hdt.options.HDTOptionsKeys;

/**
 * Writes the HDT dump of a release from its N-Triples dump, so that both hold exactly the same triples and the
 * store is read once for all dumps. The library streams the gzipped file through its own N-Triples parser. It
 * builds the dump in memory when the triples fit a quarter of the heap at {@link #BYTES_PER_TRIPLE}, else in sorted
 * chunks on disk (its "disk" loader), which keeps memory bounded but took three times as long at 1.4 million
 * triples; in memory it ran out of a 2 GB heap at 28 million.
 */
final class HdtDump {
    /**
     * Heap the in-memory loader may take per triple: 1.4 million triples of our data fitted in a 120 MB heap alone
     * (85 bytes a triple), and 28 million ran out of 2 GB (more than 75 bytes a triple); this leaves room to spare.
     */
    static final long BYTES_PER_TRIPLE = 150;

    private HdtDump() {
    }

    /**
     * Converts {@code ntriplesGz}, of {@code triples} triples, to HDT into {@code out}; {@code baseUri} names the
     * dataset in the HDT header.
     */
    static void write(Path ntriplesGz, long triples, String baseUri, OutputStream out) throws IOException {
        Path work = Files.createTempDirectory(ntriplesGz.getParent(), "hdt-");
        boolean inMemory = triples * BYTES_PER_TRIPLE <= Runtime.getRuntime().maxMemory() / 4;
        HDTOptions options = HDTOptions.of(HDTOptionsKeys.LOADER_TYPE_KEY,
                inMemory ? HDTOptionsKeys.LOADER_TYPE_VALUE_ONE_PASS : HDTOptionsKeys.LOADER_TYPE_VALUE_DISK,
                HDTOptionsKeys.LOADER_DISK_LOCATION_KEY, work.toAbsolutePath().toString(),
                HDTOptionsKeys.LOADER_DISK_COMPRESSION_WORKER_KEY, "1");
        try (InputStream in = Files.newInputStream(ntriplesGz);
                HDT hdt = inMemory
                        ? HDTManager.generateHDT(in, baseUri, RDFNotation.NTRIPLES, CompressionType.GZIP, options, null)
                        : HDTManager.generateHDTDisk(in, baseUri, RDFNotation.NTRIPLES, CompressionType.GZIP, options,
                                null)) {
            hdt.saveToHDT(out, null);
        } catch (ParserException e) {
            throw new IOException("the HDT library cannot read the N-Triples dump " + ntriplesGz, e);
        } finally {
            TdbStore.delete(work);
        }
    }
}
