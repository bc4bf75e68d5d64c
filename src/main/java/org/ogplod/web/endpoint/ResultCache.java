package org.ogplod.web.endpoint;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Complete query results of the current release, bounded in bytes, least recently used out first. A result only
 * changes with the release, so the key is the query's parameters and the negotiated format, within a release: the
 * entries of one release are dropped as soon as a result of another is kept, and a lookup names its release, so a
 * result is never served for another release. The caller names the release its query ran on.
 */
final class ResultCache {
    /** A result as it was sent: the headers that describe it (media type, caching, Vary) and its bytes. */
    record Entry(Map<String, String> headers, byte[] body) {
    }

    private final long maxBytes;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private String release = "";

    ResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<Entry> get(String releaseId, String key) {
        return releaseId.equals(release) ? Optional.ofNullable(entries.get(key)) : Optional.empty();
    }

    /** Keeps {@code entry} unless it alone is over the bound, evicting the least recently used as needed. */
    synchronized void put(String releaseId, String key, Entry entry) {
        if (!releaseId.equals(release)) {
            entries.clear();
            bytes = 0;
            release = releaseId;
        }
        long size = entry.body().length + key.length();
        if (size > maxBytes) {
            return;
        }
        Entry previous = entries.put(key, entry);
        bytes += size - (previous == null ? 0 : previous.body().length + key.length());
        for (Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator(); bytes > maxBytes; ) {
            Map.Entry<String, Entry> evicted = oldest.next();
            bytes -= evicted.getValue().body().length + evicted.getKey().length();
            oldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }
}
