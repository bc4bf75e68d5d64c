package org.ogplod.queries;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ogplod.convert.Converter;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.ontology.Ontology;

/**
 * The bundled data as a release holds it: converted from {@code data/} with a fixed clock, then the ontology and the
 * example queries, in a transactional in-memory dataset; runs the example queries against it as loaded.
 */
final class BundledRelease {
    static final String RELEASE_ID = "2026-01-01-1";
    static final Instant CONVERTED_AT = Instant.parse("2026-01-01T12:00:00Z");

    /** One release for every test class: converting the data again for each would only repeat the same work. */
    private static final class Shared {
        static final BundledRelease RELEASE = new BundledRelease();
    }

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final ExampleQueries examples = ExampleQueries.load();
    private final Converter.Result conversion;
    private final long converted;
    private final long described;

    BundledRelease() {
        Ontology ontology = Ontology.load();
        // Collected outside a transaction, as the store does: the converter writes from its own thread.
        Graph staged = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(staged);
        AtomicLong sent = new AtomicLong();
        StreamRDF counting = new StreamRDFWrapper(sink) {
            @Override
            public void triple(Triple triple) {
                sent.incrementAndGet();
                super.triple(triple);
            }
        };
        Converter converter = new Converter(ontology, new Converter.Options(false, RELEASE_ID),
                Clock.fixed(CONVERTED_AT, ZoneOffset.UTC));
        conversion = converter.convert(List.of(Path.of("data")), counting);
        converted = sent.get();
        String release = Facts.BASE + "id/release/" + RELEASE_ID;
        described = staged.find().filterKeep(triple -> triple.getSubject().isURI()
                && triple.getSubject().getURI().startsWith(release)).toList().size();
        ontology.send(sink);
        examples.send(sink);
        Txn.executeWrite(dataset, () -> GraphUtil.addInto(dataset.getDefaultGraph(), staged));
    }

    static BundledRelease shared() {
        return Shared.RELEASE;
    }

    Converter.Result conversion() {
        return conversion;
    }

    /** How many triples the conversion sent: the data and the description of the release. */
    long converted() {
        return converted;
    }

    /** How many of them describe the release (its PROV activity, agent, inputs and checksums included). */
    long described() {
        return described;
    }

    ExampleQueries examples() {
        return examples;
    }

    /** The rows of a SELECT example, each a map from variable name to value (unbound variables absent). */
    List<Map<String, Node>> select(String name) {
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(text(name)).build()) {
                RowSet rowSet = exec.select();
                rowSet.forEachRemaining(binding -> {
                    Map<String, Node> row = new LinkedHashMap<>();
                    binding.forEach((variable, value) -> row.put(variable.getVarName(), value));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    Graph construct(String name) {
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(text(name)).construct());
    }

    boolean ask(String name) {
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(text(name)).ask());
    }

    private String text(String name) {
        return examples.example(name).orElseThrow(() -> new AssertionError("no example query " + name)).text();
    }
}
