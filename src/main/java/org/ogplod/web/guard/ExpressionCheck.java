package org.ogplod.web.guard;

import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.expr.aggregate.AggFoldList;
import org.apache.jena.sparql.expr.aggregate.AggFoldMap;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * Checks one expression tree: every function called is a SPARQL built-in or on the allow-list, and the tree stays
 * within the node and nesting bounds. It recurses itself (not with Jena's ExprWalker) because the recursion must stop
 * at the nesting bound: a 100,000-term sum would overflow the stack of any walker that goes down first.
 */
final class ExpressionCheck {
    private final AlgebraCheck algebra;

    ExpressionCheck(AlgebraCheck algebra) {
        this.algebra = algebra;
    }

    /** Checks {@code expr}; constants and variables are free, every call and aggregate counts towards the bounds. */
    void check(Expr expr, int depth) {
        if (expr.isConstant() || expr.isVariable()) {
            return;
        }
        algebra.count(depth + 1);
        if (expr instanceof ExprAggregator aggregator) {
            aggregate(aggregator.getAggregator(), depth);
        } else if (expr instanceof ExprFunctionOp exists) {
            algebra.walk(exists.getGraphPattern());
        } else if (expr instanceof ExprFunction function) {
            function(function);
            for (Expr argument : function.getArgs()) {
                check(argument, depth + 1);
            }
        }
    }

    private void function(ExprFunction function) {
        if (function instanceof E_Call) {
            throw QueryRefused.badRequest("CALL is not available: it would let a query choose any function.");
        }
        if (function instanceof E_Function named && !FunctionAllowList.allowsFunction(named.getFunctionIRI())) {
            throw QueryRefused.badRequest("The function <" + named.getFunctionIRI() + "> is not available on this "
                    + "endpoint; README \"Security and limits\" lists the functions that are.");
        }
    }

    private void aggregate(Aggregator aggregator, int depth) {
        if (aggregator instanceof AggCustom custom) {
            throw QueryRefused.badRequest("The aggregate <" + custom.getIRI() + "> is not available on this "
                    + "endpoint.");
        }
        if (aggregator instanceof AggFoldList || aggregator instanceof AggFoldMap) {
            throw QueryRefused.badRequest("FOLD is not available: it builds lists of unbounded size.");
        }
        if (aggregator.getExprList() != null) {
            aggregator.getExprList().forEach(argument -> check(argument, depth + 1));
        }
    }
}
