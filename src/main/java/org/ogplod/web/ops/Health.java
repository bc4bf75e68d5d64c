package org.ogplod.web.ops;

import io.javalin.http.Context;

/**
 * {@code GET /health} and {@code /health/ready}: 200 with the release id when a release is open, its pages are built
 * and its store answers a tiny read, 503 with a sentence when not; {@code /health/live}: 200 while the process can
 * answer at all, without touching the store, so an orchestrator restarts only a process that is stuck. A load
 * balancer may poll often, so the read touches one triple only.
 */
public final class Health {
    /** The outcome of one check: an HTTP status and the sentence to send. */
    record Status(int code, String sentence) {
    }

    private final String releaseId;
    private final java.util.function.BooleanSupplier holdsTriples;

    public Health(org.ogplod.store.Release release) {
        this(release.id(), release::holdsTriples);
    }

    public Health(String releaseId, java.util.function.BooleanSupplier holdsTriples) {
        this.releaseId = releaseId;
        this.holdsTriples = holdsTriples;
    }

    /** {@code GET /health/live}: the process answers; nothing else is checked. */
    public static void live(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain;charset=utf-8").result("alive\n");
    }

    public void check(Context ctx) {
        Status status = probe();
        ctx.header("Cache-Control", "no-store");
        ctx.status(status.code()).contentType("text/plain;charset=utf-8").result(status.sentence() + "\n");
    }

    /** Asks the store whether the release holds a triple. */
    Status probe() {
        boolean holdsData;
        try {
            holdsData = holdsTriples.getAsBoolean();
        } catch (RuntimeException e) {
            return new Status(503, "The store of release " + releaseId + " cannot be read: " + e.getMessage());
        }
        if (!holdsData) {
            return new Status(503, "The store of release " + releaseId + " can be read but holds no triples.");
        }
        return new Status(200, "ok " + releaseId);
    }
}
