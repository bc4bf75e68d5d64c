/*
 * ogp-lod query editor: runs a query on the endpoint and shows the answer: a table whose IRIs link to our pages
 * (with labels beside them), a bar chart when the result has a label column and a numeric column, downloads, and
 * readable errors. Builds every element with the DOM (no HTML strings, no style attributes: the page's
 * Content-Security-Policy allows neither).
 */
(function () {
  "use strict";

  var MAX_ROWS = 1000;
  var MAX_BARS = 60;
  var MAX_LABELLED = 300;
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var NUMERIC = ["integer", "decimal", "float", "double", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte"].map(function (name) { return XSD + name; });
  var SAFE_IRI = /^[^<>"{}|^`\\\s]*$/;
  var SVG = "http://www.w3.org/2000/svg";
  var runs = 0;

  function el(name, className, text) {
    var element = document.createElement(name);
    if (className) {
      element.className = className;
    }
    if (text !== undefined && text !== null) {
      element.textContent = text;
    }
    return element;
  }

  /** Sends {@code query} to the endpoint, asking for {@code accept}; resolves to the fetch Response. */
  function fetchAs(data, query, accept) {
    return fetch(data.endpoint, {
      method: "POST",
      headers: { "Accept": accept },
      body: new URLSearchParams({ query: query })
    });
  }

  /** Our own IRIs become site-relative links, other http(s) IRIs plain links, anything else no link. */
  function href(data, iri) {
    if (iri.indexOf(data.base) === 0) {
      return "/" + iri.slice(data.base.length);
    }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  /** The prefixes a query declares (they win over ours); editor.js uses this too. */
  function declaredPrefixes(query) {
    var found = {};
    var pattern = /PREFIX\s+([A-Za-z][\w\-.]*)?:\s*<([^<>\s]*)>/gi;
    var match;
    while ((match = pattern.exec(query)) !== null) {
      found[match[1] || ""] = match[2];
    }
    return found;
  }

  /** A prefixed name for an IRI when one of the known namespaces fits, else the IRI itself. */
  function compact(prefixes, iri) {
    var best = null;
    Object.keys(prefixes).forEach(function (prefix) {
      var namespace = prefixes[prefix];
      var local = iri.slice(namespace.length);
      if (namespace && iri.indexOf(namespace) === 0 && /^[\w\-]*$/.test(local)
          && (best === null || namespace.length > prefixes[best].length)) {
        best = prefix;
      }
    });
    return best === null ? iri : best + ":" + iri.slice(prefixes[best].length);
  }

  function isNumeric(term) {
    return term && term.type !== "uri" && term.type !== "bnode" && NUMERIC.indexOf(term.datatype) >= 0;
  }

  function termCell(context, term) {
    var cell = el("td");
    if (!term) {
      return cell;
    }
    if (term.type === "uri") {
      var target = href(context.data, term.value);
      var text = compact(context.prefixes, term.value);
      var node = target ? el("a", null, text) : el("span", "iri", text);
      if (target) {
        node.setAttribute("href", target);
      }
      node.title = term.value;
      cell.appendChild(node);
      cell.setAttribute("data-iri", term.value);
    } else if (term.type === "bnode") {
      cell.appendChild(el("span", "bnode", "_:" + term.value));
    } else {
      cell.appendChild(document.createTextNode(term.value));
      if (term["xml:lang"]) {
        cell.appendChild(el("span", "lang", "@" + term["xml:lang"]));
      } else if (term.datatype && term.datatype !== XSD + "string" && !isNumeric(term)) {
        cell.appendChild(el("span", "datatype", compact(context.prefixes, term.datatype)));
      }
      if (isNumeric(term)) {
        cell.className = "number";
      }
    }
    return cell;
  }

  function addLabel(cell, label) {
    if (label && !cell.querySelector(".label")) {
      cell.appendChild(el("span", "label", label));
    }
  }

  /** Labels from the endpoint (rdfs:label or skos:prefLabel) for the IRIs of columns without a ?xLabel column. */
  function fetchLabels(context, table, container) {
    var cells = Array.prototype.slice.call(table.querySelectorAll("td[data-iri]:not([data-labelled])"));
    var iris = [];
    cells.forEach(function (cell) {
      var iri = cell.getAttribute("data-iri");
      if (iris.indexOf(iri) < 0 && iris.length < MAX_LABELLED && SAFE_IRI.test(iri) && /^https?:/i.test(iri)) {
        iris.push(iri);
      }
    });
    if (iris.length === 0) {
      container.setAttribute("data-labels", "done");
      return;
    }
    var query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
      + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?iri ?label WHERE {\n  VALUES ?iri { "
      + iris.map(function (iri) { return "<" + iri + ">"; }).join(" ")
      + " }\n  ?iri rdfs:label|skos:prefLabel ?label .\n}";
    fetchAs(context.data, query, "application/sparql-results+json").then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (json) {
      var labels = json ? bestLabels(json.results.bindings) : {};
      cells.forEach(function (cell) {
        addLabel(cell, labels[cell.getAttribute("data-iri")]);
      });
    }).catch(function () {
      return null;
    }).then(function () {
      container.setAttribute("data-labels", "done");
    });
  }

  /** The label of each IRI in the reader's language, else English, else untagged, else any. */
  function bestLabels(bindings) {
    var wanted = (navigator.languages || []).map(function (tag) { return tag.toLowerCase(); }).concat(["en", ""]);
    var rank = {};
    var labels = {};
    bindings.forEach(function (row) {
      var language = (row.label["xml:lang"] || "").toLowerCase();
      var index = wanted.indexOf(language);
      if (index < 0 && language.indexOf("-") > 0) {
        index = wanted.indexOf(language.split("-")[0]);
      }
      var score = index < 0 ? wanted.length : index;
      var iri = row.iri.value;
      if (!(iri in rank) || score < rank[iri]) {
        rank[iri] = score;
        labels[iri] = row.label.value;
      }
    });
    return labels;
  }

  function table(context, vars, rows) {
    var result = el("table", "results");
    var head = el("tr");
    vars.forEach(function (name) {
      var th = el("th", null, "?" + name);
      th.setAttribute("scope", "col");
      head.appendChild(th);
    });
    result.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    rows.slice(0, MAX_ROWS).forEach(function (row) {
      var tr = el("tr");
      vars.forEach(function (name) {
        var cell = termCell(context, row[name]);
        var label = row[name + "Label"];
        if (row[name] && row[name].type === "uri" && vars.indexOf(name + "Label") >= 0) {
          cell.setAttribute("data-labelled", "");
          addLabel(cell, label && label.value);
        }
        tr.appendChild(cell);
      });
      body.appendChild(tr);
    });
    result.appendChild(body);
    return result;
  }

  /** Which column labels the bars and which columns hold numbers; null when the result cannot be charted. */
  function chartColumns(vars, rows) {
    var numeric = [];
    var text = [];
    vars.forEach(function (name) {
      var bound = rows.filter(function (row) { return row[name]; }).map(function (row) { return row[name]; });
      if (bound.length === 0) {
        return;
      }
      if (bound.every(isNumeric)) {
        numeric.push(name);
      } else if (bound.every(function (term) { return term.type === "literal" || term.type === "typed-literal"; })) {
        text.push(name);
      }
    });
    var label = text.length > 0 ? text[0] : numeric.length > 1 && numeric[0] === vars[0] ? numeric[0] : null;
    var values = numeric.filter(function (name) { return name !== label; });
    return label && values.length > 0 && rows.length > 0 ? { label: label, values: values } : null;
  }

  function svgElement(name, attributes, text) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) {
      element.setAttribute(key, attributes[key]);
    });
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }

  /** Horizontal bars, each label above its bar and the number after it, as on the landing page. */
  function chart(rows, labelColumn, valueColumn) {
    var shown = rows.slice(0, MAX_BARS);
    var values = shown.map(function (row) { return row[valueColumn] ? Number(row[valueColumn].value) : 0; });
    var largest = Math.max.apply(null, values.concat([0]));
    var height = shown.length * 36 + 4;
    var svg = svgElement("svg", { "class": "chart", role: "img", width: 720, height: height,
      viewBox: "0 0 720 " + height, "font-family": "system-ui, sans-serif", "font-size": 13 });
    svg.appendChild(svgElement("title", {}, "?" + valueColumn + " by ?" + labelColumn));
    shown.forEach(function (row, index) {
      var top = index * 36;
      var length = largest > 0 ? Math.max(0, Math.round(600 * values[index] / largest)) : 0;
      var label = row[labelColumn] ? row[labelColumn].value : "";
      var group = svgElement("g", { "class": "bar" });
      group.appendChild(svgElement("text", { "class": "label", x: 0, y: top + 14 },
        label.length > 100 ? label.slice(0, 99) + "…" : label));
      group.appendChild(svgElement("rect", { "class": "bar", x: 0, y: top + 19, width: length, height: 14,
        fill: "#0b5cad" }));
      group.appendChild(svgElement("text", { "class": "value", x: length + 6, y: top + 31 },
        row[valueColumn] ? row[valueColumn].value : ""));
      svg.appendChild(group);
    });
    return svg;
  }

  function download(context, accept, fileName, button) {
    button.disabled = true;
    fetchAs(context.data, context.query, accept).then(function (response) {
      if (!response.ok) {
        throw new Error("The endpoint answered " + response.status + ".");
      }
      return response.blob();
    }).then(function (blob) {
      var url = URL.createObjectURL(blob);
      var link = el("a");
      link.href = url;
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    }).catch(function (error) {
      window.alert("The download failed: " + error.message);
    }).then(function () {
      button.disabled = false;
    });
  }

  function toolbar(context, views, downloads) {
    var bar = el("div", "toolbar");
    if (views.length > 1) {
      var group = el("span", "views");
      views.forEach(function (view, index) {
        var button = el("button", "view", view.name);
        button.type = "button";
        button.setAttribute("aria-pressed", index === 0 ? "true" : "false");
        button.setAttribute("data-view", view.name.toLowerCase());
        button.addEventListener("click", function () {
          views.forEach(function (other) { other.element.hidden = other !== view; });
          group.querySelectorAll("button").forEach(function (each) {
            each.setAttribute("aria-pressed", each === button ? "true" : "false");
          });
        });
        group.appendChild(button);
      });
      bar.appendChild(group);
    }
    var files = el("span", "downloads", "Download ");
    downloads.forEach(function (item) {
      var button = el("button", "download", item.name);
      button.type = "button";
      button.addEventListener("click", function () { download(context, item.accept, item.file, button); });
      files.appendChild(button);
    });
    bar.appendChild(files);
    return bar;
  }

  function chartView(rows, columns) {
    var view = el("div", "chart-view");
    var picture = el("figure");
    var draw = function (valueColumn) {
      picture.textContent = "";
      picture.appendChild(chart(rows, columns.label, valueColumn));
      if (rows.length > MAX_BARS) {
        picture.appendChild(el("figcaption", null, "The first " + MAX_BARS + " rows of " + rows.length + "."));
      }
    };
    if (columns.values.length > 1) {
      var choice = el("label", "chart-choice", "Bars show ");
      var select = el("select");
      columns.values.forEach(function (name) {
        var option = el("option", null, "?" + name);
        option.value = name;
        select.appendChild(option);
      });
      select.addEventListener("change", function () { draw(select.value); });
      choice.appendChild(select);
      view.appendChild(choice);
    }
    view.appendChild(picture);
    draw(columns.values[0]);
    return view;
  }

  function showSelect(context, json, seconds) {
    var vars = json.head.vars || [];
    var rows = json.results.bindings;
    var container = context.container;
    var count = el("p", "status", rows.length + (rows.length === 1 ? " row" : " rows") + " in "
      + seconds.toFixed(2) + " s" + (rows.length > MAX_ROWS ? "; the table shows the first " + MAX_ROWS : ""));
    count.id = "result-count";
    container.setAttribute("data-rows", String(rows.length));
    var tableView = el("div", "table-view");
    var resultTable = table(context, vars, rows);
    tableView.appendChild(resultTable);
    var views = [{ name: "Table", element: tableView }];
    var columns = chartColumns(vars, rows);
    if (columns) {
      var chartElement = chartView(rows, columns);
      chartElement.hidden = true;
      views.push({ name: "Chart", element: chartElement });
    }
    container.appendChild(count);
    container.appendChild(toolbar(context, views, [
      { name: "CSV", accept: "text/csv", file: "query-results.csv" },
      { name: "JSON", accept: "application/sparql-results+json", file: "query-results.json" }]));
    views.forEach(function (view) { container.appendChild(view.element); });
    fetchLabels(context, resultTable, container);
  }

  function showAsk(context, json) {
    var answer = el("p", "status boolean", "The answer is ");
    answer.id = "result-count";
    answer.appendChild(el("strong", null, json["boolean"] ? "yes" : "no"));
    answer.appendChild(document.createTextNode(" (" + json["boolean"] + ")."));
    context.container.appendChild(answer);
    context.container.appendChild(toolbar(context, [], [
      { name: "JSON", accept: "application/sparql-results+json", file: "query-results.json" }]));
    context.container.setAttribute("data-labels", "done");
  }

  function showGraph(context, text) {
    var status = el("p", "status", "The query made a graph; here it is in Turtle.");
    status.id = "result-count";
    context.container.appendChild(status);
    context.container.appendChild(toolbar(context, [], [
      { name: "Turtle", accept: "text/turtle", file: "query-results.ttl" },
      { name: "JSON-LD", accept: "application/ld+json", file: "query-results.jsonld" }]));
    context.container.appendChild(el("pre", "graph", text));
    context.container.setAttribute("data-labels", "done");
  }

  /** What went wrong, in words, with the endpoint's own sentence below. */
  function explain(status, body, retryAfter) {
    var wait = retryAfter ? " Try again in " + retryAfter + " s." : " Try again in a moment.";
    var position = /line (\d+), column (\d+)/.exec(body);
    if (status === 0) {
      return { headline: "The endpoint could not be reached.", advice: "Check the connection and run the query "
        + "again." };
    }
    if (status === 400) {
      return { headline: /parse error|lexical error|encountered/i.test(body) ? "The query has a syntax error"
        + (position ? " at line " + position[1] + ", column " + position[2] + "." : ".")
        : "The endpoint could not run this query.",
        advice: "Check the spelling of keywords and prefixes, and that every brace and quote is closed.",
        line: position ? Number(position[1]) : null, column: position ? Number(position[2]) : null };
    }
    if (status === 429) {
      return { headline: "Too many queries from your address.", advice: "The endpoint limits how many queries "
        + "each address sends a minute." + wait };
    }
    if (status === 503 && /timed out|timeout|cancel/i.test(body)) {
      return { headline: "The query took too long and was stopped.", advice: "The endpoint stops queries at its "
        + "time limit. Add a LIMIT, or start from more selective patterns (a class or a known IRI)." };
    }
    if (status === 503) {
      return { headline: "The server is busy.", advice: "It is answering as many queries as it can." + wait };
    }
    if (status === 413) {
      return { headline: "The query is too long.", advice: "The endpoint accepts queries up to 1 MB." };
    }
    return { headline: "The endpoint answered with status " + status + ".", advice: "" };
  }

  function showError(context, status, body, retryAfter) {
    var reason = explain(status, body, retryAfter);
    var box = el("div", "error");
    box.setAttribute("role", "alert");
    box.appendChild(el("p", "headline", reason.headline));
    if (reason.advice) {
      box.appendChild(el("p", "advice", reason.advice));
    }
    if (body.trim()) {
      box.appendChild(el("pre", "detail", body.trim()));
    }
    context.container.appendChild(box);
    context.container.setAttribute("data-state", "error");
    context.container.setAttribute("data-status", String(status));
    if (reason.line && context.onSyntaxError) {
      context.onSyntaxError(reason.line, reason.column);
    }
  }

  /**
   * Runs {@code query} and shows the answer in {@code container}; a later run supersedes an earlier one still
   * waiting. {@code onSyntaxError(line, column)} is told where a syntax error is.
   */
  function run(data, query, container, onSyntaxError) {
    var run = ++runs;
    var context = { data: data, query: query, container: container, onSyntaxError: onSyntaxError,
      prefixes: Object.assign({}, data.prefixes, declaredPrefixes(query)) };
    var started = performance.now();
    container.hidden = false;
    container.textContent = "";
    ["data-rows", "data-labels", "data-status"].forEach(function (name) { container.removeAttribute(name); });
    container.setAttribute("data-state", "running");
    container.appendChild(el("p", "status running", "Running the query…"));
    fetchAs(data, query, "application/sparql-results+json, text/turtle;q=0.9").then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      var reading = response.ok && type.indexOf("json") >= 0 ? response.json() : response.text();
      return reading.then(function (body) {
        if (run !== runs) {
          return;
        }
        container.textContent = "";
        if (!response.ok) {
          showError(context, response.status, body, response.headers.get("Retry-After"));
          return;
        }
        var seconds = (performance.now() - started) / 1000;
        if (typeof body === "string") {
          showGraph(context, body);
        } else if ("boolean" in body) {
          showAsk(context, body);
        } else {
          showSelect(context, body, seconds);
        }
        container.setAttribute("data-state", "done");
      });
    }).catch(function (error) {
      if (run === runs) {
        container.textContent = "";
        showError(context, 0, error.message, null);
      }
    });
  }

  window.OgpEditor = window.OgpEditor || {};
  window.OgpEditor.results = { run: run, fetchAs: fetchAs, declaredPrefixes: declaredPrefixes };
}());
