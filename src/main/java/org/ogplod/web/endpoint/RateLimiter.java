package org.ogplod.web.endpoint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average, bursts up to the same number. The table
 * of clients is bounded: when it fills, buckets that have refilled completely (idle clients) are dropped.
 */
final class RateLimiter {
    private static final int MAX_CLIENTS = 100_000;

    private final double perNano;
    private final double capacity;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** {@code perMinute} of 0 turns the limit off. */
    RateLimiter(int perMinute) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
    }

    boolean enabled() {
        return capacity > 0;
    }

    /** Takes one token for {@code client}; returns 0 when allowed, else the seconds to wait before retrying. */
    long acquire(String client, long now) {
        if (!enabled()) {
            return 0;
        }
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(capacity, now));
        return bucket.take(now);
    }

    /** One client's tokens. */
    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
        }
    }
}
