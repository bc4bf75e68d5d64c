package org.ogplod.web.about;

import java.util.function.Supplier;

/** A value computed on first use and then kept: for what is worked out once per release but not at start-up. */
final class Once<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Once(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T known = value;
        if (known == null) {
            synchronized (this) {
                known = value;
                if (known == null) {
                    known = compute.get();
                    value = known;
                }
            }
        }
        return known;
    }
}
