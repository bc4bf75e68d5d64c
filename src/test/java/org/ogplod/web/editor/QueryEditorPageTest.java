package org.ogplod.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.store.DumpFile;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;
import org.ogplod.web.common.Citation;
import org.ogplod.web.common.Html;

/** The query page over HTTP, as a reader without JavaScript and the editor's script receive it. */
@ExtendWith(SharedServer.class)
class QueryEditorPageTest {
    private static TestServer server;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
    }

    @Test
    void aPermalinkRendersItsQueryIntoTheFormEscaped() {
        String query = "SELECT ?x WHERE { ?x ?p \"</textarea><script>alert(1)</script>\" }";
        HttpResponse<String> page = server.get("/query?query=" + encode(query));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form id=\"query-form\" action=\"/sparql\" method=\"get\">"), page.body());
        assertTrue(page.body().contains(">\n" + Html.escape(query) + "</textarea>"), page.body());
        assertFalse(page.body().contains("<script>alert(1)"), page.body());
        assertTrue(page.body().contains("href=\"/query?query=" + Html.escape(encode(query)) + "\""), page.body());
    }

    @Test
    void anExampleParameterOpensThatExampleWithItsQuestion() {
        ExampleQueries.Example example = ExampleQueries.load().examples().get(0);
        String body = server.get("/query?example=" + example.name()).body();
        assertTrue(body.contains(Html.escape(example.text()) + "</textarea>"), body);
        assertTrue(body.contains("<option value=\"" + example.name() + "\" selected"), body);
        assertTrue(body.contains(Html.escape(example.question())), body);
    }

    @Test
    void anUnknownExampleIsNotFound() {
        HttpResponse<String> page = server.get("/query?example=no-such-example");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is no example query called no-such-example"), page.body());
    }

    @Test
    void theEditorDataListsPrefixesTermsAndExamples() {
        JsonObject data = editorData(server.get("/query").body());
        assertEquals("http://localhost:8080/def/ogp#", data.get("prefixes").getAsObject().getString("ogp"));
        assertTrue(data.get("terms").getAsArray().stream().map(JsonValue::getAsObject).anyMatch(term ->
                term.getString("name").equals("ogp:Commitment") && term.getString("kind").equals("class")
                        && term.getString("iri").equals("http://localhost:8080/def/ogp#Commitment")));
        assertTrue(data.get("terms").getAsArray().stream().map(JsonValue::getAsObject).anyMatch(term ->
                term.getString("name").equals("ogp:member") && term.getString("kind").equals("property")));
        assertEquals(ExampleQueries.load().examples().size(), data.get("examples").getAsArray().size());
    }

    @Test
    void theCitationNamesTheReleaseTheDumpChecksumAndThePermalink() throws Exception {
        String sha256 = Files.readString(server.release().checksum(DumpFile.NTRIPLES)).split("\\s+")[0];
        String body = server.get("/query?query=" + encode("ASK {}")).body();
        String citation = text(body, "citation-text");
        assertTrue(citation.startsWith("ogp-lod ("), citation);
        assertTrue(citation.contains(Citation.TITLE + ". Release " + server.release().id()), citation);
        assertTrue(citation.contains(sha256), citation);
        assertTrue(citation.contains("Query: http://localhost:8080/query?query=ASK+%7B%7D\n\nASK {}"), citation);
        String bibtex = text(body, "citation-bibtex");
        assertTrue(bibtex.startsWith("@misc{ogplod-" + server.release().id() + ","), bibtex);
        assertTrue(bibtex.contains("SPARQL query: ASK \\{\\}}"), bibtex);
        assertEquals(sha256, editorData(body).get("citation").getAsObject().getString("sha256"));
    }

    @Test
    void editorAssetsComeFromTheFixedListWithTheirTypes() {
        HttpResponse<String> script = server.get("/static/editor/codemirror.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript;charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("CodeMirror"));
        assertEquals("text/css;charset=utf-8",
                server.get("/static/editor/editor.css").headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, server.get("/static/editor/nothing.js").statusCode());
        for (String outside : new String[] {"..%2Fsite.css", "%2E%2E%2F%2E%2E%2Fpom.xml", "..%5Ceditor.js"}) {
            int status = server.get("/static/editor/" + outside).statusCode();
            assertTrue(status == 404 || status == 400, outside + " answered " + status);
        }
    }

    @Test
    void anEditorAssetAnswers304ToItsETag() {
        String etag = server.get("/static/editor/editor.js").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/static/editor/editor.js", "If-None-Match", etag).statusCode());
    }

    @Test
    void thePageLinksOnlyItsOwnScriptsAndNoInlineCode() {
        String body = server.get("/query").body();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(body);
        while (scripts.find()) {
            String attributes = scripts.group(1);
            assertTrue(attributes.matches(" src=\"/static/editor/[a-z-]+\\.js\"")
                    || attributes.equals(" type=\"application/json\" id=\"editor-data\""), attributes);
        }
        assertFalse(body.contains(" style="), "inline style attributes break the Content-Security-Policy");
        assertFalse(body.contains(" onclick="), "inline handlers break the Content-Security-Policy");
    }

    private static JsonObject editorData(String body) {
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"editor-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(body);
        assertTrue(data.find(), body);
        return JSON.parse(data.group(1));
    }

    /** The text of the element with this id, its HTML escapes undone. */
    static String text(String body, String id) {
        Matcher element = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(body);
        assertTrue(element.find(), id + " is missing");
        return element.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
