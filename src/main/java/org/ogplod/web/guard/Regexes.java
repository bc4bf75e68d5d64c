package org.ogplod.web.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** What REGEX and REPLACE share: XPath flags to java.util.regex, string arguments, and the cancellable text. */
final class Regexes {
    private Regexes() {
    }

    /** Compiles an XPath pattern with its flags (i, m, s, x, q), as SPARQL's REGEX and REPLACE define them. */
    static Pattern compile(String pattern, String flags) {
        int javaFlags = 0;
        for (char flag : flags.toCharArray()) {
            javaFlags |= switch (flag) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException("unknown regular expression flag '" + flag + "'");
            };
        }
        try {
            return Pattern.compile(pattern, javaFlags);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("not a regular expression: " + e.getDescription());
        }
    }

    /** The lexical form of a string literal (plain, xsd:string or with a language); an error for anything else. */
    static String string(NodeValue value, String function) {
        if (!value.isString() && !value.isLangString()) {
            throw new ExprEvalException(function + ": not a string: " + value);
        }
        return value.asNode().getLiteralLexicalForm();
    }

    /** The text to match, cancelled with the query that {@code env} belongs to. */
    static CharSequence cancellable(String text, FunctionEnv env) {
        AtomicBoolean cancelled = env == null ? null : Context.getCancelSignal(env.getContext());
        return new CancellableText(text, cancelled);
    }
}
