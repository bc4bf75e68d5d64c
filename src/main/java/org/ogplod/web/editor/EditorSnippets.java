package org.ogplod.web.editor;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code that runs a query against our endpoint: curl, Python with SPARQLWrapper and Java with Jena's
 * {@code QueryExecutionHTTP}. The page shows these for the query it was opened with; its script
 * ({@code web/editor/snippets.js}) writes the same text as the query is edited, and the browser test holds the two
 * to each other.
 */
final class EditorSnippets {
    /** IRIs, strings and comments are skipped; the first keyword left (not a variable or a name) is the form. */
    private static final Pattern FORM = Pattern.compile("<[^<>\"{}|^`\\\\\\s]*>|\"(?:[^\"\\\\\\n]|\\\\.)*\""
            + "|'(?:[^'\\\\\\n]|\\\\.)*'|#[^\\n]*|(^|[^?$:.\\-\\w])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![:\\-\\w])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BLANK = Pattern.compile("[ \\t\\r]*");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\r\\n]+$");

    private EditorSnippets() {
    }

    /** SELECT, ASK, CONSTRUCT or DESCRIBE; SELECT when the text names none. */
    static String form(String query) {
        Matcher matcher = FORM.matcher(query);
        while (matcher.find()) {
            if (matcher.group(2) != null) {
                return matcher.group(2).toUpperCase(Locale.ROOT);
            }
        }
        return "SELECT";
    }

    private static boolean graph(String query) {
        String form = form(query);
        return form.equals("CONSTRUCT") || form.equals("DESCRIBE");
    }

    static String curl(String endpoint, String query) {
        String accept = graph(query) ? "text/turtle" : "application/sparql-results+json";
        return "curl -s " + shellQuoted(endpoint) + " \\\n  -H " + shellQuoted("Accept: " + accept)
                + " \\\n  --data-urlencode " + shellQuoted("query=" + query) + "\n";
    }

    static String python(String endpoint, String query) {
        String form = form(query);
        String format = graph(query) ? "TURTLE" : "JSON";
        String use = switch (form) {
            case "ASK" -> "print(sparql.queryAndConvert()[\"boolean\"])\n";
            case "CONSTRUCT", "DESCRIBE" -> "print(sparql.queryAndConvert().decode(\"utf-8\"))\n";
            default -> "results = sparql.queryAndConvert()\nfor row in results[\"results\"][\"bindings\"]:\n"
                    + "    print({name: value[\"value\"] for name, value in row.items()})\n";
        };
        return "from SPARQLWrapper import SPARQLWrapper, " + format + "\n\nsparql = SPARQLWrapper(\""
                + endpoint + "\")\nsparql.setQuery(\"\"\"\n"
                + trimmed(query).replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"") + "\n\"\"\")\n"
                + "sparql.setReturnFormat(" + format + ")\n" + use;
    }

    static String java(String endpoint, String query) {
        String form = form(query);
        String imports = graph(query)
                ? "import org.apache.jena.riot.Lang;\nimport org.apache.jena.riot.RDFDataMgr;\n"
                : form.equals("ASK") ? "" : "import org.apache.jena.query.ResultSetFormatter;\n";
        String use = switch (form) {
            case "ASK" -> "System.out.println(execution.execAsk());";
            case "CONSTRUCT" -> "RDFDataMgr.write(System.out, execution.execConstruct(), Lang.TURTLE);";
            case "DESCRIBE" -> "RDFDataMgr.write(System.out, execution.execDescribe(), Lang.TURTLE);";
            default -> "ResultSetFormatter.out(System.out, execution.execSelect());";
        };
        StringBuilder block = new StringBuilder();
        for (String line : trimmed(query).replace("\\", "\\\\").replace("\"\"\"", "\\\"\"\"").split("\n", -1)) {
            block.append(BLANK.matcher(line).matches() ? "" : "                " + line).append('\n');
        }
        return imports + "import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;\n\npublic class RunQuery {\n"
                + "    public static void main(String[] args) {\n        String query = \"\"\"\n" + block
                + "                \"\"\";\n        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(\""
                + endpoint + "\").query(query).build()) {\n            " + use + "\n        }\n    }\n}\n";
    }

    /** The query without the blank lines and spaces at its end, for the code that quotes it as a block. */
    static String trimmed(String query) {
        return TRAILING_SPACE.matcher(query).replaceFirst("");
    }

    private static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
