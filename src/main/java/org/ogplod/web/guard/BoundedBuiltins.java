package org.ogplod.web.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggregateRegistry;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Puts bounded forms in place of the built-ins whose cost a query could make unbounded: REGEX and REPLACE match over
 * text that stops when the query is cancelled, CONCAT, REPLACE, GROUP_CONCAT, ENCODE_FOR_URI, UCASE and LCASE fail the
 * query when they would build a string past the bound. It rewrites the algebra before Jena's optimizer (whose constant
 * folding would otherwise run a constant REGEX uncancellably), through the optimizer hook of the dataset's context, so
 * every query over that dataset gets it and nothing else does.
 */
public final class BoundedBuiltins {
    private static final String NAMESPACE = "urn:ogp-lod:bounded#";
    static final String REGEX = NAMESPACE + "regex";
    static final String REPLACE = NAMESPACE + "replace";
    static final String CONCAT = NAMESPACE + "concat";
    static final String RESULT = NAMESPACE + "result";
    static final String GROUP_CONCAT = NAMESPACE + "group-concat";

    private BoundedBuiltins() {
    }

    /** Makes every query run with {@code context} use the bounded built-ins, strings bounded by {@code limits}. */
    public static void install(Context context, QueryLimits limits) {
        register();
        context.set(StringBound.SYMBOL, limits.maxStringChars());
        RewriteFactory standard = Optimize.getFactory();
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) queryContext -> op -> standard
                .create(queryContext).rewrite(rewrite(op)));
    }

    /** The bounded forms of {@code op}'s built-ins. */
    static Op rewrite(Op op) {
        return Walker.transform(op, new Groups(), new Functions());
    }

    private static synchronized void register() {
        FunctionRegistry functions = FunctionRegistry.get();
        if (!functions.isRegistered(REGEX)) {
            functions.put(REGEX, uri -> new BoundedRegex());
            functions.put(REPLACE, uri -> new BoundedReplace());
            functions.put(CONCAT, uri -> new BoundedConcat());
            functions.put(RESULT, uri -> new BoundedResult());
            AggregateRegistry.register(GROUP_CONCAT, new BoundedGroupConcat(), NodeValue.nvEmptyString.asNode());
        }
    }

    /** Built-in functions to their bounded forms. */
    private static final class Functions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunction1 function, Expr argument) {
            Expr copy = super.transform(function, argument);
            boolean grows = function instanceof E_StrEncodeForURI || function instanceof E_StrUpperCase
                    || function instanceof E_StrLowerCase;
            if (!grows) {
                return copy;
            }
            ExprList arguments = new ExprList(copy);
            arguments.add(NodeValue.makeString(function.getFunctionSymbol().getSymbol().toUpperCase(Locale.ROOT)));
            return new E_Function(RESULT, arguments);
        }

        @Override
        public Expr transform(ExprFunctionN function, ExprList arguments) {
            String bounded = function instanceof E_Regex ? REGEX : function instanceof E_StrReplace ? REPLACE
                    : function instanceof E_StrConcat ? CONCAT : null;
            return bounded == null ? super.transform(function, arguments) : new E_Function(bounded, arguments);
        }
    }

    /** GROUP_CONCAT to its bounded form; the separator travels as a constant second argument. */
    private static final class Groups extends TransformCopy {
        @Override
        public Op transform(OpGroup group, Op input) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            for (ExprAggregator aggregator : group.getAggregators()) {
                aggregators.add(new ExprAggregator(aggregator.getVar(), bounded(aggregator.getAggregator())));
            }
            return OpGroup.create(input, group.getGroupVars(), aggregators);
        }

        private static Aggregator bounded(Aggregator aggregator) {
            String separator;
            if (aggregator instanceof AggGroupConcat concat) {
                separator = concat.getSeparator();
            } else if (aggregator instanceof AggGroupConcatDistinct concat) {
                separator = concat.getSeparator();
            } else {
                return aggregator;
            }
            ExprList arguments = new ExprList(aggregator.getExprList().get(0));
            arguments.add(NodeValue.makeString(separator == null ? " " : separator));
            return new AggCustom(GROUP_CONCAT, aggregator instanceof AggGroupConcatDistinct, arguments);
        }
    }
}
