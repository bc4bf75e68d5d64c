package org.ogplod.web.about;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.ogplod.ontology.LinkTarget;
import org.ogplod.web.common.QueryFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the self-description asks the release, from the {@code catalog-*}, {@code void-*} and {@code sitemap-*} query
 * files: parsed when the server starts (a file that does not parse stops it), run when first needed.
 */
final class SelfQueries {
    /** These queries scan the whole release once, so they may take longer than a client's query is allowed. */
    private static final long TIMEOUT_MINUTES = 30;
    private static final Logger LOG = LoggerFactory.getLogger(SelfQueries.class);

    /** The temporal and spatial coverage of the release; the years are null when no action plan has years. */
    record Coverage(Integer firstYear, Integer lastYear, List<String> countries) {
    }

    private final DatasetGraph dataset;
    private final String base;
    private final Query coverage;
    private final Query countries;
    private final Query totals;
    private final Query entities;
    private final Query classes;
    private final Query properties;
    private final Query links;
    private final Query examples;
    private final Query documents;

    SelfQueries(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
        this.coverage = QueryFiles.load("catalog-coverage", base);
        this.countries = QueryFiles.load("catalog-countries", base);
        this.totals = QueryFiles.load("void-totals", base);
        this.entities = QueryFiles.load("void-entities", base);
        this.classes = QueryFiles.load("void-classes", base);
        this.properties = QueryFiles.load("void-properties", base);
        this.links = QueryFiles.load("void-links", base);
        this.examples = QueryFiles.load("void-examples", base);
        this.documents = QueryFiles.load("sitemap-documents", base);
    }

    Coverage coverage() {
        return Txn.calculateRead(dataset, () -> {
            Binding years = single(rows(coverage, Map.of()));
            List<String> iris = rows(countries, Map.of()).stream().map(row -> iri(row, "country")).toList();
            return new Coverage(year(years, "start"), year(years, "end"), iris);
        });
    }

    VoidStatistics statistics() {
        long started = System.nanoTime();
        VoidStatistics statistics = Txn.calculateRead(dataset, () -> {
            Binding size = single(rows(totals, Map.of()));
            Binding described = single(rows(entities, Map.of("uriSpace", literal(base + "id/"))));
            List<VoidStatistics.Links> linksets = new ArrayList<>();
            for (LinkTarget target : LinkTarget.values()) {
                for (Binding row : rows(links, Map.of("targetSpace", literal(target.uriSpace())))) {
                    linksets.add(new VoidStatistics.Links(target, iri(row, "predicate"), number(row, "triples")));
                }
            }
            return new VoidStatistics(number(size, "triples"), number(described, "entities"),
                    number(size, "distinctSubjects"), number(size, "distinctObjects"),
                    counts(rows(classes, Map.of()), "class", "entities"),
                    counts(rows(properties, Map.of()), "property", "triples"), linksets,
                    rows(examples, Map.of()).stream().map(row -> iri(row, "resource")).sorted().toList());
        });
        LOG.info(String.format(Locale.ROOT, "counted the VoID statistics: %,d triples, %d classes, %d properties, "
                + "%d linksets in %.1f s", statistics.triples(), statistics.classes().size(),
                statistics.properties().size(), statistics.links().size(), (System.nanoTime() - started) / 1e9));
        return statistics;
    }

    /** Sends every resource with a page in the sitemap with the IRI of the release it last changed in (or null). */
    void documents(BiConsumer<String, String> resource) {
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(documents)
                    .timeout(TIMEOUT_MINUTES, TimeUnit.MINUTES).build()) {
                exec.select().forEachRemaining(row -> resource.accept(iri(row, "resource"),
                        row.contains("changed") ? row.get("changed").getLiteralLexicalForm() : null));
            }
        });
    }

    private List<Binding> rows(Query query, Map<String, Node> substitutions) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query).timeout(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        substitutions.forEach((name, value) -> builder.substitution(Var.alloc(name), value));
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static Binding single(List<Binding> rows) {
        if (rows.size() != 1) {
            throw new IllegalStateException("an aggregate query of the self-description gave " + rows.size()
                    + " rows instead of one");
        }
        return rows.get(0);
    }

    /** IRI to count, in the order of the rows (the queries sort by IRI). */
    private static Map<String, Long> counts(List<Binding> rows, String key, String count) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Binding row : rows) {
            Node node = row.get(Var.alloc(key));
            if (node != null && node.isURI()) {
                counts.put(node.getURI(), number(row, count));
            }
        }
        return counts;
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static String iri(Binding row, String name) {
        return row.get(Var.alloc(name)).getURI();
    }

    private static long number(Binding row, String name) {
        Node node = row.get(Var.alloc(name));
        return node == null ? 0 : ((Number) node.getLiteralValue()).longValue();
    }

    private static Integer year(Binding row, String name) {
        Node node = row.get(Var.alloc(name));
        return node == null ? null : ((Number) node.getLiteralValue()).intValue();
    }
}
