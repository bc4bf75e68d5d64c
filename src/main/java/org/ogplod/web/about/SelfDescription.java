package org.ogplod.web.about;

import io.javalin.http.Context;
import io.javalin.http.NotAcceptableResponse;
import io.javalin.http.NotFoundResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.VOID;
import org.ogplod.ontology.Prefixes;
import org.ogplod.store.DumpFile;
import org.ogplod.store.Release;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.RdfDocument;
import org.ogplod.web.common.Representation;
import org.ogplod.web.common.Settings;

/**
 * What the service says about itself: the DCAT-AP catalogue, VoID, the SPARQL service description, the sitemap,
 * robots.txt and the JSON-LD context. The release never changes while it is served, so each is worked out once, on
 * first use, and its bytes are kept per representation; RDF documents negotiate Turtle, JSON-LD, RDF/XML and
 * N-Triples and answer 304 to a matching If-None-Match.
 */
public final class SelfDescription {
    private final Settings settings;
    private final Release release;
    private final Once<RdfDocument> catalog;
    private final Once<RdfDocument> voidDescription;
    private final Once<RdfDocument> serviceDescription;
    private final Once<Sitemap> sitemap;
    private final byte[] robots;

    /** Parses the queries now, so that a broken query file stops the start-up. */
    public SelfDescription(Settings settings, Release release) {
        this.settings = settings;
        this.release = release;
        String base = settings.baseUri();
        SelfQueries queries = new SelfQueries(release.dataset(), base);
        Once<List<DumpFacts>> dumps = new Once<>(() -> DumpFile.all().stream()
                .map(dump -> DumpFacts.of(release, dump)).toList());
        Once<VoidStatistics> statistics = new Once<>(queries::statistics);
        this.catalog = new Once<>(() -> document("catalog",
                CatalogGraph.build(base, release, queries.coverage(), dumps.get())));
        this.voidDescription = new Once<>(() -> document("void",
                VoidGraph.build(base, release, statistics.get(), dumps.get())));
        this.serviceDescription = new Once<>(() -> document("service",
                ServiceDescriptionGraph.build(base, statistics.get())));
        this.sitemap = new Once<>(() -> Sitemap.build(base, release.id(), queries));
        this.robots = robots(base).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code GET /sparql} without a query: the service description, Turtle unless Accept asks for another RDF form. */
    public void serviceDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Representation chosen = Representation.negotiate(request.getHeader("Accept"), false)
                .orElse(Representation.TURTLE);
        RdfDocument.Rendered rendered = serviceDescription.get().render(chosen);
        response.setHeader("Vary", "Accept");
        if (Conditional.notModified(request, response, rendered.etag())) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(rendered.contentType());
        response.setContentLength(rendered.body().length);
        response.getOutputStream().write(rendered.body());
    }

    /** {@code GET /catalog}: the DCAT-AP 3 catalogue. */
    public void catalog(Context ctx) {
        serve(ctx, catalog.get());
    }

    /** {@code GET /.well-known/void}: the VoID description. */
    public void voidDescription(Context ctx) {
        serve(ctx, voidDescription.get());
    }

    /** {@code GET /sitemap.xml}: every document page, for crawlers (an index of pages when there are very many). */
    public void sitemap(Context ctx) {
        String page = ctx.queryParam("page");
        if (page != null && !page.matches("[1-9][0-9]{0,5}")) {
            throw new NotFoundResponse("There is no sitemap page " + page + "; see /sitemap.xml.");
        }
        byte[] body = sitemap.get().body(page == null ? null : Integer.valueOf(page));
        if (body == null) {
            throw new NotFoundResponse("There is no sitemap page " + page + "; see /sitemap.xml.");
        }
        String variant = "sitemap" + (page == null ? "" : "-" + page);
        if (Conditional.notModified(ctx, Conditional.releaseTag(release.id(), variant))) {
            return;
        }
        ctx.contentType("application/xml;charset=utf-8").result(body);
    }

    /** {@code GET /robots.txt}: everything may be crawled except the SPARQL endpoint; the sitemap says what there is. */
    public void robots(Context ctx) {
        ctx.contentType("text/plain;charset=utf-8").result(robots);
    }

    /** {@code GET /context.jsonld}: the JSON-LD context our documents use (our prefixes), stable across releases. */
    public void context(Context ctx) {
        StringBuilder json = new StringBuilder("{\n  \"@context\": {\n");
        var prefixes = Prefixes.forBase(settings.baseUri()).getNsPrefixMap();
        int i = 0;
        for (var entry : new TreeMap<>(prefixes).entrySet()) {
            json.append("    \"").append(entry.getKey()).append("\": \"").append(entry.getValue()).append('"')
                    .append(++i < prefixes.size() ? ",\n" : "\n");
        }
        ctx.contentType("application/ld+json").result(json.append("  }\n}\n").toString());
    }

    private void serve(Context ctx, RdfDocument document) {
        ctx.header("Vary", "Accept");
        String accept = ctx.header("Accept");
        // A browser following the site's link asks for HTML, which these documents do not have: it reads Turtle.
        Representation chosen = Representation.negotiate(accept, false)
                .or(() -> accept != null && accept.contains("text/html") ? Optional.of(Representation.TURTLE)
                        : Optional.empty())
                .orElseThrow(() -> new NotAcceptableResponse(Representation.notAcceptable(false)));
        RdfDocument.Rendered rendered = document.render(chosen);
        if (Conditional.notModified(ctx, rendered.etag())) {
            return;
        }
        ctx.contentType(rendered.contentType()).result(rendered.body());
    }

    private RdfDocument document(String name, Model model) {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(Prefixes.forBase(settings.baseUri()))
                .setNsPrefix("void", VOID.NS)
                .setNsPrefix("sd", CatalogTerms.SD)
                .setNsPrefix("formats", CatalogTerms.FORMATS)
                .setNsPrefix("adms", CatalogTerms.ADMS)
                .setNsPrefix("vcard", CatalogTerms.VCARD);
        return new RdfDocument(name, release.id(), model, prefixes);
    }

    private static String robots(String base) {
        String path = URI.create(base).getPath();
        return "# Every page may be crawled; the SPARQL endpoint answers queries and is not a page.\n"
                + "User-agent: *\n"
                + "Allow: " + path + "\n"
                + "Disallow: " + path + "sparql\n"
                + "\n"
                + "Sitemap: " + base + "sitemap.xml\n";
    }
}
