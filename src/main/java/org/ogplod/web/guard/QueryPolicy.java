package org.ogplod.web.guard;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;

/**
 * Decides, before a query runs, whether the public endpoint runs it: its text and algebra within {@link QueryLimits},
 * only allowed functions, no SERVICE. A refusal is a {@link QueryRefused} with a 400 and a sentence naming the cause.
 * <pre>
 *   QueryPolicy policy = new QueryPolicy(QueryLimits.defaults());
 *   policy.check("SELECT * { ?s ?p ?o }");   // throws QueryRefused for a query the endpoint will not run
 * </pre>
 */
public final class QueryPolicy {
    private final QueryLimits limits;

    public QueryPolicy(QueryLimits limits) {
        this.limits = limits;
    }

    /** Parses {@code text} as Fuseki does (ARQ syntax) and checks it; returns the parsed query. */
    public Query check(String text) {
        if (text.length() > limits.maxQueryChars()) {
            throw QueryRefused.badRequest(String.format("The query is %,d characters long; the limit is %,d.",
                    text.length(), limits.maxQueryChars()));
        }
        try {
            Query query = parse(text);
            check(query);
            return query;
        } catch (StackOverflowError e) {
            // Jena's parser, scope check and algebra compiler recurse over the syntax tree; within the text bound the
            // recursion is bounded too, and an overflow only unwinds request-local objects, so it is safe to answer.
            throw QueryRefused.badRequest("The query is nested too deeply to read; write long chains as IN (...) or "
                    + "VALUES.");
        }
    }

    /** Checks a parsed query's algebra. */
    public void check(Query query) {
        if (query.isJsonType()) {
            throw QueryRefused.badRequest("JSON queries are an ARQ extension this endpoint does not offer; use SELECT.");
        }
        Op op = Algebra.compile(query);
        new AlgebraCheck(limits).walk(op);
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) {
                // Jena's parser turns the overflow of a deeply bracketed query into a parse error without a message.
                throw QueryRefused.badRequest("The query is nested too deeply to read.");
            }
            throw QueryRefused.badRequest("The query does not parse: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String message) {
        String text = message == null ? "syntax error" : message.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 300) + " ..." : text;
    }
}
