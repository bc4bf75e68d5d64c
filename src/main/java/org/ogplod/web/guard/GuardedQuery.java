package org.ogplod.web.guard;

import java.time.Duration;
import java.util.function.BiFunction;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's query operation behind the {@link QueryPolicy}: a query is checked before it runs, a refusal or a bound
 * crossed while running becomes its status with a sentence, a timeout a 503 with a sentence, and a query whose client
 * has gone is aborted at once.
 */
public final class GuardedQuery extends SPARQL_QueryDataset {
    private static final String WATCH = GuardedQuery.class.getName() + ".watch";

    private final QueryPolicy policy;
    private final Duration timeout;
    private final BiFunction<HttpServletRequest, Runnable, AutoCloseable> onClientGone;

    /**
     * {@code onClientGone} runs its action when the client of the request disconnects; the watch it returns is closed
     * when the query ends.
     */
    public GuardedQuery(QueryPolicy policy, Duration timeout,
            BiFunction<HttpServletRequest, Runnable, AutoCloseable> onClientGone) {
        this.policy = policy;
        this.timeout = timeout;
        this.onClientGone = onClientGone;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            policy.check(queryString == null ? "" : queryString);
            super.execute(queryString, action);
        } catch (QueryRefused refused) {
            ServletOps.error(refused.status(), refused.getMessage());
        } catch (QueryCancelledException cancelled) {
            ServletOps.error(503, stopped(action.getRequest()).getMessage());
        } finally {
            closeWatch(action.getRequest());
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        action.getRequest().setAttribute(WATCH, onClientGone.apply(action.getRequest(), exec::abort));
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        return result.isRowSet()
                ? new QueryExecResult(new StoppedRows(result.rowSet(), () -> stopped(action.getRequest()))) : result;
    }

    private QueryRefused stopped(HttpServletRequest request) {
        return new QueryRefused(503, "The query timed out: it did not finish within the time limit of "
                + limit(request) + " s and was stopped; narrow it (LIMIT, more specific patterns) and try again.");
    }

    /**
     * The limit the query ran under, in seconds: the server's, or a shorter one the client asked for (Fuseki takes
     * whole seconds only, and ignores anything else).
     */
    private long limit(HttpServletRequest request) {
        long seconds = timeout.toSeconds();
        try {
            String asked = request.getParameter("timeout");
            long client = asked == null ? seconds : Long.parseLong(asked.strip());
            return client > 0 && client < seconds ? client : seconds;
        } catch (NumberFormatException ignored) {
            return seconds;
        }
    }

    private static void closeWatch(HttpServletRequest request) {
        if (request.getAttribute(WATCH) instanceof AutoCloseable watch) {
            request.removeAttribute(WATCH);
            try {
                watch.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
