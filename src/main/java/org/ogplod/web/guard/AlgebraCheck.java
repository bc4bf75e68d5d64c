package org.ogplod.web.guard;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpVisitorByType;
import org.apache.jena.sparql.algebra.op.Op0;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;

/**
 * One pass over a query's algebra: counts operators and expression terms, bounds how deeply they nest, and hands
 * every expression and every predicate to the function checks. Jena's {@link Walker} visits the operators; the
 * nesting is counted on the way down, so a bomb is refused before the walk itself goes deep.
 */
final class AlgebraCheck {
    private final QueryLimits limits;
    private final ExpressionCheck expressions;
    private int nodes;
    private int nesting;

    AlgebraCheck(QueryLimits limits) {
        this.limits = limits;
        this.expressions = new ExpressionCheck(this);
    }

    /** Walks {@code op}, throwing {@link QueryRefused} at the first bound crossed or function refused. */
    void walk(Op op) {
        Walker.walk(op, new Contents(), null, new Depth(+1), new Depth(-1));
    }

    /** Counts one more operator or expression term at {@code depth} levels below where it started. */
    void count(int depth) {
        if (++nodes > limits.maxAlgebraNodes()) {
            throw QueryRefused.badRequest("The query has more than " + limits.maxAlgebraNodes()
                    + " operators and expression terms; split it into smaller queries.");
        }
        if (nesting + depth > limits.maxNesting()) {
            throw QueryRefused.badRequest("The query nests operators and expressions more than "
                    + limits.maxNesting() + " levels deep; write long chains as IN (...) or VALUES.");
        }
    }

    /** Counts the operators on the way down and back up. */
    private final class Depth extends OpVisitorByType {
        private final int step;

        Depth(int step) {
            this.step = step;
        }

        private void step() {
            if (step > 0) {
                count(1);
            }
            nesting += step;
        }

        @Override
        protected void visitN(OpN op) {
            step();
        }

        @Override
        protected void visit2(Op2 op) {
            step();
        }

        @Override
        protected void visit1(Op1 op) {
            step();
        }

        @Override
        protected void visit0(Op0 op) {
            step();
        }

        @Override
        protected void visitFilter(OpFilter op) {
            step();
        }

        @Override
        protected void visitLeftJoin(OpLeftJoin op) {
            step();
        }

        @Override
        protected void visitExt(org.apache.jena.sparql.algebra.op.OpExt op) {
            step();
        }
    }

    /** The expressions and predicates each operator carries. */
    private final class Contents extends OpVisitorBase {
        @Override
        public void visit(OpBGP op) {
            op.getPattern().forEach(this::predicate);
        }

        @Override
        public void visit(OpTriple op) {
            predicate(op.getTriple());
        }

        @Override
        public void visit(OpService op) {
            throw QueryRefused.badRequest("SERVICE is not available: this endpoint never calls other services.");
        }

        @Override
        public void visit(OpFilter op) {
            list(op.getExprs());
        }

        @Override
        public void visit(OpLeftJoin op) {
            list(op.getExprs());
        }

        @Override
        public void visit(OpExtend op) {
            variables(op.getVarExprList());
        }

        @Override
        public void visit(OpAssign op) {
            variables(op.getVarExprList());
        }

        @Override
        public void visit(OpGroup op) {
            variables(op.getGroupVars());
            for (ExprAggregator aggregator : op.getAggregators()) {
                expressions.check(aggregator, 0);
            }
        }

        @Override
        public void visit(OpOrder op) {
            op.getConditions().forEach(condition -> expressions.check(condition.getExpression(), 0));
        }

        @Override
        public void visit(OpTopN op) {
            op.getConditions().forEach(condition -> expressions.check(condition.getExpression(), 0));
        }

        private void predicate(Triple triple) {
            Node predicate = triple.getPredicate();
            if (predicate.isURI() && FunctionAllowList.refusesAsPropertyFunction(predicate.getURI())) {
                throw QueryRefused.badRequest("The property function <" + predicate.getURI()
                        + "> is not available on this endpoint.");
            }
        }

        private void list(ExprList list) {
            if (list != null) {
                list.forEach(expr -> expressions.check(expr, 0));
            }
        }

        private void variables(VarExprList list) {
            list.forEachExpr((variable, expr) -> expressions.check(expr, 0));
        }
    }
}
