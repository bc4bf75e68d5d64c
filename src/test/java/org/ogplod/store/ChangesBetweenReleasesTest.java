package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogplod.cli.Publisher;
import org.ogplod.convert.InputFiles;
import org.ogplod.ontology.Ogp;
import org.ogplod.ontology.Ontology;

/** Two consecutive releases of the bundled data, the second with one title changed and one commitment removed. */
class ChangesBetweenReleasesTest {
    private static final String BASE = "http://localhost:8080/";

    @TempDir
    Path folder;

    @Test
    void changesListTheRemovedAndChangedCommitmentsAndThePatchTurnsTheOldDumpIntoTheNewOne() throws IOException {
        Path edited = editedCopyOfTheData();
        try (Store store = Store.open(folder.resolve("store").toString())) {
            Release first = publish(store, "2026-01-01-1", Path.of("data"));
            Release second = publish(store, "2026-01-01-2", edited);

            String changes = Files.readString(second.changes(), StandardCharsets.UTF_8);
            assertTrue(changes.contains("\"removed\" : [ \"" + BASE + "id/commitment/PH0032\" ]"), changes);
            assertTrue(changes.contains("\"changed\" : [ \"" + BASE + "id/commitment/UK0107\" ]"), changes);
            assertTrue(changes.contains("\"added\" : [ ]"), changes);

            DatasetGraph patched = DatasetGraphFactory.createTxnMem();
            Graph before = dump(first);
            Txn.executeWrite(patched, () -> before.find().forEachRemaining(patched.getDefaultGraph()::add));
            try (InputStream patch = new GZIPInputStream(Files.newInputStream(second.patch()))) {
                RDFPatchOps.applyChange(patched, RDFPatchOps.read(patch));
            }
            Graph after = dump(second);
            assertTrue(Txn.calculateRead(patched, () -> patched.getDefaultGraph().isIsomorphicWith(after)),
                    "the patch does not turn the old dump into the new one");
        }
    }

    @Test
    void everyRecordCarriesTheReleaseInWhichItLastChanged() throws IOException {
        Path edited = editedCopyOfTheData();
        try (Store store = Store.open("mem")) {
            publish(store, "2026-01-01-1", Path.of("data"));
            Release second = publish(store, "2026-01-01-2", edited);
            Graph data = GraphFactory.createDefaultGraph();
            Txn.executeRead(second.dataset(), () -> second.dataset().getDefaultGraph().find().forEachRemaining(data::add));
            assertEquals(release("2026-01-01-2"), lastChange(data, "id/commitment/UK0107"));
            assertEquals(release("2026-01-01-1"), lastChange(data, "id/commitment/UK0053"));
            assertEquals(release("2026-01-01-1"), lastChange(data, "id/member/kenya"));
        }
    }

    private static Node lastChange(Graph data, String path) {
        List<Node> stamps = data.find(NodeFactory.createURI(BASE + path), Ogp.lastChangedIn, Node.ANY)
                .mapWith(triple -> triple.getObject()).toList();
        assertEquals(1, stamps.size(), path + " should have exactly one ogp:lastChangedIn");
        return stamps.get(0);
    }

    private static Node release(String id) {
        return NodeFactory.createURI(BASE + "id/release/" + id);
    }

    private Path editedCopyOfTheData() throws IOException {
        Path edited = Files.createDirectories(folder.resolve("edited"));
        Files.copy(Path.of("data/members.csv"), edited.resolve("members.csv"));
        List<String> lines = Files.readAllLines(Path.of("data/commitments.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("PH0032,"))
                .map(line -> line.startsWith("UK0107,") ? line.replaceFirst("Procurement Act", "Procurement Act 2023")
                        : line)
                .toList();
        Files.write(edited.resolve("commitments.csv"), lines, StandardCharsets.UTF_8);
        return edited;
    }

    /** Publishes the data in {@code data} as release {@code id} of {@code store}, based at http://localhost:8080/. */
    static Release publish(Store store, String id, Path data) throws IOException {
        return new Publisher(Ontology.load(), BASE, false, new PrintWriter(System.err, true))
                .publish(store, InputFiles.read(List.of(data)), id, "test").release();
    }

    private static Graph dump(Release release) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(release.dump(DumpFile.NTRIPLES)))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(graph);
        }
        return graph;
    }
}
