package org.ogplod.web.ops;

import java.math.BigDecimal;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of durations with fixed upper bounds in seconds; safe to observe from any thread. */
final class Histogram {
    private final double[] bounds;
    private final long[] boundsInNanos;
    /** Observations per bucket, not cumulative; the last one is above every bound. */
    private final LongAdder[] buckets;
    private final LongAdder sumInNanos = new LongAdder();

    Histogram(double... bounds) {
        this.bounds = bounds.clone();
        this.boundsInNanos = new long[bounds.length];
        this.buckets = new LongAdder[bounds.length + 1];
        for (int i = 0; i < bounds.length; i++) {
            if (i > 0 && bounds[i] <= bounds[i - 1]) {
                throw new IllegalArgumentException("histogram bounds must increase");
            }
            boundsInNanos[i] = Math.round(bounds[i] * 1e9);
        }
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void observe(long nanos) {
        int bucket = 0;
        while (bucket < boundsInNanos.length && nanos > boundsInNanos[bucket]) {
            bucket++;
        }
        buckets[bucket].increment();
        sumInNanos.add(Math.max(0, nanos));
    }

    /**
     * Appends the {@code _bucket}, {@code _sum} and {@code _count} lines. {@code labels} is empty or ends with a
     * comma ({@code route="/",}); {@code +Inf} and {@code _count} are the same total, read once.
     */
    void write(StringBuilder out, String name, String labels) {
        long cumulative = 0;
        for (int i = 0; i < bounds.length; i++) {
            cumulative += buckets[i].sum();
            out.append(name).append("_bucket{").append(labels).append("le=\"")
                    .append(BigDecimal.valueOf(bounds[i]).toPlainString()).append("\"} ").append(cumulative)
                    .append('\n');
        }
        cumulative += buckets[bounds.length].sum();
        String plain = labels.isEmpty() ? "" : "{" + labels.substring(0, labels.length() - 1) + "}";
        out.append(name).append("_bucket{").append(labels).append("le=\"+Inf\"} ").append(cumulative).append('\n')
                .append(name).append("_sum").append(plain).append(' ').append(sumInNanos.sum() / 1e9).append('\n')
                .append(name).append("_count").append(plain).append(' ').append(cumulative).append('\n');
    }
}
