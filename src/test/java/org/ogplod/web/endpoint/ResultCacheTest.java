package org.ogplod.web.endpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The result cache alone: its byte bound, least recently used out first, and one release at a time. */
class ResultCacheTest {
    private static ResultCache.Entry entry(int bytes) {
        return new ResultCache.Entry(Map.of("Content-Type", "text/csv"), new byte[bytes]);
    }

    @Test
    void aKeptResultIsFoundUnderItsReleaseOnly() {
        ResultCache cache = new ResultCache(1000);
        byte[] body = "n\r\n663\r\n".getBytes(StandardCharsets.UTF_8);
        cache.put("r1", "q", new ResultCache.Entry(Map.of("Content-Type", "text/csv"), body));
        assertArrayEquals(body, cache.get("r1", "q").orElseThrow().body());
        assertEquals(Map.of("Content-Type", "text/csv"), cache.get("r1", "q").orElseThrow().headers());
        assertTrue(cache.get("r2", "q").isEmpty(), "another release's result is never served");
        assertTrue(cache.get("r1", "other").isEmpty());
    }

    @Test
    void aResultOfAnotherReleaseDropsEveryEntryOfTheOldOne() {
        ResultCache cache = new ResultCache(1000);
        cache.put("r1", "a", entry(10));
        cache.put("r1", "b", entry(10));
        cache.put("r2", "c", entry(10));
        assertTrue(cache.get("r1", "a").isEmpty());
        assertTrue(cache.get("r2", "a").isEmpty());
        assertTrue(cache.get("r2", "c").isPresent());
        assertEquals(11, cache.bytes(), "only the new release's entry is counted");
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenTheBoundIsReached() {
        ResultCache cache = new ResultCache(300);
        cache.put("r", "a", entry(99));
        cache.put("r", "b", entry(99));
        cache.put("r", "c", entry(99));
        assertTrue(cache.get("r", "a").isPresent(), "a is now the most recently used");
        cache.put("r", "d", entry(99));
        assertTrue(cache.get("r", "b").isEmpty(), "b was the least recently used");
        assertTrue(cache.get("r", "a").isPresent());
        assertTrue(cache.get("r", "c").isPresent());
        assertTrue(cache.get("r", "d").isPresent());
        assertTrue(cache.bytes() <= 300, "bytes " + cache.bytes());
    }

    @Test
    void aResultLargerThanTheWholeBoundIsNotKeptAndEvictsNothing() {
        ResultCache cache = new ResultCache(100);
        cache.put("r", "a", entry(50));
        cache.put("r", "huge", entry(101));
        assertTrue(cache.get("r", "huge").isEmpty());
        assertTrue(cache.get("r", "a").isPresent());
        assertEquals(51, cache.bytes());
    }

    @Test
    void replacingAnEntryCountsItsBytesOnce() {
        ResultCache cache = new ResultCache(1000);
        cache.put("r", "a", entry(100));
        cache.put("r", "a", entry(40));
        assertEquals(41, cache.bytes());
        assertEquals(40, cache.get("r", "a").orElseThrow().body().length);
    }
}
