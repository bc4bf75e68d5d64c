package org.ogplod.web.endpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;

/**
 * A step after ARQ's optimizer for the question researchers ask most: "commitments under a top-level area",
 * {@code ?area skos:topConceptOf ... . ?c ogp:policyArea/skos:broader* ?area}. ARQ splits the path into
 * {@code ?c ogp:policyArea ??p} then {@code ??p skos:broader* ?area} and runs them in that order, so every
 * {@code ogp:policyArea} triple is read once per area. When the {@code *}/{@code +} path's far end is already bound
 * by what runs before, this runs the path first, walking back from the bound end to the few concepts under it, and
 * then the pattern that joins on the path's start, now bound.
 *
 * <p>Safe because it only swaps two adjacent elements of a sequence that are both plain patterns (a BGP and a
 * property path): their join does not depend on order. Nested sequences are inlined where it swaps (a sequence of
 * sequences is one sequence); elsewhere the plan is left as ARQ made it. Measured with
 * {@code src/test/bench/query-benchmark.sh}; see the README.
 */
public final class PathFirst extends TransformCopy {
    private PathFirst() {
    }

    public static Op apply(Op op) {
        return Transformer.transform(new PathFirst(), op);
    }

    @Override
    public Op transform(OpSequence sequence, List<Op> elements) {
        List<Op> flat = new ArrayList<>();
        for (Op element : elements) {
            if (element instanceof OpSequence inner) {
                flat.addAll(inner.getElements());
            } else {
                flat.add(element);
            }
        }
        Set<Var> bound = new HashSet<>(); // bound by the elements before flat[i - 1]
        boolean swapped = false;
        for (int i = 1; i < flat.size(); i++) {
            if (runsBetterFirst(flat.get(i), flat.get(i - 1), bound)) {
                Collections.swap(flat, i - 1, i);
                swapped = true;
            }
            bound.addAll(OpVars.fixedVars(flat.get(i - 1)));
        }
        if (!swapped) {
            return super.transform(sequence, elements);
        }
        OpSequence result = OpSequence.create();
        flat.forEach(result::add);
        return result;
    }

    /**
     * A repeating path whose object end is bound before {@code previous} runs, whose subject only it binds, and
     * which follows a pattern that joins on nothing bound before it (so that pattern would scan once per row).
     */
    private static boolean runsBetterFirst(Op element, Op previous, Set<Var> boundBefore) {
        if (!(element instanceof OpPath op) || !(previous instanceof OpBGP) || !repeats(op.getTriplePath().getPath())) {
            return false;
        }
        Node subject = op.getTriplePath().getSubject();
        Node object = op.getTriplePath().getObject();
        boolean objectBound = object.isConcrete() || object.isVariable() && boundBefore.contains(Var.alloc(object));
        boolean subjectFromPrevious = subject.isVariable() && !boundBefore.contains(Var.alloc(subject))
                && OpVars.fixedVars(previous).contains(Var.alloc(subject));
        // A pattern that joins on what is already bound is a cheap lookup per row, and then checking the path
        // upwards from its start is cheaper than walking down from its far end: keep ARQ's order there.
        boolean previousIsAScan = OpVars.fixedVars(previous).stream().noneMatch(boundBefore::contains);
        return objectBound && subjectFromPrevious && previousIsAScan;
    }

    private static boolean repeats(Path path) {
        return switch (path) {
            case P_ZeroOrMore1 p -> true;
            case P_ZeroOrMoreN p -> true;
            case P_OneOrMore1 p -> true;
            case P_OneOrMoreN p -> true;
            case P_Path1 p -> repeats(p.getSubPath());
            case P_Path2 p -> repeats(p.getLeft()) || repeats(p.getRight());
            default -> false;
        };
    }
}
