package org.ogplod.web.guard;

import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Symbol;

/** The most characters a string built by a query may have; crossing it fails the whole query with a 400. */
record StringBound(int maxChars) {
    /** Where a dataset's context keeps the bound, so that every query over it finds it. */
    static final Symbol SYMBOL = Symbol.create("urn:ogp-lod:maxStringChars");

    /** The bound of the query that {@code env} belongs to, or the default outside one. */
    static StringBound of(FunctionEnv env) {
        Object value = env == null || env.getContext() == null ? null : env.getContext().get(SYMBOL);
        return new StringBound(value instanceof Integer chars ? chars : QueryLimits.defaults().maxStringChars());
    }

    void check(long length, String function) {
        if (length > maxChars) {
            throw QueryRefused.badRequest(String.format("%s would build a string of more than %,d characters, the "
                    + "limit for one value; the query was stopped.", function, maxChars));
        }
    }
}
