/*
 * ogp-lod query editor: the permalink, the code that runs a query (curl, Python, Java) and the citation, written
 * letter for letter as the server writes them (web.EditorSnippets, web.EditorCitation, web.QueryPage), so that the
 * page reads the same before and after the query is edited.
 */
(function () {
  "use strict";

  var FORM = new RegExp([/<[^<>"{}|^`\\\s]*>/, /"(?:[^"\\\n]|\\.)*"/, /'(?:[^'\\\n]|\\.)*'/, /#[^\n]*/,
    /(^|[^?$:.\-\w])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![:\-\w])/].map(function (part) { return part.source; })
    .join("|"), "gi");

  /** SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword outside IRIs, strings and comments. */
  function form(query) {
    FORM.lastIndex = 0;
    var match;
    while ((match = FORM.exec(query)) !== null) {
      if (match[2]) {
        return match[2].toUpperCase();
      }
    }
    return "SELECT";
  }

  function isGraph(query) {
    var kind = form(query);
    return kind === "CONSTRUCT" || kind === "DESCRIBE";
  }

  function replaceAll(text, find, replacement) {
    return text.split(find).join(replacement);
  }

  function trimmed(query) {
    return query.replace(/[ \t\r\n]+$/, "");
  }

  function shellQuoted(text) {
    return "'" + replaceAll(text, "'", "'\\''") + "'";
  }

  function curl(endpoint, query) {
    var accept = isGraph(query) ? "text/turtle" : "application/sparql-results+json";
    return "curl -s " + shellQuoted(endpoint) + " \\\n  -H " + shellQuoted("Accept: " + accept)
      + " \\\n  --data-urlencode " + shellQuoted("query=" + query) + "\n";
  }

  function python(endpoint, query) {
    var kind = form(query);
    var format = isGraph(query) ? "TURTLE" : "JSON";
    var use;
    if (kind === "ASK") {
      use = "print(sparql.queryAndConvert()[\"boolean\"])\n";
    } else if (isGraph(query)) {
      use = "print(sparql.queryAndConvert().decode(\"utf-8\"))\n";
    } else {
      use = "results = sparql.queryAndConvert()\nfor row in results[\"results\"][\"bindings\"]:\n"
        + "    print({name: value[\"value\"] for name, value in row.items()})\n";
    }
    var text = replaceAll(replaceAll(trimmed(query), "\\", "\\\\"), "\"\"\"", "\\\"\\\"\\\"");
    return "from SPARQLWrapper import SPARQLWrapper, " + format + "\n\nsparql = SPARQLWrapper(\""
      + endpoint + "\")\nsparql.setQuery(\"\"\"\n" + text + "\n\"\"\")\n"
      + "sparql.setReturnFormat(" + format + ")\n" + use;
  }

  function java(endpoint, query) {
    var kind = form(query);
    var imports = isGraph(query)
      ? "import org.apache.jena.riot.Lang;\nimport org.apache.jena.riot.RDFDataMgr;\n"
      : kind === "ASK" ? "" : "import org.apache.jena.query.ResultSetFormatter;\n";
    var use = {
      ASK: "System.out.println(execution.execAsk());",
      CONSTRUCT: "RDFDataMgr.write(System.out, execution.execConstruct(), Lang.TURTLE);",
      DESCRIBE: "RDFDataMgr.write(System.out, execution.execDescribe(), Lang.TURTLE);",
      SELECT: "ResultSetFormatter.out(System.out, execution.execSelect());"
    }[kind];
    var lines = replaceAll(replaceAll(trimmed(query), "\\", "\\\\"), "\"\"\"", "\\\"\"\"").split("\n");
    var block = lines.map(function (line) {
      return (/^[ \t\r]*$/.test(line) ? "" : "                " + line) + "\n";
    }).join("");
    return imports + "import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;\n\npublic class RunQuery {\n"
      + "    public static void main(String[] args) {\n        String query = \"\"\"\n" + block
      + "                \"\"\";\n        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(\""
      + endpoint + "\").query(query).build()) {\n            " + use + "\n        }\n    }\n}\n";
  }

  /** "query?query=..." encoded as the server's URLEncoder does (application/x-www-form-urlencoded). */
  function permalinkPath(query) {
    return "query?" + new URLSearchParams({ query: query }).toString();
  }

  function latex(text) {
    return text.replace(/[\\~^{}#$%&_]/g, function (c) {
      return c === "\\" ? "\\textbackslash{}" : c === "~" ? "\\textasciitilde{}"
        : c === "^" ? "\\textasciicircum{}" : "\\" + c;
    });
  }

  function citationText(facts, permalink, query) {
    return facts.publisher + " (" + facts.released.slice(0, 4) + "). " + facts.title + ". Release " + facts.releaseId
      + ", " + facts.released + ". Publisher: " + facts.publisher + ". SHA-256 of the N-Triples dump: "
      + facts.sha256 + ".\nQuery: " + permalink + "\n\n" + query;
  }

  function bibtex(facts, permalink, query) {
    return "@misc{ogplod-" + facts.releaseId + ",\n"
      + "  title     = {" + facts.title + "},\n"
      + "  author    = {{" + facts.publisher + "}},\n"
      + "  publisher = {" + facts.publisher + "},\n"
      + "  year      = {" + facts.released.slice(0, 4) + "},\n"
      + "  date      = {" + facts.released + "},\n"
      + "  version   = {" + facts.releaseId + "},\n"
      + "  url       = {" + permalink + "},\n"
      + "  note      = {Release " + facts.releaseId + ", SHA-256 of the N-Triples dump " + facts.sha256
      + ". SPARQL query: " + latex(query) + "}\n}\n";
  }

  /** Writes the permalink, the three snippets and the citation of {@code query} into the page. */
  function update(data, query) {
    var path = permalinkPath(query);
    var absolute = data.base + path;
    document.getElementById("permalink").setAttribute("href", "/" + path);
    document.getElementById("snippet-curl").textContent = curl(data.publicEndpoint, query);
    document.getElementById("snippet-python").textContent = python(data.publicEndpoint, query);
    document.getElementById("snippet-java").textContent = java(data.publicEndpoint, query);
    document.getElementById("citation-text").textContent = citationText(data.citation, absolute, trimmed(query));
    document.getElementById("citation-bibtex").textContent = bibtex(data.citation, absolute, trimmed(query));
  }

  window.OgpEditor = window.OgpEditor || {};
  window.OgpEditor.snippets = { form: form, update: update, permalinkPath: permalinkPath };
}());
