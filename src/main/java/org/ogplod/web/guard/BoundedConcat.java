package org.ogplod.web.guard;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** SPARQL's CONCAT, refused before anything is built when the result would pass the string bound. */
final class BoundedConcat implements Function {
    @Override
    public void build(String uri, ExprList args, Context context) {
    }

    @Override
    public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
        List<NodeValue> values = new ArrayList<>(args.size());
        long length = 0;
        for (Expr arg : args) {
            NodeValue value = arg.eval(binding, env);
            if (value.isLiteral()) {
                length += value.asNode().getLiteralLexicalForm().length();
            }
            values.add(value);
        }
        StringBound.of(env).check(length, "CONCAT");
        return XSDFuncOp.strConcat(values);
    }
}
