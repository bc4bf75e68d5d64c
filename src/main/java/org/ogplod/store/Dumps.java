package org.ogplod.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Writes the gzip-compressed dumps of a release once, with a SHA-256 file beside each. */
final class Dumps {
    private Dumps() {
    }

    static void write(DatasetGraph dataset, PrefixMapping prefixes, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (DumpFile dump : DumpFile.all()) {
            Txn.executeRead(dataset, () -> writeOne(dataset.getDefaultGraph(), prefixes, dump, folder));
        }
    }

    private static void writeOne(Graph graph, PrefixMapping prefixes, DumpFile dump, Path folder) {
        Path file = folder.resolve(dump.fileName());
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
                    new DigestOutputStream(Files.newOutputStream(file), sha256), 1 << 16), 1 << 16)) {
                if (StreamRDFWriter.registered(dump.format())) {
                    StreamRDF writer = StreamRDFWriter.getWriterStream(out, dump.format());
                    writer.start();
                    prefixes.getNsPrefixMap().forEach(writer::prefix);
                    StreamRDFOps.sendTriplesToStream(graph, writer);
                    writer.finish();
                } else {
                    Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    copy.getPrefixMapping().setNsPrefixes(prefixes);
                    graph.find().forEachRemaining(copy::add);
                    RDFDataMgr.write(out, copy, dump.format());
                }
            }
            Files.writeString(folder.resolve(dump.checksumName()),
                    HexFormat.of().formatHex(sha256.digest()) + "  " + dump.fileName() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the dump " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
