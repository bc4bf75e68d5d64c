package org.ogplod.web;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset Fuseki serves: the current release, switchable while the server runs. A transaction stays on the
 * release it began on (pinned to its thread), so a reader sees one complete release, never a mix, and a switch
 * never fails a request in flight.
 */
final class SwitchingDataset extends DatasetGraphWrapper {
    private final AtomicReference<DatasetGraph> current;
    private final ThreadLocal<DatasetGraph> pinned = new ThreadLocal<>();

    SwitchingDataset(DatasetGraph initial, Context context) {
        super(initial, context);
        this.current = new AtomicReference<>(initial);
    }

    /** Makes {@code next} the dataset that new transactions see. */
    void switchTo(DatasetGraph next) {
        current.set(next);
    }

    @Override
    protected DatasetGraph get() {
        DatasetGraph dataset = pinned.get();
        return dataset != null ? dataset : current.get();
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
        DatasetGraph dataset = current.get();
        pinned.set(dataset);
        return dataset;
    }
}
