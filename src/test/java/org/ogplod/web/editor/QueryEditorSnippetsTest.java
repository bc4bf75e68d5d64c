package org.ogplod.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;

/**
 * The code the query page offers really runs: the Python snippet with SPARQLWrapper (CI installs
 * python3-sparqlwrapper), the Java snippet compiled and run against Jena, and the curl line quoted as a shell reads
 * it. Each query carries quotes, a backslash and triple quotes, which the snippets must escape.
 */
@ExtendWith(SharedServer.class)
class QueryEditorSnippetsTest {
    private static final String TRICKY = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "# \"\"\"comment\"\"\" 'quoted'\nSELECT ?x WHERE { VALUES ?x { \"It's \\\"quoted\\\" \\\\ here\" } }\n";
    private static final String GRAPH = "CONSTRUCT { ?member a <http://example.org/Member> } WHERE {\n"
            + "  ?member a <http://localhost:8080/def/ogp#NationalMember> } LIMIT 2\n";

    private static TestServer server;
    private static String endpoint;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        endpoint = server.uri("/sparql").toString();
    }

    @Test
    void theQueryFormIsTheFirstKeywordOutsideIrisStringsAndComments() {
        assertEquals("SELECT", EditorSnippets.form(TRICKY));
        assertEquals("CONSTRUCT", EditorSnippets.form(GRAPH));
        assertEquals("ASK", EditorSnippets.form("PREFIX select: <http://x/#select>\n# DESCRIBE\nask { ?select "
                + "select:construct ex:describe \"SELECT\" }"));
    }

    @Test
    void thePythonSnippetRunsWithSparqlWrapper() throws IOException {
        Path script = Files.createTempFile("ogp-lod-snippet-", ".py");
        try {
            Files.writeString(script, EditorSnippets.python(endpoint, TRICKY));
            String output = run(List.of("/usr/bin/python3", script.toString()));
            assertTrue(output.contains("'x': 'It\\'s \"quoted\" \\\\ here'"), output);
            Files.writeString(script, EditorSnippets.python(endpoint, GRAPH));
            assertTrue(run(List.of("/usr/bin/python3", script.toString())).contains("<http://example.org/Member>"));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    @Test
    void theJavaSnippetCompilesAndRunsWithJena() throws Exception {
        assertTrue(runJava(EditorSnippets.java(endpoint, TRICKY)).contains("\"It's \\\"quoted\\\" \\\\ here\""));
        assertTrue(runJava(EditorSnippets.java(endpoint, GRAPH)).contains("<http://example.org/Member>"));
    }

    @Test
    void theCurlLineHandsTheQueryToCurlUnchanged() {
        String output = run(List.of("/bin/bash", "-c", "curl() { printf '[%s]\\n' \"$@\"; }\n"
                + EditorSnippets.curl(endpoint, TRICKY)));
        assertEquals("[-s]\n[" + endpoint + "]\n[-H]\n[Accept: application/sparql-results+json]\n"
                + "[--data-urlencode]\n[query=" + TRICKY + "]\n", output);
    }

    private static String runJava(String source) throws Exception {
        Path folder = Files.createTempDirectory("ogp-lod-snippet-");
        try {
            return compileAndRun(folder, source);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String compileAndRun(Path folder, String source) throws Exception {
        Path file = folder.resolve("RunQuery.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int compiled = javac.run(null, messages, messages, "-classpath", System.getProperty("java.class.path"),
                "-d", folder.toString(), file.toString());
        assertEquals(0, compiled, source + "\n" + messages);
        PrintStream original = System.out;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()},
                QueryEditorSnippetsTest.class.getClassLoader())) {
            Method main = loader.loadClass("RunQuery").getMethod("main", String[].class);
            System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    private static String run(List<String> command) {
        try {
            Path log = Files.createTempFile("ogp-lod-snippet-", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                        .start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(command + " did not finish in 60 s");
                }
                String output = Files.readString(log, StandardCharsets.UTF_8);
                assertEquals(0, process.exitValue(), command + " failed (CI installs python3-sparqlwrapper):\n"
                        + output);
                return output;
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
