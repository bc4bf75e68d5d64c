package org.ogplod.web.endpoint;

import jakarta.servlet.http.HttpServletResponse;
import org.ogplod.web.common.ReleaseHeader;

/** Headers on every response, errors included: CORS for any origin and the usual hardening of pages. */
public final class SecurityHeaders {
    /** Scripts, styles and images from this site only; nothing may frame the pages; forms post only here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** The same headers on a response Jetty answers itself, before any servlet (malformed URI, oversized header). */
    public static void add(org.eclipse.jetty.http.HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Access-Control-Allow-Origin", "*");
    }

    public static void add(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Link, Location, Content-Language, "
                + "Retry-After, " + ReleaseHeader.NAME + ", X-OGP-Result, X-OGP-Cache");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }

    /** Answers a CORS preflight request: which methods and headers a cross-origin request may use. */
    static void preflight(HttpServletResponse response) {
        response.setStatus(204);
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type, "
                + "If-None-Match, If-Modified-Since, Range");
        response.setHeader("Access-Control-Max-Age", "86400");
    }
}
