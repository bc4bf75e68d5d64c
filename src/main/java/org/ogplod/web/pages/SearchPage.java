package org.ogplod.web.pages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.ogplod.store.Release;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.Labels;
import org.ogplod.web.common.Representation;
import org.ogplod.web.common.Settings;

/**
 * {@code /search?q=}: the release's full-text index (titles, descriptions, labels in every language) ranked by
 * Lucene's score, one hit per resource, with the matching words marked; HTML, or JSON by {@code Accept} or
 * {@code format=json}. A malformed search expression is a 400 with Lucene's reason.
 */
public final class SearchPage {
    static final int MAX_QUERY = 200;
    static final int MAX_HITS = 50;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final List<String> OPERATORS = List.of("and", "or", "not", "to");

    /** One resource found, with its best score and the text that matched. */
    record Hit(String iri, String label, String type, float score, String match) {
    }

    private final Settings settings;
    private final Release release;

    public SearchPage(Settings settings, Release release) {
        this.settings = settings;
        this.release = release;
    }

    public void page(Context ctx) {
        String query = ctx.queryParam("q");
        Labels labels = Labels.of(ctx.queryParam("lang"), ctx.header("Accept-Language"));
        boolean json = "json".equals(ctx.queryParam("format")) || Representation.prefersJson(ctx.header("Accept"));
        ctx.header("Vary", "Accept, Accept-Language");
        List<Hit> hits = query == null || query.isBlank() ? List.of() : search(query.strip(), labels);
        if (json) {
            ctx.contentType("application/json").result(json(query, hits));
            return;
        }
        ctx.header("Content-Language", labels.primary());
        ctx.html(Html.page(query == null ? "Search" : "Search: " + query, labels.primary(), release.id(),
                html(query, hits)));
    }

    List<Hit> search(String query, Labels labels) {
        if (query.length() > MAX_QUERY) {
            throw new BadRequestResponse("The search expression is longer than " + MAX_QUERY + " characters.");
        }
        List<TextHit> found;
        try {
            // A slash starts a regular expression in Lucene's syntax; in a search box it is just a separator.
            found = release.search().query((Node) null, query.replace("/", "\\/"), null, null, MAX_HITS * 4);
        } catch (RuntimeException e) {
            throw new BadRequestResponse("The search expression cannot be read: " + reason(e));
        }
        Map<String, TextHit> best = new LinkedHashMap<>();
        for (TextHit hit : found) {
            if (hit.getNode().isURI()) {
                best.merge(hit.getNode().getURI(), hit, (a, b) -> a.getScore() >= b.getScore() ? a : b);
            }
        }
        List<TextHit> ranked = new ArrayList<>(best.values());
        ranked.sort((a, b) -> Float.compare(b.getScore(), a.getScore()));
        DatasetGraph dataset = release.dataset();
        return Txn.calculateRead(dataset, () -> {
            Graph data = dataset.getDefaultGraph();
            List<Hit> hits = new ArrayList<>();
            for (TextHit hit : ranked.subList(0, Math.min(MAX_HITS, ranked.size()))) {
                String label = labels.label(data, hit.getNode());
                String type = data.find(hit.getNode(), RDF.type.asNode(), Node.ANY).nextOptional()
                        .map(triple -> labels.label(data, triple.getObject())).orElse(null);
                String match = hit.getLiteral() == null ? label : hit.getLiteral().getLiteralLexicalForm();
                hits.add(new Hit(hit.getNode().getURI(), label == null ? hit.getNode().getURI() : label, type,
                        hit.getScore(), match));
            }
            return hits;
        });
    }

    private String html(String query, List<Hit> hits) {
        StringBuilder body = new StringBuilder("<h1>Search</h1>\n<form action=\"/search\" method=\"get\"><p>"
                + "<input type=\"search\" name=\"q\" value=\"" + Html.escape(query == null ? "" : query)
                + "\" aria-label=\"Search\"> <button>Search</button></p></form>\n<p class=\"iri\">Words are matched in "
                + "titles, descriptions and labels in every language; Lucene syntax works (\"open data\", "
                + "procure*, budget AND Kenya). Also as " + Html.link("/search?format=json&q="
                + java.net.URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8), "JSON")
                + "; in SPARQL use <code>text:query</code>.</p>\n");
        if (query != null && !query.isBlank()) {
            body.append("<p>").append(hits.size()).append(hits.size() == 1 ? " result" : " results").append(" for <b>")
                    .append(Html.escape(query)).append("</b></p>\n<ol class=\"results\">\n");
            List<String> words = words(query);
            for (Hit hit : hits) {
                body.append("<li>").append(Html.link(Html.local(settings.baseUri(), hit.iri()), hit.label()));
                if (hit.type() != null) {
                    body.append(" <span class=\"iri\">").append(Html.escape(hit.type())).append("</span>");
                }
                body.append("<br><span class=\"match\">").append(highlight(hit.match(), words)).append("</span></li>\n");
            }
            body.append("</ol>\n");
        }
        return body.toString();
    }

    private byte[] json(String query, List<Hit> hits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("query", query);
            json.writeStringField("release", release.id());
            json.writeArrayFieldStart("results");
            for (Hit hit : hits) {
                json.writeStartObject();
                json.writeStringField("iri", hit.iri());
                json.writeStringField("label", hit.label());
                json.writeStringField("type", hit.type());
                json.writeNumberField("score", hit.score());
                json.writeStringField("match", hit.match());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The escaped text with each query word wrapped in {@code <mark>}. */
    static String highlight(String text, List<String> words) {
        String escaped = Html.escape(text == null ? "" : text);
        if (words.isEmpty()) {
            return escaped;
        }
        String alternatives = String.join("|", words.stream().map(Pattern::quote).toList());
        Matcher matcher = Pattern.compile("(?iu)\\b(" + alternatives + ")[\\p{L}\\p{N}]*").matcher(escaped);
        return matcher.replaceAll(match -> "<mark>" + Matcher.quoteReplacement(match.group()) + "</mark>");
    }

    /** The words of a search expression, without Lucene's operators. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(query);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
            if (!OPERATORS.contains(word) && words.size() < 20) {
                words.add(word);
            }
        }
        return words;
    }


    /** The most specific message in the chain of causes (Lucene's parser says where the expression breaks). */
    private static String reason(Throwable e) {
        String reason = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank() && !message.strip().endsWith("parse error:")) {
                reason = message;
            }
        }
        if (reason == null) {
            return "check the quotes, brackets and operators (AND, OR, NOT)";
        }
        String firstLine = reason.lines().findFirst().orElse(reason);
        return firstLine.length() > 200 ? firstLine.substring(0, 200) : firstLine;
    }
}
