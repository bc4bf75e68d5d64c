package org.ogplod.web.guard;

/**
 * A query the endpoint will not run, or stopped, with the HTTP status and the sentence the client gets. It carries no
 * stack trace: it is an answer, not a fault, and the log stays clean.
 */
public final class QueryRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public QueryRefused(int status, String sentence) {
        super(sentence, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** A 400 for a query that asks for something this endpoint does not do. */
    static QueryRefused badRequest(String sentence) {
        return new QueryRefused(400, sentence);
    }
}
