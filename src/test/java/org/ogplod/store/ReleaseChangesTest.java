package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogplod.ontology.Ogp;

/**
 * The change files of two releases compared a subject at a time over sorted lines: the same lists, stamps and patch
 * whether the lines are sorted in one run or spill into many, and the patch turns the old release into the new one.
 */
class ReleaseChangesTest {
    private static final String BASE = "http://localhost:8080/";
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    @TempDir
    Path folder;

    @Test
    void manySortedRunsGiveTheSameFilesAsOne() throws IOException {
        Path previousDump = previousRelease();
        Path oneRun = Files.createDirectories(folder.resolve("one"));
        Path manyRuns = Files.createDirectories(folder.resolve("many"));
        long stamps = ReleaseChanges.record(BASE, nextRelease(), "2026-01-01-2", previousDump, "2026-01-01-1",
                oneRun, Long.MAX_VALUE);
        assertEquals(stamps, ReleaseChanges.record(BASE, nextRelease(), "2026-01-01-2", previousDump, "2026-01-01-1",
                manyRuns, 200));
        for (String file : List.of(ReleaseChanges.JSON, ReleaseChanges.PATCH)) {
            assertArrayEquals(Files.readAllBytes(oneRun.resolve(file)), Files.readAllBytes(manyRuns.resolve(file)),
                    file + " differs when the lines are sorted in many runs");
        }
        assertEquals(List.of(ReleaseChanges.JSON, ReleaseChanges.PATCH).stream().sorted().toList(),
                ChangesFiles.names(manyRuns), "the sorted runs are removed");
    }

    @Test
    void listsStampsAndPatchSayWhatChanged() throws IOException {
        Path previousDump = previousRelease();
        DatasetGraph next = nextRelease();
        Path files = Files.createDirectories(folder.resolve("changes"));
        long stamps = ReleaseChanges.record(BASE, next, "2026-01-01-2", previousDump, "2026-01-01-1", files, 300);

        String json = Files.readString(files.resolve(ReleaseChanges.JSON), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"added\" : [ \"" + commitment(60) + "\" ]"), json);
        assertTrue(json.contains("\"removed\" : [ \"" + commitment(0) + "\" ]"), json);
        assertTrue(json.contains("\"changed\" : [ \"" + commitment(7) + "\" ]"), json);
        assertEquals(60, stamps, "one stamp per commitment of the new release");
        Txn.executeRead(next, () -> {
            Graph graph = next.getDefaultGraph();
            assertEquals(release("2026-01-01-2"), stamp(graph, 7), "changed");
            assertEquals(release("2026-01-01-2"), stamp(graph, 60), "added");
            assertEquals(release("2026-01-01-0"), stamp(graph, 8), "unchanged keeps its earlier stamp");
        });

        DatasetGraph patched = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(patched, () -> RDFDataMgr.read(patched.getDefaultGraph(), previousDump.toString()));
        try (InputStream patch = new GZIPInputStream(Files.newInputStream(files.resolve(ReleaseChanges.PATCH)))) {
            RDFPatchOps.applyChange(patched, RDFPatchOps.read(patch));
        }
        assertTrue(Txn.calculateRead(patched, () -> Txn.calculateRead(next,
                () -> patched.getDefaultGraph().isIsomorphicWith(next.getDefaultGraph()))),
                "the patch turns the previous release into the new one");
    }

    @Test
    void aFirstReleaseAddsEverything() throws IOException {
        DatasetGraph next = nextRelease();
        Path files = Files.createDirectories(folder.resolve("first"));
        assertEquals(60, ReleaseChanges.record(BASE, next, "2026-01-01-1", null, null, files, 100));
        String json = Files.readString(files.resolve(ReleaseChanges.JSON), StandardCharsets.UTF_8);
        assertEquals(60, json.split("id/commitment/", -1).length - 1, json);
        Txn.executeRead(next, () -> assertEquals(release("2026-01-01-1"), stamp(next.getDefaultGraph(), 1)));
    }

    @Test
    void aFirstReleaseGivesTheSameFilesWithoutComparingAsAComparisonWithAnEmptyRelease() throws IOException {
        Path empty = folder.resolve("empty.nt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(empty))) {
            out.flush();
        }
        Path compared = Files.createDirectories(folder.resolve("compared"));
        Path first = Files.createDirectories(folder.resolve("first"));
        DatasetGraph viaComparison = nextRelease();
        DatasetGraph withoutComparison = nextRelease();
        assertEquals(ReleaseChanges.record(BASE, viaComparison, "2026-01-01-1", empty, null, compared, 100),
                ReleaseChanges.record(BASE, withoutComparison, "2026-01-01-1", null, null, first, 100));
        assertEquals(Files.readString(compared.resolve(ReleaseChanges.JSON)),
                Files.readString(first.resolve(ReleaseChanges.JSON)));
        assertTrue(Txn.calculateRead(viaComparison, () -> Txn.calculateRead(withoutComparison,
                () -> viaComparison.getDefaultGraph().isIsomorphicWith(withoutComparison.getDefaultGraph()))));
        assertEquals(patchLines(compared), patchLines(first), "the same patch rows, perhaps in another order");
    }

    private static java.util.Set<String> patchLines(Path folder) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve(ReleaseChanges.PATCH)))) {
            return new java.util.HashSet<>(java.util.Arrays.asList(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
    }

    /** Commitments 0 to 59, stamped in release 2026-01-01-0, written as a gzipped N-Triples dump. */
    private Path previousRelease() throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 60; i++) {
            add(graph, i, "Commitment " + i);
            graph.add(Triple.create(NodeFactory.createURI(commitment(i)), Ogp.lastChangedIn, release("2026-01-01-0")));
        }
        Path dump = folder.resolve("previous.nt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
            RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
        }
        return dump;
    }

    /** The same without commitment 0, with commitment 7 retitled and commitment 60 added, in shuffled order. */
    private static DatasetGraph nextRelease() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            numbers.add(i);
        }
        java.util.Collections.shuffle(numbers, new Random(5));
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> numbers.forEach(i -> add(dataset.getDefaultGraph(), i,
                i == 7 ? "Commitment seven, retitled" : "Commitment " + i)));
        return dataset;
    }

    private static void add(Graph graph, int i, String title) {
        Node commitment = NodeFactory.createURI(commitment(i));
        graph.add(Triple.create(commitment, RDF.type.asNode(), Ogp.Commitment));
        graph.add(Triple.create(commitment, TITLE, NodeFactory.createLiteralString(title)));
    }

    private static String commitment(int i) {
        return BASE + "id/commitment/XX" + i;
    }

    private static Node release(String id) {
        return NodeFactory.createURI(BASE + "id/release/" + id);
    }

    private static Node stamp(Graph graph, int i) {
        List<Triple> stamps = graph.find(NodeFactory.createURI(commitment(i)), Ogp.lastChangedIn, Node.ANY).toList();
        assertEquals(1, stamps.size(), "one stamp on commitment " + i);
        return stamps.get(0).getObject();
    }

    /** File names in a folder. */
    private static final class ChangesFiles {
        static List<String> names(Path folder) throws IOException {
            try (var files = Files.list(folder)) {
                return files.map(file -> file.getFileName().toString()).sorted().toList();
            }
        }
    }
}
