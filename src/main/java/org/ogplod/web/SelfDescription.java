package org.ogplod.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ogplod.ontology.Prefixes;
import org.ogplod.store.Release;

/** What the service says about itself: the SPARQL service description and the JSON-LD context. */
final class SelfDescription {
    private final Settings settings;
    private final Release release;

    SelfDescription(Settings settings, Release release) {
        this.settings = settings;
        this.release = release;
    }

    void serviceDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/turtle;charset=utf-8");
        response.getWriter().write("# service description of release " + release.id() + "\n");
    }

    /** {@code GET /catalog}: the DCAT-AP 3 catalogue. */
    void catalog(Context ctx) {
        ctx.contentType("text/turtle").result("");
    }

    /** {@code GET /.well-known/void}: the VoID description. */
    void voidDescription(Context ctx) {
        ctx.contentType("text/turtle").result("");
    }

    /** {@code GET /sitemap.xml}: every document page, for crawlers. */
    void sitemap(Context ctx) {
        ctx.contentType("application/xml").result("");
    }

    /** {@code GET /robots.txt}. */
    void robots(Context ctx) {
        ctx.contentType("text/plain").result("");
    }

    /** {@code GET /context.jsonld}: the JSON-LD context our documents use (our prefixes), stable across releases. */
    void context(Context ctx) {
        StringBuilder json = new StringBuilder("{\n  \"@context\": {\n");
        var prefixes = Prefixes.forBase(settings.baseUri()).getNsPrefixMap();
        int i = 0;
        for (var entry : new java.util.TreeMap<>(prefixes).entrySet()) {
            json.append("    \"").append(entry.getKey()).append("\": \"").append(entry.getValue()).append('"')
                    .append(++i < prefixes.size() ? ",\n" : "\n");
        }
        ctx.contentType("application/ld+json").result(json.append("  }\n}\n").toString());
    }
}
