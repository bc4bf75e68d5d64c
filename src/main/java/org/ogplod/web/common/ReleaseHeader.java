package org.ogplod.web.common;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code X-OGP-Release}, which names the release an answer was read from: the one place its name is spelled and it
 * is set, for Javalin routes and for the servlet filter in front of {@code /sparql}.
 */
public final class ReleaseHeader {
    public static final String NAME = "X-OGP-Release";

    private ReleaseHeader() {
    }

    /** Names {@code releaseId} on a Javalin response. */
    public static void set(Context ctx, String releaseId) {
        ctx.header(NAME, releaseId);
    }

    /** Names {@code releaseId} on a servlet response. */
    public static void set(HttpServletResponse response, String releaseId) {
        response.setHeader(NAME, releaseId);
    }
}
