package org.ogplod.web.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * The text a regular expression runs over, which stops the match once its query is cancelled (timeout or a client
 * gone). java.util.regex reads every character through {@link #charAt}, so a backtracking pattern that would run for
 * hours notices the cancellation within a few thousand steps; checking every 4,096th read keeps the cost invisible.
 */
final class CancellableText implements CharSequence {
    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFF) == 0 && cancelled != null && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
