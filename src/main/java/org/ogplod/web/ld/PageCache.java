package org.ogplod.web.ld;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered responses of one release, by request key. A release never changes, so entries are always correct; the
 * cache starts over when full rather than tracking use.
 */
final class PageCache {
    /** A response body with its media type and language. */
    record Rendered(byte[] body, String contentType, String language) {
    }

    private static final int CAPACITY = 4096;
    private final Map<String, Rendered> entries = new ConcurrentHashMap<>();

    /** The cached response, or the newly rendered one; null (and nothing cached) when there is nothing to render. */
    Rendered get(String key, Supplier<Rendered> render) {
        Rendered cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Rendered rendered = render.get();
        if (rendered == null) {
            return null;
        }
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(key, rendered);
        return rendered;
    }
}
