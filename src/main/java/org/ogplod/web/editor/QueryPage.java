package org.ogplod.web.editor;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.store.Release;
import org.ogplod.web.common.Citation;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.Settings;
import org.ogplod.web.common.SitePaths;

/**
 * {@code /query}: the SPARQL query editor. Without JavaScript it is a form that sends the query to the endpoint, with
 * the examples, the code to run the query and its citation rendered here; with JavaScript ({@code web/editor/})
 * it adds highlighting, completion, results in the page as a table or a chart, downloads and a live permalink.
 * {@code ?query=} opens a query, {@code ?example=} one of the examples.
 */
public final class QueryPage {
    private static final String DEFAULT_QUERY = """
            PREFIX ogp: <%sdef/ogp#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?commitment ?title WHERE {
              ?commitment a ogp:Commitment ; dct:title ?title .
            } ORDER BY ?commitment LIMIT 20
            """;
    private static final String INTRODUCTION = """
            <h1>SPARQL query</h1>
            <p class="lead">Ask the data a question in SPARQL 1.1. Start from an example or write your own; the \
            endpoint is <code>/sparql</code> (read-only), so programs can ask it too.\
            <span class="script-only" hidden> Press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to run the query and \
            <kbd>Ctrl</kbd>+<kbd>Space</kbd> to complete a prefix or a term.</span></p>
            """;
    private static final List<String> SCRIPTS = List.of("codemirror.js", "sparql.js", "matchbrackets.js",
            "show-hint.js", "snippets.js", "results.js", "editor.js");
    private static final List<String> STYLES = List.of("codemirror.css", "show-hint.css", "editor.css");

    private final Release release;
    private final String base;
    private final String defaultQuery;
    private final List<ExampleQueries.Example> examples;
    private final Citation citation;
    private final String data;

    public QueryPage(Settings settings, Release release) {
        this.release = release;
        this.base = settings.baseUri();
        this.defaultQuery = DEFAULT_QUERY.formatted(base);
        this.examples = ExampleQueries.load().rebased(base).examples();
        this.citation = Citation.of(release);
        this.data = new EditorData(base, EditorVocabulary.read(base, release.dataset()), examples, citation)
                .scriptElement();
    }

    public void page(Context ctx) {
        String asked = ctx.queryParam("query");
        String exampleName = ctx.queryParam("example");
        ExampleQueries.Example example = null;
        String query;
        if (asked != null && !asked.isBlank()) {
            query = asked.replace("\r\n", "\n");
            example = examples.stream().filter(candidate -> candidate.text().equals(query)).findFirst().orElse(null);
        } else if (exampleName != null && !exampleName.isEmpty()) {
            example = examples.stream().filter(candidate -> candidate.name().equals(exampleName)).findFirst()
                    .orElseThrow(() -> new NotFoundResponse("There is no example query called " + exampleName
                            + "; /query lists them."));
            query = example.text();
        } else {
            query = defaultQuery;
        }
        ctx.html(Html.page("SPARQL query", "en", release.id(), body(query, example)));
    }

    private String body(String query, ExampleQueries.Example example) {
        String permalink = "query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return styles() + INTRODUCTION + examplePicker(example) + form(query, permalink)
                + "<section id=\"results\" class=\"results\" aria-live=\"polite\" hidden></section>\n"
                + "<h2 id=\"code\">Run this query from a program</h2>\n" + snippets(query)
                + citation(base + permalink, EditorSnippets.trimmed(query)) + data + "\n" + scripts();
    }

    private String citation(String permalink, String query) {
        return "<h2 id=\"cite\">Cite this query</h2>\n<p>The release and the checksum of its dump pin the exact data "
                + "the query ran on.</p>\n<h3>Text</h3>\n<pre id=\"citation-text\" class=\"citation\">"
                + Html.escape(citation.text(permalink, query)) + "</pre>\n<h3>BibTeX</h3>\n"
                + "<pre id=\"citation-bibtex\" class=\"citation\">" + Html.escape(citation.bibtex(permalink, query))
                + "</pre>\n";
    }

    private String examplePicker(ExampleQueries.Example selected) {
        StringBuilder options = new StringBuilder("<option value=\"\">Choose an example query…</option>\n");
        for (ExampleQueries.Example example : examples) {
            options.append("<option value=\"").append(Html.escape(example.name())).append('"')
                    .append(example == selected ? " selected" : "").append(" title=\"")
                    .append(Html.escape(example.question())).append("\">").append(Html.escape(example.title()))
                    .append("</option>\n");
        }
        String question = selected == null ? "" : Html.escape(selected.question());
        return "<form id=\"examples\" class=\"examples\" action=\"/query\" method=\"get\">\n"
                + "<label for=\"example\">Examples</label>\n<select id=\"example\" name=\"example\">\n" + options
                + "</select>\n<button class=\"no-script\">Open</button>\n</form>\n"
                + "<p id=\"example-question\" class=\"question\">" + question + "</p>\n";
    }

    private static String form(String query, String permalink) {
        return "<form id=\"query-form\" action=\"/sparql\" method=\"get\">\n<div class=\"editor\">"
                + "<textarea id=\"query\" name=\"query\" rows=\"16\" cols=\"90\" spellcheck=\"false\" "
                + "aria-label=\"SPARQL query\">\n" + Html.escape(query) + "</textarea></div>\n"
                + "<p class=\"controls\"><button id=\"run\" class=\"run\">Run query</button>\n"
                + "<label class=\"no-script\">Results as <select name=\"format\"><option value=\"json\">JSON"
                + "</option><option value=\"xml\">XML</option><option value=\"csv\">CSV</option>"
                + "<option value=\"tsv\">TSV</option></select></label>\n"
                + "<a id=\"permalink\" class=\"permalink\" href=\"/" + Html.escape(permalink) + "\">Permalink to "
                + "this query</a>\n<button id=\"copy-permalink\" type=\"button\" class=\"script-only\" hidden>"
                + "Copy link</button></p>\n</form>\n";
    }

    private String snippets(String query) {
        String endpoint = base + SitePaths.SPARQL.substring(1);
        return snippet("curl", "curl", EditorSnippets.curl(endpoint, query))
                + snippet("python", "Python with SPARQLWrapper", EditorSnippets.python(endpoint, query))
                + snippet("java", "Java with Apache Jena", EditorSnippets.java(endpoint, query));
    }

    private static String snippet(String id, String title, String code) {
        return "<details class=\"snippet\"><summary>" + Html.escape(title) + "</summary>\n<pre><code id=\"snippet-"
                + id + "\">" + Html.escape(code) + "</code></pre></details>\n";
    }

    private static String styles() {
        StringBuilder links = new StringBuilder();
        STYLES.forEach(name -> links.append("<link rel=\"stylesheet\" href=\"").append(EditorAssets.PATH)
                .append(name).append("\">\n"));
        return links.toString();
    }

    private static String scripts() {
        StringBuilder tags = new StringBuilder();
        SCRIPTS.forEach(name -> tags.append("<script src=\"").append(EditorAssets.PATH).append(name)
                .append("\"></script>\n"));
        return tags.toString();
    }
}
