package org.ogplod.web.guard;

/**
 * The bounds on one query: its text, its algebra (operators plus expression terms, and how deeply they nest) and the
 * strings its expressions and aggregates may build. README "Security and limits" lists the defaults.
 */
public record QueryLimits(int maxQueryChars, int maxAlgebraNodes, int maxNesting, int maxStringChars) {
    public QueryLimits {
        if (maxQueryChars < 1024 || maxAlgebraNodes < 100 || maxNesting < 16 || maxStringChars < 1024) {
            throw new IllegalArgumentException("query limits this small would refuse ordinary queries");
        }
    }

    /** 100,000 characters of text, 5,000 operators and terms nested at most 200 deep, strings up to 1,048,576 characters. */
    public static QueryLimits defaults() {
        return new QueryLimits(100_000, 5_000, 200, 1 << 20);
    }
}
