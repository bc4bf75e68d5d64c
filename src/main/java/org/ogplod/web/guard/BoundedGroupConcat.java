package org.ogplod.web.guard;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorFactory;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * GROUP_CONCAT whose result may not pass the string bound. Its arguments are the expression and the separator (a
 * constant), which is how {@link BoundedBuiltins} rewrites SPARQL's GROUP_CONCAT into this custom aggregate.
 */
final class BoundedGroupConcat implements AccumulatorFactory {
    @Override
    public Accumulator createAccumulator(AggCustom aggregate, boolean distinct) {
        Expr expr = aggregate.getExprList().get(0);
        String separator = aggregate.getExprList().get(1).getConstant().asNode().getLiteralLexicalForm();
        return new Concatenation(expr, separator, distinct ? new HashSet<>() : null);
    }

    /** The values of one group so far. */
    private static final class Concatenation implements Accumulator {
        private final Expr expr;
        private final String separator;
        private final Set<NodeValue> seen;
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        Concatenation(Expr expr, String separator, Set<NodeValue> seen) {
            this.expr = expr;
            this.separator = separator;
            this.seen = seen;
        }

        @Override
        public void accumulate(Binding binding, FunctionEnv env) {
            NodeValue value;
            try {
                value = expr.eval(binding, env);
            } catch (ExprEvalException e) {
                return;    // an unbound or failing value is skipped, as SPARQL's GROUP_CONCAT does
            }
            if (seen != null && !seen.add(value)) {
                return;
            }
            String lexical = value.asString();
            StringBound.of(env).check((long) text.length() + separator.length() + lexical.length(), "GROUP_CONCAT");
            text.append(first ? "" : separator).append(lexical);
            first = false;
        }

        @Override
        public NodeValue getValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
