package org.ogplod.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The example SPARQL queries shipped in {@code queries/}, each with the title, question and tags of its header,
 * published as SHACL executables at {@code /def/query/{name}} for the landing page and the query editor.
 * <pre>
 *   ExampleQueries examples = ExampleQueries.load();      // every file parses, or this throws
 *   examples.rebased(baseUri).send(sink);                  // next to ontology.send(sink)
 * </pre>
 */
public final class ExampleQueries {
    /** The class-path folder of the queries, and its list of file names (class-path folders cannot be listed). */
    public static final String FOLDER = "queries/";
    public static final String INDEX = FOLDER + "index.txt";

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node EXECUTABLE = NodeFactory.createURI(SH + "SPARQLExecutable");
    private static final Pattern FILE_NAME = Pattern.compile("(" + Iris.SLUG.pattern() + ")\\.rq");
    private static final List<String> HEADER = List.of("title", "question", "tags");
    private static final Pattern HEADER_LINE = Pattern.compile("#\\s*([a-z]+):\\s*(.*?)\\s*");

    /** One example: the file name without {@code .rq}, its header, and the query after the header. */
    public record Example(String name, String title, String question, List<String> tags, String text) {
        public Example {
            tags = List.copyOf(tags);
        }

        /** The same example with the IRIs of the text moved from the canonical base to {@code base}. */
        public Example rebased(String base) {
            return new Example(name, title, question, tags,
                    text.replace("<" + Iris.CANONICAL_BASE, "<" + base));
        }
    }

    /** The query forms SHACL has an executable for; the form decides the class and the property of the text. */
    private enum Form {
        SELECT("SPARQLSelectExecutable", "select"),
        CONSTRUCT("SPARQLConstructExecutable", "construct"),
        ASK("SPARQLAskExecutable", "ask");

        final Node type;
        final Node property;

        Form(String type, String property) {
            this.type = NodeFactory.createURI(SH + type);
            this.property = NodeFactory.createURI(SH + property);
        }
    }

    private record Entry(Example example, Form form) {
    }

    private final List<Entry> entries;

    private ExampleQueries(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Loads every query the index lists; a missing file, a bad header or a query that does not parse fails here. */
    public static ExampleQueries load() {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : read(INDEX).split("\\R")) {
            String file = line.strip();
            if (file.isEmpty()) {
                continue;
            }
            Matcher name = FILE_NAME.matcher(file);
            if (!name.matches() || !seen.add(file)) {
                throw new IllegalStateException(INDEX + " lists '" + file
                        + "', which is not a new kebab-case file name ending in .rq");
            }
            entries.add(entry(parse(name.group(1), read(FOLDER + file))));
        }
        return new ExampleQueries(entries);
    }

    /** Reads one query file: the lines {@code # title:}, {@code # question:} and {@code # tags:}, then the query. */
    public static Example parse(String name, String fileText) {
        String[] lines = fileText.split("\\R", -1);
        String[] values = new String[HEADER.size()];
        for (int i = 0; i < HEADER.size(); i++) {
            Matcher line = HEADER_LINE.matcher(i < lines.length ? lines[i] : "");
            if (!line.matches() || !line.group(1).equals(HEADER.get(i)) || line.group(2).isEmpty()) {
                throw new IllegalStateException("the query " + FOLDER + name + ".rq must start with the lines "
                        + "'# title: ...', '# question: ...' and '# tags: ...', in that order and not blank");
            }
            values[i] = line.group(2);
        }
        List<String> tags = List.of(values[2].split("\\s*,\\s*"));
        String text = String.join("\n", List.of(lines).subList(HEADER.size(), lines.length)).strip() + "\n";
        return new Example(name, values[0], values[1], tags, text);
    }

    /** Every example, in the order of the index. */
    public List<Example> examples() {
        return entries.stream().map(Entry::example).toList();
    }

    public Optional<Example> example(String name) {
        return examples().stream().filter(example -> example.name().equals(name)).findFirst();
    }

    /** The examples with their texts moved to {@code base}: a text is a literal, which {@link Rebase} leaves alone. */
    public ExampleQueries rebased(String base) {
        return new ExampleQueries(entries.stream()
                .map(entry -> new Entry(entry.example().rebased(base), entry.form())).toList());
    }

    /** The IRI of an example, {@code def/query/{name}} under the canonical base. */
    public static Node iri(String name) {
        return NodeFactory.createURI(Iris.CANONICAL_BASE + "def/query/" + name);
    }

    /** Sends every example to the sink as a SHACL executable; IRIs in the canonical base, as {@link Ontology#send}. */
    public void send(StreamRDF sink) {
        for (Entry entry : entries) {
            Example example = entry.example();
            Node query = iri(example.name());
            add(sink, query, RDF.type.asNode(), EXECUTABLE);
            add(sink, query, RDF.type.asNode(), entry.form().type);
            add(sink, query, entry.form().property, NodeFactory.createLiteralString(example.text()));
            add(sink, query, RDFS.label.asNode(), english(example.title()));
            add(sink, query, RDFS.comment.asNode(), english(example.question()));
            example.tags().forEach(tag -> add(sink, query, SchemaDO.keywords.asNode(), english(tag)));
            // The file inside this distribution, not a web page: the query is published here and nowhere else.
            add(sink, query, DCTerms.source.asNode(),
                    NodeFactory.createLiteralString(FOLDER + example.name() + ".rq"));
        }
    }

    private static Entry entry(Example example) {
        Query query;
        try {
            query = QueryFactory.create(example.text());
        } catch (QueryParseException e) {
            throw new IllegalStateException("the query " + FOLDER + example.name() + ".rq does not parse: "
                    + e.getMessage(), e);
        }
        Form form = query.isSelectType() ? Form.SELECT : query.isConstructType() ? Form.CONSTRUCT
                : query.isAskType() ? Form.ASK : null;
        if (form == null) {
            throw new IllegalStateException("the query " + FOLDER + example.name()
                    + ".rq is neither SELECT, CONSTRUCT nor ASK, the forms SHACL can publish");
        }
        return new Entry(example, form);
    }

    private static String read(String resource) {
        try (InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the example query file " + resource
                        + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static void add(StreamRDF sink, Node subject, Node predicate, Node object) {
        sink.triple(Triple.create(subject, predicate, object));
    }
}
