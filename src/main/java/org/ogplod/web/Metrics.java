package org.ogplod.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** Request counts and latencies per route, queries and timeouts, in the Prometheus text format. */
final class Metrics {

    /** Hooks the site's requests (before and after handlers). */
    void install(JavalinConfig config) {
    }

    /** Records one SPARQL request answered by the endpoint with its status and duration. */
    void recordQuery(int status, long nanos) {
    }

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result("");
    }
}
