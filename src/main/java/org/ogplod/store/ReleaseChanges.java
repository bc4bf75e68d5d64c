package org.ogplod.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.ogplod.ontology.Rebase;
import org.ogplod.ontology.Ogp;

/**
 * What changed from one release to the next: the members and commitments added, removed and changed, written as
 * {@code changes.json}, and the full difference as an RDF Patch ({@code changes.rdfp}) that turns the previous
 * dump into the new one. Also stamps every member and commitment with {@code ogp:lastChangedIn}.
 * The previous release is read from its N-Triples dump (a file, so a running server's database is never opened);
 * releases of more than {@link #LIMIT} triples are not compared.
 */
public final class ReleaseChanges {
    static final String JSON = "changes.json";
    static final String PATCH = "changes.rdfp";
    static final long LIMIT = 3_000_000;

    private ReleaseChanges() {
    }

    /**
     * Compares the staged {@code dataset} with the previous release (its N-Triples dump, or none), adds the
     * {@code ogp:lastChangedIn} triples to the staged dataset and writes the change files into {@code folder};
     * returns how many stamps it added (0 when the releases were too large to compare).
     */
    static long record(String base, DatasetGraph dataset, String releaseId, Path previousDump, String previousId,
            Path folder) throws IOException {
        Terms terms = new Terms(base);
        String releaseIri = terms.release(releaseId);
        String previousIri = previousId == null ? null : terms.release(previousId);
        Graph previous = GraphFactory.createDefaultGraph();
        if (previousDump != null && Files.exists(previousDump)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(previousDump), 1 << 16)) {
                RDFParser.source(in).lang(Lang.NTRIPLES).parse(previous);
            }
        }
        long size = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
        if (previous.size() > LIMIT || size > LIMIT) {
            return 0;
        }
        Graph next = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.getDefaultGraph().find().forEachRemaining(next::add));
        Lists lists = compare(previous, next, terms);
        List<Triple> stamps = stamps(previous, next, lists, NodeFactory.createURI(releaseIri), previousIri, terms);
        Txn.executeWrite(dataset, () -> stamps.forEach(dataset.getDefaultGraph()::add));
        stamps.forEach(next::add);
        writePatch(previous, next, releaseIri, previousIri, folder.resolve(PATCH));
        writeJson(lists, releaseIri, previousIri, folder.resolve(JSON));
        return stamps.size();
    }

    /** The member and commitment IRIs added, removed and changed. */
    record Lists(Set<String> added, Set<String> removed, Set<String> changed) {
    }

    /** Our terms in the base the release uses. */
    record Terms(Node member, Node commitment, Node lastChangedIn, String base) {
        Terms(String base) {
            this(Rebase.node(base, Ogp.Member), Rebase.node(base, Ogp.Commitment), Rebase.node(base, Ogp.lastChangedIn),
                    base);
        }

        String release(String id) {
            return Rebase.node(base, org.ogplod.ontology.Iris.release(id)).getURI();
        }
    }

    static Lists compare(Graph previous, Graph next, Terms terms) {
        Set<Node> before = records(previous, terms);
        Set<Node> after = records(next, terms);
        Set<String> added = new TreeSet<>();
        Set<String> removed = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        for (Node record : after) {
            if (!before.contains(record)) {
                added.add(record.getURI());
            } else if (!statements(previous, record, terms).equals(statements(next, record, terms))) {
                changed.add(record.getURI());
            }
        }
        before.stream().filter(record -> !after.contains(record)).forEach(record -> removed.add(record.getURI()));
        return new Lists(added, removed, changed);
    }

    private static Set<Node> records(Graph graph, Terms terms) {
        Set<Node> records = new HashSet<>();
        for (Node type : List.of(terms.member(), terms.commitment())) {
            graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).forEachRemaining(records::add);
        }
        return records;
    }

    /** A record's statements, without the stamp of its last change (which changes by itself). */
    private static Set<Triple> statements(Graph graph, Node record, Terms terms) {
        Set<Triple> statements = new HashSet<>();
        graph.find(record, Node.ANY, Node.ANY).forEachRemaining(triple -> {
            if (!triple.getPredicate().equals(terms.lastChangedIn())) {
                statements.add(triple);
            }
        });
        return statements;
    }

    private static List<Triple> stamps(Graph previous, Graph next, Lists lists, Node release, String previousIri,
            Terms terms) {
        List<Triple> stamps = new ArrayList<>();
        for (Node record : records(next, terms)) {
            Node stamp = release;
            if (!lists.added().contains(record.getURI()) && !lists.changed().contains(record.getURI())) {
                stamp = previous.find(record, terms.lastChangedIn(), Node.ANY).nextOptional().map(Triple::getObject)
                        .orElse(previousIri == null ? release : NodeFactory.createURI(previousIri));
            }
            stamps.add(Triple.create(record, terms.lastChangedIn(), stamp));
        }
        return stamps;
    }

    private static void writePatch(Graph previous, Graph next, String releaseIri, String previousIri, Path file)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            RDFChangesWriterText patch = RDFPatchOps.textWriter(out);
            patch.start();
            patch.header("id", NodeFactory.createURI(releaseIri));
            if (previousIri != null) {
                patch.header("prev", NodeFactory.createURI(previousIri));
            }
            patch.txnBegin();
            previous.find().forEachRemaining(triple -> {
                if (!next.contains(triple)) {
                    patch.delete(null, triple.getSubject(), triple.getPredicate(), triple.getObject());
                }
            });
            next.find().forEachRemaining(triple -> {
                if (!previous.contains(triple)) {
                    patch.add(null, triple.getSubject(), triple.getPredicate(), triple.getObject());
                }
            });
            patch.txnCommit();
            patch.finish();
        }
    }

    private static void writeJson(Lists lists, String releaseIri, String previousIri, Path file) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(Files.newOutputStream(file))) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("release", releaseIri);
            json.writeStringField("previous", previousIri);
            for (var list : List.of(java.util.Map.entry("added", lists.added()),
                    java.util.Map.entry("removed", lists.removed()), java.util.Map.entry("changed", lists.changed()))) {
                json.writeArrayFieldStart(list.getKey());
                for (String iri : list.getValue()) {
                    json.writeString(iri);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }
}
