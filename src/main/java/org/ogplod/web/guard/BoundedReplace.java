package org.ogplod.web.guard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's REPLACE(text, pattern, replacement [, flags]) with a cancellable match and a result that may not grow past
 * the string bound: the replacement is built piece by piece and the query fails as soon as it would.
 */
final class BoundedReplace implements Function {
    @Override
    public void build(String uri, ExprList args, Context context) {
    }

    @Override
    public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
        NodeValue input = args.get(0).eval(binding, env);
        String text = Regexes.string(input, "REPLACE");
        String pattern = Regexes.string(args.get(1).eval(binding, env), "REPLACE");
        String replacement = Regexes.string(args.get(2).eval(binding, env), "REPLACE");
        String flags = args.size() > 3 ? Regexes.string(args.get(3).eval(binding, env), "REPLACE") : "";
        Pattern compiled = Regexes.compile(pattern, flags);
        if (compiled.matcher("").matches()) {
            throw new ExprEvalException("REPLACE: the pattern matches the empty string");
        }
        String result = replace(compiled.matcher(Regexes.cancellable(text, env)), replacement,
                StringBound.of(env));
        String language = input.isLangString() ? input.asNode().getLiteralLanguage() : "";
        return language.isEmpty() ? NodeValue.makeString(result)
                : NodeValue.makeNode(NodeFactory.createLiteralLang(result, language));
    }

    private static String replace(Matcher matcher, String replacement, StringBound bound) {
        StringBuilder result = new StringBuilder();
        try {
            while (matcher.find()) {
                matcher.appendReplacement(result, replacement);
                bound.check(result.length(), "REPLACE");
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
        }
        matcher.appendTail(result);
        bound.check(result.length(), "REPLACE");
        return result.toString();
    }
}
