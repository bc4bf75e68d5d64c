package org.ogplod.web.common;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Conditional GET (RFC 9110, section 13), the one place every route asks it: a route gives the entity tag of what it
 * would send, and sends nothing more when the client's copy is current.
 */
public final class Conditional {
    private Conditional() {
    }

    /** The entity tag of a representation that changes only with the release: {@code "<release>-<variant>"}. */
    public static String releaseTag(String releaseId, String variant) {
        return "\"" + releaseId + "-" + variant + "\"";
    }

    /** Sets {@code ETag}; answers 304 and returns true when {@code If-None-Match} names the tag (then stop). */
    public static boolean notModified(Context ctx, String etag) {
        return notModified(ctx, etag, null);
    }

    /**
     * As above, with a {@code Last-Modified} date (RFC 1123 form), which answers {@code If-Modified-Since} when the
     * request has no {@code If-None-Match}.
     */
    public static boolean notModified(Context ctx, String etag, String lastModified) {
        ctx.header("ETag", etag);
        if (lastModified != null) {
            ctx.header("Last-Modified", lastModified);
        }
        String ifNoneMatch = ctx.header("If-None-Match");
        boolean current = ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : notModifiedSince(lastModified, ctx.header("If-Modified-Since"));
        if (current) {
            ctx.status(304);
        }
        return current;
    }

    /**
     * For a successful GET or HEAD whose route set no entity tag and allows caching: a strong tag made from the bytes
     * it is about to send (the search and query pages, robots.txt, the JSON-LD context), and a 304 when the client's
     * copy is current. Run after the route.
     */
    public static void tagBody(Context ctx) {
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        if (!read || ctx.statusCode() != 200 || ctx.res().getHeader("ETag") != null
                || String.valueOf(ctx.res().getHeader("Cache-Control")).contains("no-store")
                || !(ctx.resultInputStream() instanceof ByteArrayInputStream body)) {
            return;
        }
        byte[] bytes = body.readAllBytes();
        body.reset();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            if (notModified(ctx, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"")) {
                ctx.result(new byte[0]);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** The same for the servlet that answers SPARQL requests. */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** Whether an {@code If-None-Match} header names an entity tag: lists, weak tags and {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a representation last modified at {@code lastModified} is no newer than {@code ifModifiedSince}. */
    private static boolean notModifiedSince(String lastModified, String ifModifiedSince) {
        if (lastModified == null || ifModifiedSince == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return false; // RFC 9110: an invalid date is ignored
        }
    }
}
