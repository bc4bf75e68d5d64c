package org.ogplod.web.about;

import io.javalin.http.Context;
import io.javalin.http.NotAcceptableResponse;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.ogplod.ontology.Prefixes;
import org.ogplod.store.LinkReport;
import org.ogplod.store.Release;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.RdfDocument;
import org.ogplod.web.common.Representation;
import org.ogplod.web.common.Settings;

/**
 * {@code /links}: the link report of the release (see {@link LinkReport}) for linkers, as HTML, as the JSON the
 * release was built with, and as RDF: one {@code void:Linkset} per target dataset with its counts.
 */
public final class LinksPage {
    public static final String PATH = "/links";
    /** Resources listed per target on the HTML page; the JSON lists all. */
    private static final int LISTED = 200;

    private final Settings settings;
    private final Release release;
    private final JsonObject report;
    private final byte[] json;
    private final RdfDocument rdf;

    public LinksPage(Settings settings, Release release) {
        this.settings = settings;
        this.release = release;
        try {
            this.report = LinkReport.read(release.links());
            this.json = report == null ? null : Files.readAllBytes(release.links());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the link report of release " + release.id(), e);
        }
        this.rdf = report == null ? null : new RdfDocument("links", release.id(), linksets(),
                PrefixMapping.Factory.create().setNsPrefixes(Prefixes.forBase(settings.baseUri()))
                        .setNsPrefix("void", VOID.NS));
    }

