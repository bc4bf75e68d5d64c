package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three output syntaxes carry the same graph, and {@code --base-uri} moves every IRI we mint. */
class OutputFormatTest {
    private static final String RELEASE_IRIS = "/id/release/";

    @TempDir
    Path temp;

    @Test
    void ntAndJsonldParseBackIsomorphicToTurtle() {
        Graph turtle = withoutRelease(convert("ttl", Lang.TURTLE));
        Graph ntriples = withoutRelease(convert("nt", Lang.NTRIPLES));
        Graph jsonld = withoutRelease(convert("jsonld", Lang.JSONLD));
        assertTrue(turtle.size() > 3000, "triples: " + turtle.size());
        assertTrue(turtle.isIsomorphicWith(ntriples), "N-Triples differs from Turtle");
        assertTrue(turtle.isIsomorphicWith(jsonld), "JSON-LD differs from Turtle");
    }

    @Test
    void baseUriMovesEveryMintedIriOntologyTermsIncluded() throws IOException {
        Path file = temp.resolve("moved.ttl");
        CommandRun run = CommandRun.of("convert", "data", "--base-uri", "https://example.org/ogp/", "-o",
                file.toString(), "--release-id", ConvertCommandTest.RELEASE);
        assertEquals(0, run.exitCode(), run.printed());
        String text = Files.readString(file);
        assertFalse(text.contains("http://localhost:8080/"), "an IRI kept the default base");
        Graph moved = ConvertCommandTest.parse(file, Lang.TURTLE);
        assertTrue(moved.contains(NodeFactory.createURI("https://example.org/ogp/id/commitment/UK0107"),
                RDF.type.asNode(), NodeFactory.createURI("https://example.org/ogp/def/ogp#Commitment")));
        assertTrue(moved.contains(NodeFactory.createURI("https://example.org/ogp/id/commitment/UK0107"),
                NodeFactory.createURI("https://example.org/ogp/def/ogp#policyArea"),
                NodeFactory.createURI("https://example.org/ogp/def/theme/open-data")));
    }

    @Test
    void movedGraphIsTheDefaultGraphWithAnotherBase() throws IOException {
        Graph standard = withoutRelease(convert("nt", Lang.NTRIPLES));
        Path file = temp.resolve("moved.nt");
        CommandRun run = CommandRun.of("convert", "data", "--format", "nt", "--base-uri", "https://example.org/ogp/",
                "-o", file.toString());
        assertEquals(0, run.exitCode(), run.printed());
        String movedBack = Files.readString(file).replace("<https://example.org/ogp/", "<http://localhost:8080/");
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(movedBack, Lang.NTRIPLES).parse(graph);
        assertTrue(standard.isIsomorphicWith(withoutRelease(graph)), "moving the base changed more than the base");
    }

    @Test
    void reportedTripleCountIsTheNumberOfTriplesWritten() throws IOException {
        Path file = temp.resolve("out.nt");
        CommandRun run = CommandRun.of("convert", "data", "--format", "nt", "-o", file.toString());
        assertEquals(0, run.exitCode(), run.printed());
        assertEquals(ScaleTest.reportedTriples(run.err()), Files.readAllLines(file).size(), run.printed());
        Matcher stated = Pattern.compile("<http://localhost:8080/def/ogp#triples> \"([0-9]+)\"")
                .matcher(Files.readString(file));
        assertTrue(stated.find());
        long describing = Files.readAllLines(file).stream()
                .filter(line -> line.startsWith("<http://localhost:8080/id/release/")).count();
        assertEquals(Files.readAllLines(file).size() - describing, Long.parseLong(stated.group(1)),
                "ogp:triples of the release counts the data, without the release's own description");
    }

    private Graph convert(String format, Lang lang) {
        Path file = temp.resolve("out." + format);
        CommandRun run = CommandRun.of("convert", "data", "--format", format, "-o", file.toString());
        assertEquals(0, run.exitCode(), run.printed());
        return ConvertCommandTest.parse(file, lang);
    }

    private static Graph withoutRelease(Graph graph) {
        Graph data = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(triple -> triple.getSubject().isURI()
                && triple.getSubject().getURI().contains(RELEASE_IRIS)).forEach(data::add);
        return data;
    }
}
