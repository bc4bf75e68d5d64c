package org.ogplod.web;

/** Conditional GET: whether an {@code If-None-Match} header names an entity tag (lists, weak tags and {@code *}). */
final class Conditional {
    private Conditional() {
    }

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
}
