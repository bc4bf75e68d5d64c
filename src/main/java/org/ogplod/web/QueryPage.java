package org.ogplod.web;

import io.javalin.http.Context;
import org.ogplod.store.Release;

/** {@code /query}: a plain form that sends a SPARQL query to the endpoint; works without JavaScript. */
final class QueryPage {
    private static final String EXAMPLE = """
            PREFIX ogp: <%sdef/ogp#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?commitment ?title WHERE {
              ?commitment a ogp:Commitment ; dct:title ?title .
            } ORDER BY ?commitment LIMIT 20""";

    private final Release release;
    private final String example;

    QueryPage(Settings settings, Release release) {
        this.release = release;
        this.example = EXAMPLE.formatted(settings.baseUri());
    }

    void page(Context ctx) {
        String body = "<h1>SPARQL query</h1>\n<p>The endpoint is <code>/sparql</code> (SPARQL 1.1 Query protocol, "
                + "read-only). Results come back in the format you choose.</p>\n"
                + "<form action=\"/sparql\" method=\"get\"><p><textarea name=\"query\" rows=\"12\" cols=\"90\" "
                + "aria-label=\"SPARQL query\">" + Html.escape(example) + "</textarea></p>\n"
                + "<p><label>Results as <select name=\"format\"><option value=\"json\">JSON</option>"
                + "<option value=\"xml\">XML</option><option value=\"csv\">CSV</option><option value=\"tsv\">TSV"
                + "</option></select></label> <button>Run query</button></p></form>\n";
        ctx.html(Html.page("SPARQL query", "en", release.id(), body));
    }
}
