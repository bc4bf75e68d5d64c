/*
 * ogp-lod query editor: turns the plain form of /query into an editor (CodeMirror 5 with SPARQL highlighting and
 * completion of our prefixes and ontology terms), loads examples, runs the query with Ctrl+Enter or the Run button
 * and keeps the permalink, the code snippets and the citation in step with the query.
 * Without this script the page still works: the form sends the query to the endpoint.
 */
(function () {
  "use strict";

  var KEYWORDS = ["SELECT", "DISTINCT", "REDUCED", "WHERE", "FILTER", "OPTIONAL", "UNION", "MINUS", "GRAPH", "BIND",
    "VALUES", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "ASC", "DESC", "PREFIX", "BASE", "ASK",
    "CONSTRUCT", "DESCRIBE", "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "NOT EXISTS", "EXISTS",
    "IN", "STR", "LANG", "LANGMATCHES", "REGEX", "CONTAINS", "STRSTARTS", "LCASE", "UCASE", "YEAR", "IF",
    "COALESCE", "BOUND", "isIRI", "isLiteral", "SERVICE"];
  var NAME_CHAR = /[\w\-.:]/;

  var dataElement = document.getElementById("editor-data");
  var textarea = document.getElementById("query");
  if (!dataElement || !textarea || !window.OgpEditor || !window.OgpEditor.results) {
    return;
  }
  var data = JSON.parse(dataElement.textContent);
  var snippets = window.OgpEditor.snippets;
  var results = window.OgpEditor.results;
  var resultsElement = document.getElementById("results");
  var examplePicker = document.getElementById("example");
  var question = document.getElementById("example-question");

  document.querySelectorAll(".no-script").forEach(function (element) { element.hidden = true; });
  document.querySelectorAll(".script-only").forEach(function (element) { element.hidden = false; });

  /** The prefixes the query declares, which win over ours. */
  var declared = results.declaredPrefixes;

  /** Adds "PREFIX p: <ns>" after the query's last PREFIX or BASE line when the query does not declare p yet. */
  function ensurePrefix(cm, prefix) {
    if (declared(cm.getValue())[prefix] !== undefined || !data.prefixes[prefix]) {
      return;
    }
    var line = 0;
    for (var i = 0; i < cm.lineCount(); i++) {
      if (/^\s*(PREFIX|BASE)\b/i.test(cm.getLine(i))) {
        line = i + 1;
      }
    }
    cm.replaceRange("PREFIX " + prefix + ": <" + data.prefixes[prefix] + ">\n", CodeMirror.Pos(line, 0));
  }

  function renderTerm(element, self, completion) {
    element.appendChild(document.createTextNode(completion.text));
    if (completion.detail) {
      var detail = document.createElement("span");
      detail.className = "hint-detail";
      detail.textContent = completion.detail;
      element.appendChild(detail);
    }
  }

  function nameCompletion(text, detail, prefix) {
    return { text: text, detail: detail, render: renderTerm, hint: function (cm, self, completion) {
      cm.replaceRange(completion.text, self.from, self.to, "complete");
      ensurePrefix(cm, prefix);
    } };
  }

  function termCompletions(prefix, local) {
    var wanted = local.toLowerCase();
    var starts = [];
    var contains = [];
    data.terms.forEach(function (term) {
      var name = term.name.slice(term.name.indexOf(":") + 1);
      var position = name.toLowerCase().indexOf(wanted);
      var completion = nameCompletion(prefix + ":" + name, term.kind + (term.label ? " · " + term.label : ""),
        prefix);
      if (position === 0) {
        starts.push(completion);
      } else if (position > 0) {
        contains.push(completion);
      }
    });
    return starts.concat(contains);
  }

  /** Completions for the word before the cursor: prefix declarations, ogp: terms, prefixes and keywords. */
  function hints(cm) {
    var cursor = cm.getCursor();
    var line = cm.getLine(cursor.line);
    var start = cursor.ch;
    while (start > 0 && NAME_CHAR.test(line.charAt(start - 1))) {
      start--;
    }
    var word = line.slice(start, cursor.ch);
    var list = [];
    if (/\bPREFIX\s+$/i.test(line.slice(0, start))) {
      Object.keys(data.prefixes).forEach(function (prefix) {
        if ((prefix + ":").indexOf(word) === 0) {
          list.push({ text: prefix + ": <" + data.prefixes[prefix] + ">" });
        }
      });
    } else if (word.indexOf(":") >= 0) {
      var prefix = word.slice(0, word.indexOf(":"));
      var namespace = declared(cm.getValue())[prefix] || data.prefixes[prefix];
      if (namespace && namespace === data.prefixes.ogp) {
        list = termCompletions(prefix, word.slice(word.indexOf(":") + 1));
      }
    } else {
      Object.keys(data.prefixes).forEach(function (prefix) {
        if (prefix.indexOf(word.toLowerCase()) === 0) {
          list.push(nameCompletion(prefix + ":", data.prefixes[prefix], prefix));
        }
      });
      KEYWORDS.forEach(function (keyword) {
        if (word && keyword.toUpperCase().indexOf(word.toUpperCase()) === 0) {
          list.push({ text: keyword, detail: "keyword", render: renderTerm });
        }
      });
    }
    return { list: list, from: CodeMirror.Pos(cursor.line, start), to: CodeMirror.Pos(cursor.line, cursor.ch) };
  }

  function complete(cm) {
    cm.showHint({ hint: hints, completeSingle: false });
  }

  var editor = null;
  if (window.CodeMirror) {
    editor = CodeMirror.fromTextArea(textarea, {
      mode: "application/sparql-query",
      lineNumbers: true,
      matchBrackets: true,
      indentUnit: 2,
      viewportMargin: Infinity,
      extraKeys: {
        "Ctrl-Enter": function () { run(); },
        "Cmd-Enter": function () { run(); },
        "Ctrl-Space": complete
      }
    });
    editor.on("inputRead", function (cm, change) {
      var typed = change.text[change.text.length - 1];
      if (cm.state.completionActive || !/[\w:]$/.test(typed)) {
        return;
      }
      var cursor = cm.getCursor();
      var before = cm.getLine(cursor.line).slice(0, cursor.ch);
      var word = /[A-Za-z][\w\-]*:[\w\-]*$/.exec(before);
      if (word && !/<[^>]*$/.test(before)) {
        complete(cm);
      }
    });
    editor.getWrapperElement().setAttribute("aria-label", "SPARQL query editor");
  }

  function value() {
    return editor ? editor.getValue() : textarea.value;
  }

  function setValue(text) {
    if (editor) {
      editor.setValue(text);
      editor.focus();
    } else {
      textarea.value = text;
    }
  }

  var marked = null;
  function clearMark() {
    if (marked !== null && editor) {
      editor.removeLineClass(marked, "background", "error-line");
    }
    marked = null;
  }

  function showSyntaxError(line, column) {
    if (!editor || line < 1 || line > editor.lineCount()) {
      return;
    }
    clearMark();
    marked = editor.getLineHandle(line - 1);
    editor.addLineClass(marked, "background", "error-line");
    editor.setCursor(CodeMirror.Pos(line - 1, Math.max(0, column - 1)));
  }

  function run() {
    clearMark();
    results.run(data, value(), resultsElement, showSyntaxError);
  }

  var pending = null;
  function changed() {
    clearTimeout(pending);
    pending = setTimeout(function () { snippets.update(data, value()); }, 250);
  }

  document.getElementById("query-form").addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  textarea.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  if (editor) {
    editor.on("change", changed);
  } else {
    textarea.addEventListener("input", changed);
  }

  function exampleNamed(name) {
    return data.examples.filter(function (example) { return example.name === name; })[0];
  }

  document.getElementById("examples").addEventListener("submit", function (event) {
    event.preventDefault();
  });
  examplePicker.addEventListener("change", function () {
    var example = exampleNamed(examplePicker.value);
    question.textContent = example ? example.question : "";
    if (example) {
      setValue(example.text);
      snippets.update(data, value());
    }
  });

  var copy = document.getElementById("copy-permalink");
  if (navigator.clipboard && window.isSecureContext) {
    copy.addEventListener("click", function () {
      var link = new URL(document.getElementById("permalink").getAttribute("href"), window.location.href);
      navigator.clipboard.writeText(link.toString()).then(function () {
        copy.textContent = "Copied";
        setTimeout(function () { copy.textContent = "Copy link"; }, 2000);
      });
    });
  } else {
    copy.hidden = true;
  }

  snippets.update(data, value());
  document.body.setAttribute("data-editor", "ready");
  window.OgpEditor.editor = { value: value, setValue: setValue, run: run, complete: function () {
    if (editor) {
      complete(editor);
    }
  } };
}());
