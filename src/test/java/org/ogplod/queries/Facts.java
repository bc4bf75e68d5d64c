package org.ogplod.queries;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the expected results are computed from, without SPARQL: the rows of {@code data/*.csv} (commons-csv) and the
 * concept schemes and alignments of {@code ontology/} (Jena's graph API), read from the source tree.
 */
final class Facts {
    static final String BASE = "http://localhost:8080/";
    static final String SDG = "http://metadata.un.org/sdg/";

    private static final class Shared {
        static final Facts FACTS = new Facts();
    }

    final List<Map<String, String>> members = rows("data/members.csv");
    final List<Map<String, String>> commitments = rows("data/commitments.csv");
    private final Graph themes = RDFDataMgr.loadGraph("ontology/schemes/theme.ttl");
    private final Graph values = RDFDataMgr.loadGraph("ontology/schemes/value.ttl");
    private final Graph links = RDFDataMgr.loadGraph("ontology/links/themes.ttl");

    Facts() {
        RDFDataMgr.read(links, "ontology/links/values.ttl");
    }

    /** The facts of the bundled data, read once for every test class. */
    static Facts bundled() {
        return Shared.FACTS;
    }

    /** The rows of commitments.csv of one member. */
    List<Map<String, String>> commitmentsOf(String member) {
        return commitments.stream().filter(row -> row.get("member").equals(member)).toList();
    }

    /** The cells of a ';'-separated column, trimmed, blanks dropped. */
    static List<String> list(Map<String, String> row, String column) {
        return Arrays.stream(row.get(column).split(";")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    static Node iri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    Map<String, String> member(String slug) {
        return members.stream().filter(row -> row.get("slug").equals(slug)).findFirst().orElseThrow();
    }

    String memberName(Map<String, String> commitment) {
        return member(commitment.get("member")).get("name");
    }

    boolean local(Map<String, String> commitment) {
        return member(commitment.get("member")).get("type").equals("local");
    }

    /** The theme concepts of a commitment's policy_areas cell. */
    Set<Node> themes(Map<String, String> commitment) {
        return list(commitment, "policy_areas").stream().map(label -> concept(themes, label))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The value concepts of a commitment's ogp_values cell. */
    Set<Node> values(Map<String, String> commitment) {
        return list(commitment, "ogp_values").stream().map(label -> concept(values, label))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The concepts of the OGP value scheme. */
    Set<Node> valueConcepts() {
        return values.find(Node.ANY, SKOS.inScheme.asNode(), iri("def/value")).mapWith(Triple::getSubject).toSet();
    }

    /** The concept itself and every concept above it (skos:broader, any depth). */
    Set<Node> withBroader(Node concept) {
        Set<Node> found = new LinkedHashSet<>();
        Deque<Node> next = new ArrayDeque<>(List.of(concept));
        while (!next.isEmpty()) {
            Node current = next.pop();
            if (found.add(current)) {
                themes.find(current, SKOS.broader.asNode(), Node.ANY).forEachRemaining(t -> next.push(t.getObject()));
            }
        }
        return found;
    }

    /** The top-level areas (top concepts of /def/theme) a theme concept lies under, itself included. */
    Set<Node> areas(Node concept) {
        return withBroader(concept).stream()
                .filter(node -> themes.contains(node, SKOS.topConceptOf.asNode(), iri("def/theme")))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Set<Node> closeMatches(Node concept) {
        return themes.find(concept, SKOS.closeMatch.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
    }

    /** The SDG 16 goal and targets (as codes, e.g. "16.10") that a theme or value is aligned with. */
    Set<String> sdg16(Node concept) {
        return links.find(concept, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> t.getPredicate().equals(SKOS.closeMatch.asNode())
                        || t.getPredicate().equals(SKOS.relatedMatch.asNode()))
                .map(Triple::getObject).filter(Node::isURI).map(Node::getURI)
                .filter(uri -> uri.equals(SDG + "16") || uri.startsWith(SDG + "16."))
                .map(uri -> uri.substring(SDG.length()))
                .collect(Collectors.toSet());
    }

    /** The English preferred label of a theme or value concept. */
    String label(Node concept) {
        for (Graph graph : List.of(themes, values)) {
            for (Triple triple : graph.find(concept, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
                if (triple.getObject().getLiteralLanguage().equals("en")) {
                    return triple.getObject().getLiteralLexicalForm();
                }
            }
        }
        throw new IllegalArgumentException("no English label for " + concept);
    }

    /** The concept of a scheme whose preferred or alternative label is {@code label}, case ignored. */
    private static Node concept(Graph scheme, String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return scheme.find(Node.ANY, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> t.getPredicate().equals(SKOS.prefLabel.asNode())
                        || t.getPredicate().equals(SKOS.altLabel.asNode()))
                .filter(t -> t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Triple::getSubject).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no concept labelled " + label));
    }

    private static List<Map<String, String>> rows(String file) {
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.stream().map(record -> record.toMap()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