    public void page(Context ctx) {
        if (report == null) {
            throw new NotFoundResponse("Release " + release.id() + " has no link report.");
        }
        ctx.header("Vary", "Accept");
        String accept = ctx.header("Accept");
        String format = ctx.queryParam("format");
        if ("json".equals(format) || format == null && prefersJson(accept)) {
            send(ctx, "json", "application/json", json);
            return;
        }
        Representation chosen = representation(format, accept);
        if (chosen == Representation.HTML) {
            send(ctx, "html", "text/html;charset=utf-8", html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        RdfDocument.Rendered rendered = rdf.render(chosen);
        send(ctx, chosen.suffix(), rendered.contentType(), rendered.body());
    }

    /** The representation {@code format=} names, else the one {@code Accept} prefers. */
    private static Representation representation(String format, String accept) {
        if (format != null) {
            return Representation.bySuffix(format).orElseThrow(() -> new NotFoundResponse(
                    "The link report's formats are json, html, ttl, jsonld, rdf and nt."));
        }
        return Representation.negotiate(accept, true).orElseThrow(() -> new NotAcceptableResponse(
                Representation.notAcceptable(true) + " The report is also JSON (application/json)."));
    }

    /** True when the client's most wanted media type is plain JSON (the report as built). */
    private static boolean prefersJson(String accept) {
        if (accept == null) {
            return false;
        }
        QuotedQualityCSV ranges = new QuotedQualityCSV(QuotedQualityCSV.MOST_SPECIFIC_MIME_ORDERING);
        ranges.addValue(accept);
        List<String> values = ranges.getValues();
        return !values.isEmpty() && values.get(0).toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private void send(Context ctx, String variant, String contentType, byte[] body) {
        if (Conditional.notModified(ctx, Conditional.releaseTag(release.id(), "links-" + variant))) {
            return;
        }
        ctx.contentType(contentType).result(body);
    }

    private Iterable<JsonObject> targets() {
        return report.get("targets").getAsArray().stream().map(JsonValue::getAsObject).toList();
    }

    /** One void:Linkset per target: from our dataset to the target's (as VoID names it), with its counts. */
    private Model linksets() {
        String base = settings.baseUri();
        Model model = ModelFactory.createDefaultModel();
        Resource document = model.createResource(base + PATH.substring(1))
                .addProperty(DCTerms.title, model.createLiteral("Links from ogp-lod to other datasets", "en"))
                .addProperty(RDFS.seeAlso, model.createResource(VoidGraph.documentIri(base)));
        for (JsonObject target : targets()) {
            String key = string(target, "key");
            Resource linkset = model.createResource(base + "links#" + key, VOID.Linkset)
                    .addProperty(DCTerms.title, model.createLiteral("Links to " + string(target, "title"), "en"))
                    .addProperty(VOID.subjectsTarget, model.createResource(CatalogGraph.datasetIri(base)))
                    .addProperty(VOID.objectsTarget, model.createResource(VoidGraph.documentIri(base) + "#" + key))
                    .addProperty(VOID.triples, VoidGraph.count(model, number(target, "links")))
                    .addProperty(VOID.distinctSubjects, VoidGraph.count(model, number(target, "linkingResources")))
                    .addProperty(VOID.distinctObjects, VoidGraph.count(model, number(target, "distinctTargets")));
            target.get("predicates").getAsObject().keys().forEach(predicate ->
                    linkset.addProperty(VOID.linkPredicate, model.createResource(predicate)));
            document.addProperty(DCTerms.hasPart, linkset);
        }
        return model;
    }

    private String html() {
        String base = settings.baseUri();
        JsonValue previous = report.get("previous");
        StringBuilder body = new StringBuilder("<h1>Links to other datasets</h1>\n<p>For each dataset that ogp-lod ")
                .append("links to: how many of our resources link to it, which should and do not yet, and whether ")
                .append("every target is in the reference list the release was checked against (when it was ")
                .append("built, not over the network). Release ").append(Html.escape(release.id()));
        if (previous.isString()) {
            body.append(", compared with ").append(Html.link(Html.local(base, previous.getAsString().value()),
                    "the release before"));
        }
        body.append(". Also as ").append(Html.link(PATH + "?format=json", "JSON")).append(" and as ")
                .append(Html.link(PATH + "?format=ttl", "Turtle")).append(" (one <code>void:Linkset</code> per target).</p>\n");
        for (JsonObject target : targets()) {
            body.append(section(target, base));
        }
        return Html.page("Links to other datasets", "en", release.id(), body.toString());
    }

    private static String section(JsonObject target, String base) {
        JsonValue before = target.get("previous");
        JsonArray unlinked = target.get("unlinked").getAsArray();
        JsonArray unknown = target.get("notInReference").getAsArray();
        StringBuilder html = new StringBuilder("<h2 id=\"").append(Html.escape(string(target, "key"))).append("\">")
                .append(Html.link(string(target, "page"), string(target, "title"))).append("</h2>\n<table>\n")
                .append("<tr><th></th><th>this release</th><th>the release before</th></tr>\n");
        row(html, "links (triples)", target, before, "links");
        row(html, "our resources that link", target, before, "linkingResources");
        row(html, "distinct targets", target, before, "distinctTargets");
        row(html, Html.escape(string(target, "linkers")) + " that should link", target, before, "expectedLinkers");
        row(html, "of them without a link yet", target, before, "unlinked");
        row(html, "targets not in the reference list", target, before, "notInReference");
        html.append("</table>\n<p>Predicates: ");
        target.get("predicates").getAsObject().forEach((predicate, count) -> html.append("<code>")
                .append(Html.escape(predicate)).append("</code> ").append(count).append("; "));
        html.append("</p>\n<p>Checked against ").append(number(target, "referenceIds")).append(" ids: ")
                .append(Html.escape(string(target, "reference"))).append("</p>\n");
        html.append(unknown.isEmpty() ? "<p>Every target is in the reference list.</p>\n"
                : list("Targets not in the reference list", unknown, base));
        html.append(unlinked.isEmpty() ? "<p>All " + Html.escape(string(target, "linkers")) + " link here.</p>\n"
                : list("Without a link yet", unlinked, base));
        return html.toString();
    }

    private static void row(StringBuilder html, String label, JsonObject target, JsonValue before, String figure) {
        long value = LinkReport.figure(target, figure);
        String previous = before.isObject() && before.getAsObject().hasKey(figure)
                ? Long.toString(before.getAsObject().get(figure).getAsNumber().value().longValue()) : "–";
        html.append("<tr><th>").append(label).append("</th><td>").append(value).append("</td><td>").append(previous)
                .append("</td></tr>\n");
    }

    private static String list(String title, JsonArray iris, String base) {
        StringBuilder html = new StringBuilder("<details><summary>").append(title).append(" (").append(iris.size())
                .append(")</summary>\n<ul>\n");
        iris.stream().limit(LISTED).map(value -> value.getAsString().value()).forEach(iri -> html.append("<li>")
                .append(Html.link(Html.local(base, iri), iri)).append("</li>\n"));
        return html.append(iris.size() > LISTED ? "<li>... (the JSON lists all)</li>\n" : "")
                .append("</ul></details>\n").toString();
    }

    private static String string(JsonObject object, String key) {
        return object.get(key).getAsString().value();
    }

    private static long number(JsonObject object, String key) {
        return object.get(key).getAsNumber().value().longValue();
    }
}
