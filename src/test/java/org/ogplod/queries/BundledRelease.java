package org.ogplod.queries;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ogplod.cli.Publisher;
import org.ogplod.convert.Converter;
import org.ogplod.convert.InputFiles;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Store;

/**
 * The bundled data as a release holds it: {@code data/} published as the command line publishes it (the data, the
 * ontology and the example queries), with a fixed clock, in an in-memory store; runs the example queries against it.
 */
final class BundledRelease {
    static final String RELEASE_ID = "2026-01-01-1";
    static final Instant CONVERTED_AT = Instant.parse("2026-01-01T12:00:00Z");

    /** One release for every test class: converting the data again for each would only repeat the same work. */
    private static final class Shared {
        static final BundledRelease RELEASE = new BundledRelease();
    }

    private final ExampleQueries examples = ExampleQueries.load();
    private final DatasetGraph dataset;
    private final Converter.Result conversion;
    private final long described;

    BundledRelease() {
        Publisher publisher = new Publisher(Ontology.load(), Facts.BASE, false, new PrintWriter(System.err, true),
                Clock.fixed(CONVERTED_AT, ZoneOffset.UTC));
        // An in-memory store's releases are held in memory; closing it only removes its files (dumps and reports).
        try (Store store = Store.open("mem")) {
            Publisher.Publication publication = publisher.publish(store,
                    InputFiles.read(List.of(Path.of("data"))), RELEASE_ID, "test");
            dataset = publication.release().dataset();
            conversion = publication.conversion();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String release = Facts.BASE + "id/release/" + RELEASE_ID;
        described = Txn.calculateRead(dataset, () -> Iter.count(dataset.getDefaultGraph().find().filterKeep(
                triple -> triple.getSubject().isURI() && triple.getSubject().getURI().startsWith(release))));
    }

    static BundledRelease shared() {
        return Shared.RELEASE;
    }

    Converter.Result conversion() {
        return conversion;
    }

    /** How many triples the conversion sent: the data and the description of the release. */
    long converted() {
        return conversion.triples();
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
