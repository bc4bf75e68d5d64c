package org.ogplod.web.endpoint;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset Fuseki serves: the current release, switchable while the server runs. A transaction stays on the
 * release it began on (pinned to its thread), so a reader sees one complete release, never a mix, and a switch
 * never fails a request in flight. Each thread remembers which release its last transaction read, so that a result
 * can be filed under the release it was computed from.
 */
public final class SwitchingDataset extends DatasetGraphWrapper {
    /** A release's id and its triples. */
    private record Served(String release, DatasetGraph dataset) {
    }

    private final AtomicReference<Served> current;
    private final ThreadLocal<Served> pinned = new ThreadLocal<>();
    private final ThreadLocal<String> lastRead = new ThreadLocal<>();
    private final ThreadLocal<Served> chosen = new ThreadLocal<>();

    public SwitchingDataset(String release, DatasetGraph initial, Context context) {
        super(initial, context);
        this.current = new AtomicReference<>(new Served(release, initial));
    }

    /** Makes {@code next}, the triples of {@code release}, the dataset that new transactions see. */
    public void switchTo(String release, DatasetGraph next) {
        current.set(new Served(release, next));
    }

    /**
     * Chooses, for this thread until {@link #forget()}, the release new transactions see now, and returns its id: a
     * request that names its release before its query begins then reads that release, even across a switch.
     */
    String choose() {
        Served served = current.get();
        chosen.set(served);
        return served.release();
    }

    /** Forgets this thread's chosen release. */
    void forget() {
        chosen.remove();
    }

    /** The release new transactions see. */
    String release() {
        return current.get().release();
    }

    /** The release this thread's last transaction read, or null if none began since the last call; then forgets it. */
    String takeLastRead() {
        String release = lastRead.get();
        lastRead.remove();
        return release;
    }

    @Override
    protected DatasetGraph get() {
        Served served = pinned.get();
        return (served != null ? served : current.get()).dataset();
    }

    @Override
    protected DatasetGraph getR() {
        return get();
    }

    @Override
    protected DatasetGraph getW() {
        return get();
    }

    @Override
    protected DatasetGraph getT() {
        return get();
    }

    @Override
    public void begin() {
        pin().begin();
    }

    @Override
    public void begin(TxnType type) {
        pin().begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        pin().begin(mode);
    }

    @Override
    public void end() {
        try {
            get().end();
        } finally {
            pinned.remove();
        }
    }

    private DatasetGraph pin() {
        Served served = chosen.get() != null ? chosen.get() : current.get();
        pinned.set(served);
        lastRead.set(served.release());
        return served.dataset();
    }
}
