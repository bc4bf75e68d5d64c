package org.ogplod.web.pages;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.ogplod.store.LinkReport;
import org.ogplod.store.Release;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.Representation;
import org.ogplod.web.common.Settings;

/**
 * {@code /changes}: the members and commitments added, removed and changed since the previous release (HTML, or
 * JSON by {@code Accept} or {@code format=json}), and {@code /changes/{release}.rdfp}, the full difference as an
 * RDF Patch that turns the previous dump into this release's.
 */
public final class ChangesPage {
    private final Settings settings;
    private final Release release;
    /** The link report's counts that moved since the release before, read once per release. */
    private final JsonArray links;

    public ChangesPage(Settings settings, Release release) {
        this.settings = settings;
        this.release = release;
        this.links = linkDifferences(release);
    }

    public void page(Context ctx) throws IOException {
        Path changes = release.changes();
        if (!Files.exists(changes)) {
            throw new NotFoundResponse("Release " + release.id() + " was too large to compare with the one before.");
        }
        ctx.header("Vary", "Accept");
        boolean json = "json".equals(ctx.queryParam("format")) || Representation.prefersJson(ctx.header("Accept"));
        if (Conditional.notModified(ctx, Conditional.releaseTag(release.id(), "changes-" + (json ? "json" : "html")))) {
            return;
        }
        JsonObject parsed = JSON.read(changes.toString());
        if (json) {
            parsed.put("links", links);
            ctx.contentType("application/json").result(parsed.toString());
            return;
        }
        String previous = parsed.get("previous").isString() ? parsed.get("previous").getAsString().value() : null;
        StringBuilder body = new StringBuilder("<h1>Changes in release ").append(Html.escape(release.id()))
                .append("</h1>\n<p>").append(previous == null ? "This is the first release: everything is new."
                        : "Compared with the release before, "
                                + Html.link(Html.local(settings.baseUri(), previous), tail(previous)) + ".")
                .append(" The full difference is an ")
                .append(Html.link("/changes/" + release.id() + ".rdfp", "RDF Patch"))
                .append(" (also as ").append(Html.link("/changes?format=json", "JSON")).append(").</p>\n");
        for (String list : List.of("added", "removed", "changed")) {
            List<String> iris = !parsed.hasKey(list) ? List.of() : parsed.get(list).getAsArray().stream()
                    .map(value -> value.getAsString().value()).toList();
            body.append("<h2>").append(Character.toUpperCase(list.charAt(0))).append(list.substring(1)).append(" (")
                    .append(iris.size()).append(")</h2>\n");
            if (!iris.isEmpty()) {
                body.append("<ul>\n");
                iris.stream().limit(1000).forEach(iri -> body.append("<li>")
                        .append(Html.link(Html.local(settings.baseUri(), iri), tail(iri)))
                        .append("</li>\n"));
                body.append(iris.size() > 1000 ? "<li>... (see the JSON for all)</li>\n" : "").append("</ul>\n");
            }
        }
        body.append("<h2>Links to other datasets</h2>\n").append(links.isEmpty()
                ? "<p>No count in the <a href=\"/links\">link report</a> changed.</p>\n"
                : "<p>Counts of the <a href=\"/links\">link report</a> that changed:</p>\n<ul>\n");
        for (JsonValue value : links) {
            JsonObject difference = value.getAsObject();
            body.append("<li>").append(Html.escape(difference.get("target").getAsString().value())).append(": ")
                    .append(Html.escape(difference.get("figure").getAsString().value())).append(' ')
                    .append(difference.get("before")).append(" → ").append(difference.get("after")).append("</li>\n");
        }
        body.append(links.isEmpty() ? "" : "</ul>\n");
        ctx.html(Html.page("Changes in release " + release.id(), "en", release.id(), body.toString()));
    }

    /** The counts of the link report that differ from the release before (none without a report). */
    private static JsonArray linkDifferences(Release release) {
        try {
            JsonObject report = LinkReport.read(release.links());
            return report == null ? new JsonArray() : LinkReport.differences(report);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the link report of release " + release.id(), e);
        }
    }

    /** {@code /changes/{file}}: the RDF Patch of this release, the only file served here. */
    public void patch(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.equals(release.id() + ".rdfp") || !Files.exists(release.patch())) {
            throw new NotFoundResponse("The RDF Patch of this release is /changes/" + release.id() + ".rdfp.");
        }
        try {
            boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
            ctx.header("Vary", "Accept-Encoding");
            if (Conditional.notModified(ctx, Conditional.releaseTag(release.id(), "patch" + (gzip ? "-gzip" : "")))) {
                return;
            }
            InputStream patch = Files.newInputStream(release.patch());
            if (gzip) {
                ctx.header("Content-Encoding", "gzip");
            } else {
                patch = new GZIPInputStream(patch, 1 << 16);
            }
            ctx.contentType("application/rdf-patch").result(patch);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Whether an {@code Accept-Encoding} header takes gzip: named, or by {@code *}, with a quality above 0 (Jetty's
     * {@link QuotedQualityCSV} reads the qualities, as for {@code Accept}).
     */
    static boolean acceptsGzip(String acceptEncoding) {
        QuotedQualityCSV codings = new QuotedQualityCSV();
        try {
            codings.addValue(acceptEncoding == null ? "" : acceptEncoding);
        } catch (RuntimeException malformed) {
            return false;
        }
        boolean any = false;
        for (QuotedQualityCSV.QualityValue coding : codings.getQualityValues()) {
            String name = coding.getValue().split(";")[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                return coding.isAcceptable();
            }
            any |= name.equals("*") && coding.isAcceptable();
        }
        return any;
    }

    private static String tail(String iri) {
        return iri.substring(iri.lastIndexOf('/', iri.lastIndexOf('/') - 1) + 1);
    }
}
