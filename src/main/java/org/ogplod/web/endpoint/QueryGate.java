package org.ogplod.web.endpoint;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The cap on SPARQL queries running at once. Jena cannot interrupt every query shape (regular expressions, some
 * joins), so timeouts alone cannot protect the server: this cap does. A query waits briefly for a place, then is
 * refused, and the pages (which never pass through here) keep answering.
 */
final class QueryGate {
    private final Semaphore places;
    private final Duration wait;

    QueryGate(int maxConcurrent, Duration wait) {
        this.places = new Semaphore(maxConcurrent, true);
        this.wait = wait;
    }

    /** True when a place was taken (release it after the query); false when the server is full. */
    boolean enter() {
        try {
            return places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        places.release();
    }
}
