package org.ogplod.web;

import jakarta.servlet.http.HttpServletResponse;

/** Cross-origin access for any origin: the data is public and nothing here uses cookies or credentials. */
final class Cors {
    private Cors() {
    }

    static void addHeaders(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Link, Location, Content-Language, "
                + "Retry-After, X-OGP-Release");
    }

    /** Answers a preflight request: which methods and headers a cross-origin request may use. */
    static void preflight(HttpServletResponse response) {
        response.setStatus(204);
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type, "
                + "If-None-Match, If-Modified-Since, Range");
        response.setHeader("Access-Control-Max-Age", "86400");
    }
}
