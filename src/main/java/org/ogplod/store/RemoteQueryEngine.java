package org.ogplod.store;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.lib.Closeable;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpNull;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanBase;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a whole query on the remote engine that holds the release, instead of pulling triples to Jena one pattern at a
 * time: the engine's own optimiser and indexes answer, over the release's graph alone. Jena still writes the results
 * (every format Fuseki offers), builds CONSTRUCT and DESCRIBE answers from the rows, and enforces the timeout, which
 * aborts the remote request. Chosen for any dataset whose data is a {@link RemoteGraph}.
 */
final class RemoteQueryEngine implements QueryEngineFactory {
    private static final RemoteQueryEngine INSTANCE = new RemoteQueryEngine();
    private static final String TEXT = "http://jena.apache.org/text#";

    private RemoteQueryEngine() {
    }

    /** Makes Jena send queries over remote releases to their engine (once per process). */
    static synchronized void register() {
        if (!QueryEngineRegistry.get().contains(INSTANCE)) {
            QueryEngineRegistry.addFactory(INSTANCE);
        }
    }

    /**
     * Whole queries over a remote release, except those that use full-text search: the index is here, not in the
     * engine, so Jena runs those itself (the index for {@code text:query}, the engine for each other pattern).
     */
    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return remote(dataset) != null && !searchesText(query);
    }

    private static boolean searchesText(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementPathBlock block) {
                    block.patternElts().forEachRemaining(path -> found[0] |= path.getPredicate() != null
                            && path.getPredicate().isURI() && path.getPredicate().getURI().startsWith(TEXT));
                }
            });
        }
        return found[0];
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        throw new UnsupportedOperationException("a remote release runs whole queries only");
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        RemoteGraph graph = remote(dataset);
        ExecutionContext execution = ExecutionContext.create(dataset, context);
        Query rows = rowsOf(query);
        if (rows.getQueryPattern() instanceof ElementGroup group && group.isEmpty() && !rows.hasAggregators()
                && !rows.hasGroupBy() && !rows.hasValues()) {
            // DESCRIBE <iri> without a WHERE clause: one empty row, nothing to ask.
            return new RemotePlan(QueryIterPlainWrapper.create(java.util.List.of(inputBinding).iterator(), execution),
                    () -> {
                    });
        }
        QueryExec exec = graph.service().query(rows.serialize(), graph.graphIri(), timeout(context));
        Iterator<Binding> bindings = exec.select();
        return new RemotePlan(new Rows(bindings, exec, execution), exec::close);
    }

    /** The query as one that returns rows: SELECT as it is; ASK, CONSTRUCT and DESCRIBE as the rows they use. */
    private static Query rowsOf(Query query) {
        if (query.isSelectType()) {
            return query;
        }
        Query rows = query.cloneQuery();
        if (query.isConstructType()) {
            List<Var> used = query.getConstructTemplate().getTriples().stream()
                    .flatMap(triple -> java.util.stream.Stream.of(triple.getSubject(), triple.getPredicate(),
                            triple.getObject()))
                    .filter(Var::isVar).map(Var::alloc).distinct().toList();
            if (!used.isEmpty()) {
                // Only the rows the template uses; distinct when that cannot change the answer (no LIMIT counting
                // rows, no blank node minted per row), so the engine, not Jena, removes what would repeat a triple.
                rows.setQuerySelectType();
                rows.setQueryResultStar(false);
                rows.getProject().clear();
                used.forEach(rows::addResultVar);
                boolean mintsBlankNodes = query.getConstructTemplate().getTriples().stream().anyMatch(triple ->
                        triple.getSubject().isBlank() || triple.getObject().isBlank());
                rows.setDistinct(!query.hasLimit() && !query.hasOffset() && !mintsBlankNodes);
                return rows;
            }
        }
        if (rows.getQueryPattern() == null) {
            rows.setQueryPattern(new ElementGroup());
        }
        rows.setQuerySelectType();
        rows.setQueryResultStar(true);
        if (query.isAskType()) {
            rows.setLimit(1);
        }
        return rows;
    }

    /** The server-side timeout set for the query, as the remote request's bound too (none: zero). */
    private static Duration timeout(Context context) {
        Object timeout = context == null ? null : context.get(ARQ.queryTimeout);
        if (timeout == null) {
            return Duration.ZERO;
        }
        String text = timeout.toString().split(",")[0].strip();
        try {
            return Duration.ofMillis(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    /** The remote graph under a dataset's wrappers (read-only, text, switching), or null when the data is local. */
    private static RemoteGraph remote(DatasetGraph dataset) {
        DatasetGraph unwrapped = dataset;
        for (int depth = 0; depth < 16 && unwrapped instanceof DatasetGraphWrapper wrapper; depth++) {
            unwrapped = wrapper.getWrapped();
        }
        return unwrapped != null && unwrapped.getDefaultGraph() instanceof RemoteGraph graph ? graph : null;
    }

    private static final class RemotePlan extends PlanBase {
        private final QueryIterator rows;

        RemotePlan(QueryIterator rows, Closeable onClose) {
            super(OpNull.create(), onClose);
            this.rows = rows;
        }

        @Override
        protected QueryIterator iteratorOnce() {
            return rows;
        }
    }

    /** The remote rows as Jena's iterator; cancelling it (a timeout, a client gone) aborts the remote request. */
    private static final class Rows extends QueryIterPlainWrapper {
        private final QueryExec exec;

        Rows(Iterator<Binding> rows, QueryExec exec, ExecutionContext context) {
            super(rows, context);
            this.exec = exec;
        }

        @Override
        protected void requestCancel() {
            exec.abort();
        }

        @Override
        protected void closeIterator() {
            super.closeIterator();
            exec.close();
        }
    }
}
