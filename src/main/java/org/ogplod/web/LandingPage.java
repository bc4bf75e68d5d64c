package org.ogplod.web;

import io.javalin.http.Context;
import org.ogplod.store.Release;

/** The landing page {@code /}: what the data is, counts, charts, example queries and links to everything. */
final class LandingPage {
    private final Settings settings;
    private final Release release;

    LandingPage(Settings settings, Release release) {
        this.settings = settings;
        this.release = release;
    }

    void page(Context ctx) {
        ctx.html(Html.page("Open Government Partnership commitments", "en", release.id(),
                "<h1>Open Government Partnership commitments as Linked Open Data</h1>"));
    }
}
