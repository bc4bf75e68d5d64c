package org.ogplod.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.web.QueryEditorWebDriverTest;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;
import org.ogplod.web.common.Settings;

/**
 * The query editor in a real browser: headless Chromium driven through chromedriver's W3C WebDriver protocol
 * ({@link QueryEditorWebDriverTest.Browser}). CI installs chromium and chromium-driver; when they are missing these
 * tests fail with the command that installs them. Screenshots go to {@code <build dir>/screenshots/}.
 */
@ExtendWith(SharedServer.class)
class QueryEditorBrowserTest {
    private static final String VALUE = "return OgpEditor.editor.value();";

    private static TestServer server;
    private static QueryEditorWebDriverTest.Browser browser;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        browser = QueryEditorWebDriverTest.Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        List<String> violations = browser.consoleMessages().stream()
                .filter(message -> message.contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations, "the page broke its Content-Security-Policy");
    }

    @Test
    void aPickedExampleRunsAndShowsAsManyRowsAsTheReleaseAnswers() {
        ExampleQueries.Example example = firstSelectExampleWithRows();
        openEditor("/query");
        browser.click(browser.find("#example option[value='" + example.name() + "']"));
        assertEquals(example.text(), browser.script(VALUE));
        assertEquals(example.question(), browser.script("return document.getElementById('example-question')"
                + ".textContent;"));
        browser.click(browser.find("#run"));
        browser.waitUntil("return document.getElementById('results').getAttribute('data-labels') === 'done';");
        int expected = rows(example.text());
        assertEquals(String.valueOf(expected), browser.script("return document.getElementById('results')"
                + ".getAttribute('data-rows');"));
        assertEquals(Math.min(expected, 1000), ((Number) browser.script("return document.querySelectorAll("
                + "'table.results tbody tr').length;")).intValue());
        assertEquals(Boolean.TRUE, browser.script("return [...document.querySelectorAll('table.results a')]"
                + ".every(a => !a.getAttribute('href').startsWith('http://localhost:8080/'));"));
        browser.screenshot(QueryEditorWebDriverTest.screenshots().resolve("query-editor.png"));
    }

    @Test
    void aPermalinkOpensTheSameQueryInTheEditor() {
        ExampleQueries.Example example = ExampleQueries.load().examples().get(0);
        openEditor("/query");
        browser.click(browser.find("#example option[value='" + example.name() + "']"));
        browser.script("OgpEditor.editor.setValue(OgpEditor.editor.value() + '# edited\\n');");
        browser.waitUntil("return decodeURIComponent(document.getElementById('permalink').getAttribute('href'))"
                + ".includes('edited');");
        String permalink = (String) browser.script("return document.getElementById('permalink')"
                + ".getAttribute('href');");
        openEditor(permalink);
        assertEquals(example.text() + "# edited\n", browser.script(VALUE));
    }

    @Test
    void ctrlEnterRunsTheQueryAndASyntaxErrorIsExplainedAtItsLine() {
        openEditor("/query");
        browser.script("OgpEditor.editor.setValue('SELECT * WHERE {\\n  ?s ?p\\n}');");
        browser.keys("\uE009", "\uE007");
        browser.waitUntil("return document.getElementById('results').getAttribute('data-state') === 'error';");
        String error = (String) browser.script("return document.querySelector('#results .error').textContent;");
        assertTrue(error.contains("The query has a syntax error at line 3, column 1."), error);
        assertEquals(1L, ((Number) browser.script("return document.querySelectorAll('.CodeMirror .error-line')"
                + ".length;")).longValue());
    }

    @Test
    void aResultWithALabelAndANumberCanBeShownAsABarChart() {
        String query = "PREFIX ogp: <http://localhost:8080/def/ogp#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?member ?memberLabel (COUNT(?commitment) AS ?commitments) WHERE {\n"
                + "  ?commitment a ogp:Commitment ; ogp:member ?member .\n  ?member rdfs:label ?memberLabel .\n"
                + "} GROUP BY ?member ?memberLabel ORDER BY DESC(?commitments) ?memberLabel LIMIT 12\n";
        openEditor("/query");
        browser.script("OgpEditor.editor.setValue(arguments[0]); OgpEditor.editor.run();", query);
        browser.waitUntil("return document.getElementById('results').getAttribute('data-labels') === 'done';");
        int expected = rows(query);
        assertTrue(expected > 1, "the data should have commitments of several members");
        assertEquals(Boolean.TRUE, browser.script("return [...document.querySelectorAll('table.results tbody "
                + "td:first-child')].every(td => td.querySelector('.label'));"), "labels beside the member IRIs");
        browser.click(browser.find("button[data-view='chart']"));
        assertEquals(expected, ((Number) browser.script("return document.querySelectorAll('.chart-view svg "
                + "rect.bar').length;")).intValue());
        browser.screenshot(QueryEditorWebDriverTest.screenshots().resolve("query-editor-chart.png"));
        String csv = download("CSV");
        assertEquals("query-results.csv", browser.script("return window.downloadedName;"));
        assertTrue(csv.startsWith("member,memberLabel,commitments\r\n"), csv);
        assertEquals(expected + 1, csv.split("\r\n").length, csv);
        String json = download("JSON");
        assertEquals(expected, JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray().size());
    }

    /** Clicks a download button and returns the text of the file it would save. */
    private static String download(String button) {
        browser.script("window.downloaded = null; URL.createObjectURL = blob => { window.downloaded = blob; "
                + "return 'blob:test'; }; URL.revokeObjectURL = () => {}; HTMLAnchorElement.prototype.click = "
                + "function () { window.downloadedName = this.download; };");
        browser.script("[...document.querySelectorAll('.downloads button')].find(b => b.textContent === "
                + "arguments[0]).click();", button);
        browser.waitUntil("return window.downloaded !== null;");
        return (String) browser.asyncScript("window.downloaded.text().then(arguments[arguments.length - 1]);");
    }

    @Test
    void completionOffersOntologyTermsAndDeclaresTheirPrefix() {
        openEditor("/query");
        browser.script("OgpEditor.editor.setValue('SELECT * WHERE {\\n  ?c a ');");
        browser.script("document.querySelector('.CodeMirror').CodeMirror.setCursor({line: 1, ch: 7});");
        // Typed as key presses into the focused editor: Chromium 150 refuses to send text to CodeMirror's hidden
        // textarea as an element ("element not interactable").
        browser.script("document.querySelector('.CodeMirror').CodeMirror.focus();");
        "ogp:Comm".chars().forEach(key -> browser.keys(Character.toString(key)));
        browser.waitUntil("return document.querySelector('.CodeMirror-hints') !== null;");
        String hints = (String) browser.script("return document.querySelector('.CodeMirror-hints').textContent;");
        assertTrue(hints.contains("ogp:Commitment"), hints);
        browser.screenshot(QueryEditorWebDriverTest.screenshots().resolve("query-editor-completion.png"));
        browser.keys("\uE007");
        String value = (String) browser.script(VALUE);
        assertTrue(value.startsWith("PREFIX ogp: <http://localhost:8080/def/ogp#>\n"), value);
        assertTrue(value.contains("?c a ogp:Commitment"), value);
    }

    @Test
    void theScriptWritesTheSameSnippetsAndCitationAsTheServer() {
        String query = "PREFIX dct: <http://purl.org/dc/terms/>\n# a 'quoted' \"\"\"comment\"\"\" \\ {braces} 50% "
                + "_~^&$ é\nSELECT ?s WHERE { ?s dct:title \"It's \\\"x\\\"\" }\n\n";
        String path = "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        String html = server.get(path).body();
        openEditor(path);
        for (String id : List.of("snippet-curl", "snippet-python", "snippet-java", "citation-text",
                "citation-bibtex")) {
            assertEquals(QueryEditorPageTest.text(html, id), browser.script("return document.getElementById("
                    + "arguments[0]).textContent;", id), id);
        }
        assertEquals(path, browser.script("return document.getElementById('permalink').getAttribute('href');"));
    }

    @Test
    void timeoutsAndRateLimitsAreExplainedInWords() {
        String endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        try (TestServer strict = TestServer.start(Settings.defaults().withPort(0).withRateLimits(2, 0)
                .withQueryTimeout(Duration.ofMillis(100)))) {
            browser.open(strict.uri("/query?query=" + URLEncoder.encode(endless, StandardCharsets.UTF_8)).toString());
            browser.waitUntil("return document.body.getAttribute('data-editor') === 'ready';");
            assertEquals("The query took too long and was stopped.", runAndReadError("503"));
            runAndReadError("503");
            assertEquals("Too many queries from your address.", runAndReadError("429"));
            String advice = (String) browser.script("return document.querySelector('#results .advice').textContent;");
            assertTrue(advice.matches(".*Try again in [0-9]+ s\\."), advice);
        }
    }

    @Test
    void withoutJavaScriptThePageIsAFormThatSendsTheQueryToTheEndpoint() {
        try (QueryEditorWebDriverTest.Browser plain = QueryEditorWebDriverTest.Browser.open(
                List.of("--blink-settings=scriptEnabled=false"))) {
            plain.open(server.uri("/query?query=ASK%20%7B%7D").toString());
            assertEquals(null, plain.script("return document.body.getAttribute('data-editor');"));
            assertEquals("ASK {}", plain.script("return document.getElementById('query').value;"));
            plain.screenshot(QueryEditorWebDriverTest.screenshots().resolve("query-editor-no-script.png"));
            plain.click(plain.find("#run"));
            plain.waitUntil("return location.pathname === '/sparql';");
            assertEquals("?query=ASK+%7B%7D&format=json", plain.script("return location.search;"));
            assertTrue(((String) plain.script("return document.body.textContent;")).contains("\"boolean\" : true"));
        }
    }

    private static String runAndReadError(String status) {
        browser.script("document.getElementById('results').removeAttribute('data-status');");
        browser.click(browser.find("#run"));
        browser.waitUntil("return document.getElementById('results').getAttribute('data-status') === '" + status
                + "';");
        return (String) browser.script("return document.querySelector('#results .headline').textContent;");
    }

    private static void openEditor(String path) {
        browser.open(server.uri(path).toString());
        browser.waitUntil("return document.body.getAttribute('data-editor') === 'ready';");
    }

    /** The first SELECT example that has rows on the bundled data (so the table has something to show). */
    private static ExampleQueries.Example firstSelectExampleWithRows() {
        List<String> tried = new ArrayList<>();
        for (ExampleQueries.Example example : ExampleQueries.load().examples()) {
            if (EditorSnippets.form(example.text()).equals("SELECT") && rows(example.text()) > 0) {
                return example;
            }
            tried.add(example.name());
        }
        throw new AssertionError("no example SELECT query has rows on the bundled data: " + tried);
    }

    /** The number of rows the query gives on the served release, run in this JVM. */
    private static int rows(String query) {
        return Txn.calculateRead(server.release().dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(server.release().dataset()).query(QueryFactory.create(query))
                    .build()) {
                RowSet rows = exec.select();
                AtomicInteger count = new AtomicInteger();
                rows.forEachRemaining(row -> count.incrementAndGet());
                return count.get();
            }
        });
    }
}
