package org.ogplod.web.guard;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The rows of a SELECT as Fuseki writes them, with a cancellation turned into a {@link QueryRefused}: Fuseki's writer
 * would catch the cancellation itself and append a comment to the rows, which CSV and TSV clients read as data.
 */
final class StoppedRows implements RowSet {
    private final RowSet rows;
    private final Supplier<QueryRefused> stopped;

    StoppedRows(RowSet rows, Supplier<QueryRefused> stopped) {
        this.rows = rows;
        this.stopped = stopped;
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (QueryCancelledException e) {
            throw stopped.get();
        }
    }

    @Override
    public Binding next() {
        try {
            return rows.next();
        } catch (QueryCancelledException e) {
            throw stopped.get();
        }
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return rows.getRowNumber();
    }

    @Override
    public void close() {
        rows.close();
    }
}
