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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Writes the dumps of a release once (gzipped RDF text, then HDT from the N-Triples), with a SHA-256 file beside each. */
final class Dumps {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Dumps.class);

    private Dumps() {
    }

    /**
     * Writes every dump of {@code dataset} ({@code triples} is its size, which decides how HDT is built), the gzipped
     * ones at the same time (each in its own read transaction, one thread per
     * processor), HDT once the N-Triples it is made from is written. The first failure is thrown, after the others
     * have stopped.
     */
    static void write(DatasetGraph dataset, long triples, PrefixMapping prefixes, String baseUri, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        Path ntriples = folder.resolve(DumpFile.NTRIPLES.fileName());
        ExecutorService writers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                Thread.ofPlatform().name("ogp-lod-dump-", 1).daemon().factory());
        try {
            List<CompletableFuture<Void>> written = new ArrayList<>();
            CompletableFuture<Void> ntriplesWritten = null;
            // N-Triples first (HDT is made from it), then the slowest (JSON-LD), so that both threads stay busy.
            for (DumpFile dump : DumpFile.all().stream().sorted(java.util.Comparator.comparing(
                    dump -> dump == DumpFile.NTRIPLES ? 0 : dump == DumpFile.JSONLD ? 1 : 2)).toList()) {
                if (dump.gzipped()) {
                    CompletableFuture<Void> one = CompletableFuture.runAsync(() -> Txn.executeRead(dataset,
                            () -> checksummed(folder, dump,
                                    out -> writeGzipped(dataset.getDefaultGraph(), prefixes, dump, out))), writers);
                    written.add(one);
                    if (dump == DumpFile.NTRIPLES) {
                        ntriplesWritten = one;
                    }
                }
            }
            // HDT goes on in the thread that wrote its N-Triples, ahead of the files still waiting for a thread.
            written.add(ntriplesWritten.thenRun(() -> checksummed(folder, DumpFile.HDT,
                    out -> HdtDump.write(ntriples, triples, baseUri, out))));
            CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            writers.shutdownNow();
        }
    }

    /** Writes one dump file's content. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Triples per piece when a JSON-LD dump is written in pieces (JSON-LD writers hold a document in memory). */
    static final int CHUNK = 50_000;

    /**
     * Writes a format that cannot stream (JSON-LD) a piece at a time, as ONE document: each piece of whole subjects
     * (the store returns triples grouped by subject; releases have no blank nodes) is written by Jena in expanded
     * form, {@code {"@graph": [node objects]}}, and its node objects are copied into the single top-level
     * {@code @graph}. Memory stays bounded by the piece.
     */
    private static void writeInChunks(Graph graph, PrefixMapping prefixes, DumpFile dump, OutputStream out)
            throws IOException {
        JsonFactory json = new JsonFactory();
        try (JsonGenerator document = json.createGenerator(out)) {
            document.useDefaultPrettyPrinter();
            document.writeStartObject();
            document.writeArrayFieldStart("@graph");
            Graph chunk = newChunk(prefixes);
            Node subject = null;
            for (var triples = graph.find(); triples.hasNext();) {
                Triple triple = triples.next();
                if (chunk.size() >= CHUNK && !triple.getSubject().equals(subject)) {
                    copyNodes(json, chunk, dump, document);
                    chunk = newChunk(prefixes);
                }
                subject = triple.getSubject();
                chunk.add(triple);
            }
            copyNodes(json, chunk, dump, document);
            document.writeEndArray();
            document.writeEndObject();
        }
    }

    /** Copies the node objects of one piece, as Jena writes it in expanded form, into the open {@code @graph}. */
    private static void copyNodes(JsonFactory json, Graph chunk, DumpFile dump, JsonGenerator document)
            throws IOException {
        java.io.ByteArrayOutputStream piece = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(piece, chunk, dump.format());
        try (JsonParser parser = json.createParser(piece.toByteArray())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (!parser.currentName().equals("@graph")) {
                    throw new IllegalStateException("Jena's expanded JSON-LD has a field " + parser.currentName());
                }
                parser.nextToken();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    document.copyCurrentStructure(parser);
                }
            }
        }
    }

    private static Graph newChunk(PrefixMapping prefixes) {
        Graph chunk = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        chunk.getPrefixMapping().setNsPrefixes(prefixes);
        return chunk;
    }

    private static void writeGzipped(Graph graph, PrefixMapping prefixes, DumpFile dump, OutputStream file)
            throws IOException {
        try (OutputStream out = new GZIPOutputStream(file, 1 << 16)) {
            if (StreamRDFWriter.registered(dump.format())) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, dump.format());
                writer.start();
                prefixes.getNsPrefixMap().forEach(writer::prefix);
                StreamRDFOps.sendTriplesToStream(graph, writer);
                writer.finish();
            } else {
                writeInChunks(graph, prefixes, dump, out);
            }
        }
    }

    /** Writes {@code dump} into {@code folder} through {@code content}, then its {@code .sha256} file. */
    private static void checksummed(Path folder, DumpFile dump, Content content) {
        Path file = folder.resolve(dump.fileName());
        long started = System.nanoTime();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new BufferedOutputStream(
                    new DigestOutputStream(Files.newOutputStream(file), sha256), 1 << 16)) {
                content.writeTo(out);
            }
            LOG.info(String.format(java.util.Locale.ROOT, "wrote %s: %,d bytes in %.2f s", dump.fileName(),
                    Files.size(file), (System.nanoTime() - started) / 1e9));
            Files.writeString(folder.resolve(dump.checksumName()),
                    HexFormat.of().formatHex(sha256.digest()) + "  " + dump.fileName() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the dump " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
