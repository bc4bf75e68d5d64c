package org.ogplod.web.guard;

import java.util.regex.Pattern;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** SPARQL's REGEX(text, pattern [, flags]) with a match that stops when its query is cancelled. */
final class BoundedRegex implements Function {
    private Pattern constant;

    @Override
    public void build(String uri, ExprList args, Context context) {
        if (args.size() >= 2 && args.get(1).isConstant() && (args.size() == 2 || args.get(2).isConstant())) {
            try {
                constant = pattern(args, null, null);
            } catch (ExprEvalException e) {
                constant = null;    // reported for each row, as Jena's own REGEX does
            }
        }
    }

    @Override
    public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
        String text = Regexes.string(args.get(0).eval(binding, env), "REGEX");
        Pattern pattern = constant != null ? constant : pattern(args, binding, env);
        return NodeValue.booleanReturn(pattern.matcher(Regexes.cancellable(text, env)).find());
    }

    static Pattern pattern(ExprList args, Binding binding, FunctionEnv env) {
        String pattern = Regexes.string(value(args.get(1), binding, env), "REGEX");
        String flags = args.size() > 2 ? Regexes.string(value(args.get(2), binding, env), "REGEX") : "";
        return Regexes.compile(pattern, flags);
    }

    private static NodeValue value(Expr expr, Binding binding, FunctionEnv env) {
        return expr.isConstant() ? expr.getConstant() : expr.eval(binding, env);
    }
}
