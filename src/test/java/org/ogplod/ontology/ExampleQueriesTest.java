package org.ogplod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

/** The example queries in {@code queries/}: their files, their headers, and their RDF as SHACL executables. */
class ExampleQueriesTest {
    private static final Path FOLDER = Path.of("queries");
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final List<Pattern> HEADER = List.of(Pattern.compile("# title: \\S.*"),
            Pattern.compile("# question: \\S.*"), Pattern.compile("# tags: \\S.*"));

    @Test
    void everyQueryFileIsListedInTheIndexAndNothingElse() throws IOException {
        Set<String> files = queryFiles().stream().map(path -> path.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> index = Files.readAllLines(FOLDER.resolve("index.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        assertEquals(files, new TreeSet<>(index));
        assertEquals(index.size(), files.size(), "no file is listed twice");
        assertTrue(files.size() >= 15, "at least fifteen examples");
    }

    @Test
    void everyQueryFileStartsWithTitleQuestionAndTagsAndParsesWithJena() throws IOException {
        for (Path path : queryFiles()) {
            String file = Files.readString(path, StandardCharsets.UTF_8);
            List<String> lines = file.lines().limit(HEADER.size()).toList();
            assertEquals(HEADER.size(), lines.size(), path + " has its header");
            for (int i = 0; i < HEADER.size(); i++) {
                assertTrue(HEADER.get(i).matcher(lines.get(i)).matches(), path + " line " + (i + 1) + ": "
                        + lines.get(i));
            }
            QueryFactory.create(file);
        }
    }

    @Test
    void examplesLoadFromTheClassPathInTheOrderOfTheIndexWithTheirHeaders() throws IOException {
        List<String> index = Files.readAllLines(FOLDER.resolve("index.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).map(line -> line.substring(0, line.length() - ".rq".length()))
                .toList();
        List<ExampleQueries.Example> examples = ExampleQueries.load().examples();
        assertEquals(index, examples.stream().map(ExampleQueries.Example::name).toList());
        ExampleQueries.Example years = ExampleQueries.load().example("members-by-year-joined").orElseThrow();
        assertEquals("Members by year joined", years.title());
        assertEquals(List.of("member", "year joined", "national member", "local member", "history"), years.tags());
        assertTrue(years.text().startsWith("PREFIX ogp:"), "the text starts after the header: " + years.text());
    }

    @Test
    void prefixesOfTheExamplesMeanWhatTheProjectsPrefixesMean() {
        for (ExampleQueries.Example example : ExampleQueries.load().examples()) {
            Query query = QueryFactory.create(example.text());
            query.getPrefixMapping().getNsPrefixMap().forEach((prefix, iri) -> {
                String ours = Prefixes.mapping().getNsPrefixURI(prefix);
                assertTrue(ours == null || ours.equals(iri), example.name() + ": PREFIX " + prefix + ": <" + iri
                        + "> but the project's " + prefix + ": is <" + ours + ">");
            });
        }
    }

    @Test
    void aSelectExampleIsPublishedAsASparqlSelectExecutableWithItsTextTitleQuestionAndTags() {
        ExampleQueries examples = ExampleQueries.load();
        ExampleQueries.Example years = examples.example("members-by-year-joined").orElseThrow();
        Graph graph = GraphFactory.createDefaultGraph();
        examples.send(StreamRDFLib.graph(graph));
        Node query = NodeFactory.createURI("http://localhost:8080/def/query/members-by-year-joined");
        Set<Triple> expected = new HashSet<>(Set.of(
                Triple.create(query, RDF.type.asNode(), sh("SPARQLExecutable")),
                Triple.create(query, RDF.type.asNode(), sh("SPARQLSelectExecutable")),
                Triple.create(query, sh("select"), NodeFactory.createLiteralString(years.text())),
                Triple.create(query, RDFS.label.asNode(), english("Members by year joined")),
                Triple.create(query, RDFS.comment.asNode(), english(years.question())),
                Triple.create(query, DCTerms.source.asNode(),
                        NodeFactory.createLiteralString("queries/members-by-year-joined.rq"))));
        years.tags().forEach(tag -> expected.add(Triple.create(query, SchemaDO.keywords.asNode(), english(tag))));
        assertEquals(expected, graph.find(query, Node.ANY, Node.ANY).toSet());
        assertEquals(examples.examples().size(),
                graph.find(Node.ANY, RDF.type.asNode(), sh("SPARQLExecutable")).toList().size());
    }

    @Test
    void constructAndAskExamplesArePublishedAsTheirOwnKindsOfExecutable() {
        Graph graph = GraphFactory.createDefaultGraph();
        ExampleQueries.load().send(StreamRDFLib.graph(graph));
        Node construct = ExampleQueries.iri("members-and-their-policy-areas");
        Node ask = ExampleQueries.iri("commitments-with-older-and-current-tags");
        assertTrue(graph.contains(construct, RDF.type.asNode(), sh("SPARQLConstructExecutable")));
        assertTrue(graph.contains(construct, sh("construct"), Node.ANY));
        assertFalse(graph.contains(construct, sh("select"), Node.ANY));
        assertTrue(graph.contains(ask, RDF.type.asNode(), sh("SPARQLAskExecutable")));
        assertTrue(graph.contains(ask, sh("ask"), Node.ANY));
    }

    @Test
    void exampleIrisHaveTheShapeOfDefinitionPathsSoTheyDereference() {
        for (ExampleQueries.Example example : ExampleQueries.load().examples()) {
            assertTrue(Iris.isDefinitionPath("query/" + example.name()), example.name());
            assertEquals(Iris.CANONICAL_BASE + "def/query/" + example.name(),
                    ExampleQueries.iri(example.name()).getURI());
        }
    }

    @Test
    void rebasedExamplesUseTheConfiguredBaseAndStillParse() {
        String base = "https://data.example.org/ogp/";
        for (ExampleQueries.Example example : ExampleQueries.load().rebased(base).examples()) {
            assertFalse(example.text().contains(Iris.CANONICAL_BASE), example.name());
            QueryFactory.create(example.text());
        }
        String values = ExampleQueries.load().rebased(base).example("commitments-per-ogp-value").orElseThrow().text();
        assertTrue(values.contains("<" + base + "def/value>"), values);
    }

    @Test
    void aQueryFileWithoutItsHeaderIsRefusedWithOneSentence() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ExampleQueries.parse("no-header", "SELECT * WHERE { ?s ?p ?o }\n"));
        assertEquals("the query queries/no-header.rq must start with the lines '# title: ...', '# question: ...' "
                + "and '# tags: ...', in that order and not blank", refused.getMessage());
    }

    @Test
    void theFullTextExampleSaysItNeedsTheTextIndex() {
        String text = ExampleQueries.load().example("full-text-search").orElseThrow().text();
        assertTrue(text.startsWith("# requires: text-index\n"), text);
        assertTrue(text.contains("text:query"), text);
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> paths = Files.list(FOLDER)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static Node sh(String localName) {
        return NodeFactory.createURI(SH + localName);
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }
}
