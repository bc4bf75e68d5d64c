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
import org.ogplod.web.about.LinksPage;
import org.ogplod.web.about.SelfDescription;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.ReleaseHeader;
import org.ogplod.web.common.Settings;
import org.ogplod.web.editor.EditorAssets;
import org.ogplod.web.editor.QueryPage;
import org.ogplod.web.ld.Fragments;
import org.ogplod.web.ld.ResourcePages;
import org.ogplod.web.ops.Health;
import org.ogplod.web.ops.Metrics;
import org.ogplod.web.pages.ChangesPage;
import org.ogplod.web.pages.LandingPage;
import org.ogplod.web.pages.SearchPage;
import org.ogplod.web.pages.StaticFiles;

/**
 * The Javalin site: every route in one table, handlers on the pages of the release being served, errors mapped
 * once. The pages of a release are built when it comes in; {@link #switchTo} replaces them all at once.
 */
final class Site {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Site.class);

    /** The pages of one release; each reads only its own release, so a request never mixes two. */
    private record View(Release release, ResourcePages resources, SelfDescription self, StaticFiles files,
            LandingPage landing, QueryPage query, Health health, SearchPage search, ChangesPage changes,
            Fragments fragments, LinksPage links) {

        static View of(Settings settings, Release release) {
            return new View(release, new ResourcePages(settings, release), new SelfDescription(settings, release),
                    new StaticFiles(release), new LandingPage(settings, release), new QueryPage(settings, release),
                    new Health(release), new SearchPage(settings, release),
                    new ChangesPage(settings, release), new Fragments(settings, release),
                    new LinksPage(settings, release));
        }
    }

    private final Settings settings;
    private final Metrics metrics;
    private volatile View view;

    Site(Settings settings, Release release, Ontology ontology, Metrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.view = View.of(settings, release);
    }

    /** The id of the release being served. */
    String releaseId() {
        return view.release().id();
    }

    /** Builds the pages of {@code release} and serves them from now on. */
    void switchTo(Release release) {
        view = View.of(settings, release);
        metrics.release(release.id());
    }

    void configure(JavalinConfig config) {
        config.http.generateEtags = false;
        config.http.maxRequestSize = 1_000_000;
        config.router.ignoreTrailingSlashes = false;
        config.http.prefer405over404 = true;
        metrics.install(config);
        get(config, "/", ctx -> view.landing().page(ctx));
        get(config, "/health", ctx -> view.health().check(ctx));
        get(config, "/health/live", Health::live);
        get(config, "/health/ready", ctx -> view.health().check(ctx));
        get(config, "/metrics", metrics::scrape);
        get(config, "/query", ctx -> view.query().page(ctx));
        get(config, "/search", ctx -> view.search().page(ctx));
        get(config, "/fragments", ctx -> view.fragments().page(ctx));
        get(config, "/changes", ctx -> view.changes().page(ctx));
        get(config, "/changes/{file}", ctx -> view.changes().patch(ctx));
        get(config, LinksPage.PATH, ctx -> view.links().page(ctx));
        get(config, "/id/<path>", ctx -> view.resources().identifier(ctx));
        get(config, "/doc/<path>", ctx -> view.resources().document(ctx));
        get(config, "/def/<path>", ctx -> view.resources().definition(ctx));
        get(config, "/.well-known/genid/<path>", ctx -> view.resources().skolem(ctx));
        get(config, "/dumps/", ctx -> view.files().index(ctx));
        get(config, "/dumps/{file}", ctx -> view.files().dump(ctx));
        get(config, "/static/{file}", ctx -> view.files().asset(ctx));
        get(config, EditorAssets.PATH + "{file}", EditorAssets.load()::serve);
        get(config, "/catalog", ctx -> view.self().catalog(ctx));
        get(config, "/.well-known/void", ctx -> view.self().voidDescription(ctx));
        get(config, "/sitemap.xml", ctx -> view.self().sitemap(ctx));
        get(config, "/robots.txt", ctx -> view.self().robots(ctx));
        get(config, "/context.jsonld", ctx -> view.self().context(ctx));
        config.routes.before(ctx -> ReleaseHeader.set(ctx, view.release().id()));
        config.routes.after(Conditional::tagBody);
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            boolean noRoute = e.getStatus() == 404 && e.getMessage().startsWith("Endpoint ");
            ctx.status(e.getStatus());
            ctx.contentType("text/plain;charset=utf-8");
            ctx.result((noRoute ? "Nothing is published at " + ctx.path() + "." : e.getMessage()) + "\n");
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("failed to answer {}", ctx.path(), e);
            ctx.status(500).contentType("text/plain;charset=utf-8")
                    .result("Something went wrong on our side; the error is logged.\n");
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
            view.self().serviceDescription(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
