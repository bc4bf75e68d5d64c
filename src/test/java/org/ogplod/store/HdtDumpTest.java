package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.triples.IteratorTripleString;

/** The HDT dump holds the N-Triples dump's triples whether it is built in memory or, for large releases, on disk. */
class HdtDumpTest {
    @TempDir
    Path folder;

    @Test
    void bothLoadersGiveTheTriplesOfTheNTriplesDumpAndLeaveNoWorkFiles() throws Exception {
        Graph data = RDFDataMgr.loadGraph("ontology/ogp.ttl");
        Path ntriples = folder.resolve("ogp-lod.nt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(ntriples))) {
            RDFDataMgr.write(out, data, RDFFormat.NTRIPLES);
        }
        long everyTriple = data.size();
        long tooManyForTheHeap = Runtime.getRuntime().maxMemory() / HdtDump.BYTES_PER_TRIPLE;
        for (long triples : new long[] {everyTriple, tooManyForTheHeap}) {
            Path hdt = folder.resolve("ogp-lod-" + triples + ".hdt");
            try (OutputStream out = Files.newOutputStream(hdt)) {
                HdtDump.write(ntriples, triples, "http://localhost:8080/", out);
            }
            assertTrue(read(hdt).isIsomorphicWith(data), "the HDT built for " + triples + " triples");
        }
        try (var files = Files.list(folder)) {
            assertEquals(3, files.count(), "the N-Triples dump and two HDT files, no work folder");
        }
    }

    private static Graph read(Path file) throws Exception {
        StringBuilder ntriples = new StringBuilder();
        try (HDT hdt = HDTManager.loadHDT(file.toString())) {
            for (IteratorTripleString triples = hdt.search("", "", ""); triples.hasNext();) {
                triples.next().dumpNtriple(ntriples);
            }
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ntriples.toString(), Lang.NTRIPLES).parse(graph);
        return graph;
    }
}
