package org.ogplod.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Release;

/** The Javalin site: every route in one table, handlers on the page classes, errors mapped once. */
final class Site {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Site.class);
    private final Release release;
    private final ResourcePages resources;
    private final SelfDescription self;
    private final StaticFiles files;
    private final LandingPage landing;
    private final QueryPage query;
    private final Metrics metrics;

    Site(Settings settings, Release release, Ontology ontology, Metrics metrics) {
        this.release = release;
        this.metrics = metrics;
        this.resources = new ResourcePages(settings, release);
        this.self = new SelfDescription(settings, release);
        this.files = new StaticFiles(release);
        this.landing = new LandingPage(settings, release);
        this.query = new QueryPage(settings, release);
    }

    void configure(JavalinConfig config) {
        config.http.generateEtags = false;
        config.http.maxRequestSize = 1_000_000;
        config.router.ignoreTrailingSlashes = false;
        metrics.install(config);
        get(config, "/", landing::page);
        get(config, "/health", ctx -> ctx.result("ok " + release.id()));
        get(config, "/metrics", metrics::scrape);
        get(config, "/query", query::page);
        get(config, "/id/<path>", resources::identifier);
        get(config, "/doc/<path>", resources::document);
        get(config, "/def/<path>", resources::definition);
        get(config, "/dumps/", files::index);
        get(config, "/dumps/{file}", files::dump);
        get(config, "/static/{file}", files::asset);
        get(config, "/catalog", self::catalog);
        get(config, "/.well-known/void", self::voidDescription);
        get(config, "/sitemap.xml", self::sitemap);
        get(config, "/robots.txt", self::robots);
        get(config, "/context.jsonld", self::context);
        config.routes.before(ctx -> ctx.header("X-OGP-Release", release.id()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            ctx.status(e.getStatus());
            ctx.contentType("text/plain;charset=utf-8");
            ctx.result(e.getMessage() + "\n");
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("failed to answer {}", ctx.path(), e);
            ctx.status(500).contentType("text/plain;charset=utf-8")
                    .result("Something went wrong on our side; the error is logged.\n");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                ctx.contentType("text/plain;charset=utf-8");
                ctx.result("Nothing is published at " + ctx.path() + ".\n");
            }
        });
    }

    /** Registers a page for GET and for HEAD (Jetty sends the headers of the GET without its body). */
    private static void get(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /** The SPARQL service description (with VoID), for a GET on the endpoint without a query. */
    void serviceDescription(HttpServletRequest request, HttpServletResponse response) {
        try {
            self.serviceDescription(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
