package org.ogplod.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.LinkTarget;
import org.ogplod.ontology.Prefixes;
import org.ogplod.ontology.Rebase;

/**
 * The health of a release's links into other datasets ({@link LinkTarget}), written as {@code links.json} beside the
 * release: per target, how many of our resources link to it and with which predicates, how many distinct targets,
 * which of the resources that should link (members, themes, ...) do not yet, and which targets are missing from the
 * target's reference list that the build checks them against (no network). Each target also carries the previous
 * release's figures, so that a lost link shows as a change.
 */
public final class LinkReport {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LinkReport.class);
    static final String JSON_FILE = "links.json";
    /** The counts kept of a previous release and compared by {@link #differences}. */
    private static final List<String> COUNTS = List.of("links", "linkingResources", "distinctTargets",
            "expectedLinkers");
    /** The lists whose lengths are kept and compared. */
    private static final List<String> LISTS = List.of("unlinked", "notInReference");

    /** What one pass over the triples finds for one target. */
    private static final class Found {
        final Map<String, Long> predicates = new TreeMap<>();
        final Set<String> subjects = new TreeSet<>();
        final Set<String> targets = new TreeSet<>();
        long links;
    }

    private LinkReport() {
    }

    /**
     * Writes the report of release {@code releaseId} ({@code dataset}, whose IRIs start with {@code base}) into
     * {@code folder}, with the figures of the previous report (a file, or null when there is none).
     */
    static void write(String base, DatasetGraph dataset, String releaseId, Path previousReport, Path folder)
            throws IOException {
        long started = System.nanoTime();
        Map<LinkTarget, Found> found = Txn.calculateRead(dataset, () -> links(base, dataset));
        JsonObject previous = previousReport == null ? null : read(previousReport);
        JsonObject report = new JsonObject();
        report.put("release", Rebase.node(base, Iris.release(releaseId)).getURI());
        report.put("previous", previous == null ? JsonNull.instance : previous.get("release"));
        JsonArray targets = new JsonArray();
        for (LinkTarget target : LinkTarget.values()) {
            Found links = found.get(target);
            Set<String> linkers = Txn.calculateRead(dataset, () -> linkers(base, dataset, target));
            Set<String> unlinked = new TreeSet<>(linkers);
            unlinked.removeAll(links.subjects);
            Set<String> reference = target.referenceIds();
            List<String> unknown = links.targets.stream()
                    .filter(iri -> !reference.contains(iri.substring(target.uriSpace().length()))).toList();
            JsonObject entry = new JsonObject();
            entry.put("key", target.key());
            entry.put("title", target.title());
            entry.put("uriSpace", target.uriSpace());
            entry.put("page", target.page());
            entry.put("linkers", target.linkers());
            entry.put("reference", target.referenceSource());
            entry.put("referenceIds", reference.size());
            entry.put("links", links.links);
            entry.put("linkingResources", links.subjects.size());
            entry.put("distinctTargets", links.targets.size());
            JsonObject predicates = new JsonObject();
            links.predicates.forEach(predicates::put);
            entry.put("predicates", predicates);
            entry.put("expectedLinkers", linkers.size());
            entry.put("unlinked", strings(unlinked));
            entry.put("notInReference", strings(unknown));
            entry.put("previous", previousFigures(previous, target.key()));
            targets.add(entry);
        }
        report.put("targets", targets);
        try (OutputStream out = Files.newOutputStream(folder.resolve(JSON_FILE))) {
            JSON.write(out, report);
        }
        LOG.info(String.format(Locale.ROOT, "wrote %s: %d targets in %.2f s", JSON_FILE, targets.size(),
                (System.nanoTime() - started) / 1e9));
    }

    private static JsonValue previousFigures(JsonObject previous, String key) {
        if (previous == null) {
            return JsonNull.instance;
        }
        for (JsonValue value : previous.get("targets").getAsArray()) {
            JsonObject target = value.getAsObject();
            if (target.get("key").getAsString().value().equals(key)) {
                JsonObject figures = new JsonObject();
                COUNTS.forEach(name -> figures.put(name, target.get(name)));
                LISTS.forEach(name -> figures.put(name, target.get(name).getAsArray().size()));
                return figures;
            }
        }
        return JsonNull.instance;
    }

    /** One pass over the default graph: every triple from one of our IRIs to an IRI in a target's URI space. */
    private static Map<LinkTarget, Found> links(String base, DatasetGraph dataset) {
        Map<LinkTarget, Found> found = new LinkedHashMap<>();
        for (LinkTarget target : LinkTarget.values()) {
            found.put(target, new Found());
        }
        dataset.getDefaultGraph().find().forEachRemaining(triple -> {
            Node object = triple.getObject();
            if (!object.isURI() || !triple.getSubject().isURI() || !triple.getSubject().getURI().startsWith(base)) {
                return;
            }
            for (LinkTarget target : found.keySet()) {
                if (object.getURI().startsWith(target.uriSpace())) {
                    record(found.get(target), triple);
                }
            }
        });
        return found;
    }

    private static void record(Found found, Triple triple) {
        found.links++;
        found.predicates.merge(triple.getPredicate().getURI(), 1L, Long::sum);
        found.subjects.add(triple.getSubject().getURI());
        found.targets.add(triple.getObject().getURI());
    }

    /** The resources of ours that should link to {@code target}. */
    private static Set<String> linkers(String base, DatasetGraph dataset, LinkTarget target) {
        Query query = new ParameterizedSparqlString("SELECT DISTINCT ?resource WHERE { "
                + target.linkersPattern().replace("{base}", base) + " }", Prefixes.forBase(base)).asQuery();
        Set<String> resources = new TreeSet<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            exec.select().forEachRemaining(row -> resources.add(row.get("resource").getURI()));
        }
        return resources;
    }

    private static JsonArray strings(Iterable<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /**
     * What changed in the links since the release before: one {@code {target, figure, before, after}} object per
     * count that differs (the lists count by their length); empty for a first release or when nothing changed.
     */
    public static JsonArray differences(JsonObject report) {
        JsonArray differences = new JsonArray();
        for (JsonValue value : report.get("targets").getAsArray()) {
            JsonObject target = value.getAsObject();
            if (!target.get("previous").isObject()) {
                continue;
            }
            JsonObject before = target.get("previous").getAsObject();
            for (String figure : Stream.concat(COUNTS.stream(), LISTS.stream()).toList()) {
                long after = figure(target, figure);
                long then = before.get(figure).getAsNumber().value().longValue();
                if (after != then) {
                    JsonObject difference = new JsonObject();
                    difference.put("target", target.get("key"));
                    difference.put("figure", figure);
                    difference.put("before", then);
                    difference.put("after", after);
                    differences.add(difference);
                }
            }
        }
        return differences;
    }

    /** A count of one target in a report: the number itself, or the length of a list ({@code unlinked}, ...). */
    public static long figure(JsonObject target, String name) {
        JsonValue value = target.get(name);
        return LISTS.contains(name) ? value.getAsArray().size() : value.getAsNumber().value().longValue();
    }

    /** A report as written, or null when there is none (a release before reports existed, or the first). */
    public static JsonObject read(Path file) throws IOException {
        return Files.exists(file) ? JSON.read(file.toString()) : null;
    }
}
