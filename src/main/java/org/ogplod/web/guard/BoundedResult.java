package org.ogplod.web.guard;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * Wraps a built-in that grows its argument by a small factor (ENCODE_FOR_URI triples it, UCASE can double it) and
 * fails the query when the result passes the string bound, so that nesting such calls cannot grow a value without end.
 * Its arguments are the call and the built-in's name, for the sentence.
 */
final class BoundedResult implements Function {
    @Override
    public void build(String uri, ExprList args, Context context) {
    }

    @Override
    public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
        NodeValue value = args.get(0).eval(binding, env);
        if (value.isLiteral()) {
            StringBound.of(env).check(value.asNode().getLiteralLexicalForm().length(),
                    args.get(1).getConstant().getString());
        }
        return value;
    }
}
