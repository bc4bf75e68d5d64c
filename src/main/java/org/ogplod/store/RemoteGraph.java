package org.ogplod.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * One release held as a named graph of a remote SPARQL engine, read-only: each {@code find} is a {@code SELECT}
 * over that graph alone, streamed. A release never changes, so small answers (what pages ask) are kept, up to a
 * bound, and asked once.
 */
final class RemoteGraph extends GraphBase {
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    /** Answers of at most this many triples are kept. */
    private static final int KEPT_ANSWER = 500;
    /** How many answers are kept (least recently used go first). */
    private static final int KEPT_ANSWERS = 20_000;
    /** A single lookup waits this long at most; the endpoint's own timeout covers queries. */
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(60);

    private final SparqlService service;
    private final String graph;
    private final Map<Triple, List<Triple>> kept = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Triple, List<Triple>> eldest) {
                    return size() > KEPT_ANSWERS;
                }
            });

    private final Map<Triple, Boolean> asked = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Triple, Boolean> eldest) {
                    return size() > KEPT_ANSWERS;
                }
            });

    RemoteGraph(SparqlService service, String graph, PrefixMapping prefixes) {
        this.service = service;
        this.graph = graph;
        getPrefixMapping().setNsPrefixes(prefixes);
    }

    SparqlService service() {
        return service;
    }

    /** The IRI of the named graph the release is. */
    String graphIri() {
        return graph;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Triple key = Triple.createMatch(pattern.getMatchSubject(), pattern.getMatchPredicate(),
                pattern.getMatchObject());
        List<Triple> known = kept.get(key);
        if (known != null) {
            return WrappedIterator.create(known.iterator());
        }
        if (isBlank(key.getSubject()) || isBlank(key.getPredicate()) || isBlank(key.getObject())) {
            // A blank node cannot be named in a query: a remote graph has nothing to say about it.
            return NiceIterator.emptyIterator();
        }
        Node s = key.getMatchSubject() == null ? S : key.getSubject();
        Node p = key.getMatchPredicate() == null ? P : key.getPredicate();
        Node o = key.getMatchObject() == null ? O : key.getObject();
        String query = "SELECT * WHERE { " + term(s) + " " + term(p) + " " + term(o) + " }";
        QueryExec exec = service.query(query, graph, LOOKUP_TIMEOUT);
        RowSet rows = exec.select();
        return new Answer(key, exec, rows, s, p, o);
    }

    /** A query for one match, kept: the engine stops at the first, where a {@code find} would send every one. */
    @Override
    protected boolean graphBaseContains(Triple pattern) {
        Triple key = Triple.createMatch(pattern.getMatchSubject(), pattern.getMatchPredicate(),
                pattern.getMatchObject());
        Boolean known = asked.get(key);
        if (known != null) {
            return known;
        }
        if (isBlank(key.getSubject()) || isBlank(key.getPredicate()) || isBlank(key.getObject())) {
            return false;
        }
        // Not ASK: Virtuoso 7 answers an ASK over a protocol-given dataset with a row, which is not a boolean result.
        String query = "SELECT * WHERE { " + term(key.getMatchSubject() == null ? S : key.getSubject()) + " "
                + term(key.getMatchPredicate() == null ? P : key.getPredicate()) + " "
                + term(key.getMatchObject() == null ? O : key.getObject()) + " } LIMIT 1";
        try (QueryExec exec = service.query(query, graph, LOOKUP_TIMEOUT)) {
            boolean found = exec.select().hasNext();
            if (!key.equals(Triple.ANY)) {
                // Whether the whole graph holds anything is how /health sees that the engine answers: always asked.
                asked.put(key, found);
            }
            return found;
        }
    }

    @Override
    protected int graphBaseSize() {
        try (QueryExec exec = service.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", graph, LOOKUP_TIMEOUT)) {
            return (int) Math.min(Integer.MAX_VALUE, ((Number) exec.select().next().get("n").getLiteralValue())
                    .longValue());
        }
    }

    private static boolean isBlank(Node node) {
        return node != null && node.isBlank();
    }

    private static String term(Node node) {
        return node.isVariable() ? "?" + node.getName() : NodeFmtLib.strNT(node);
    }

    /** The triples of one answer as they stream in; an answer read to its end while still small is kept. */
    private final class Answer extends NiceIterator<Triple> {
        private final Triple key;
        private final QueryExec exec;
        private final Iterator<Binding> rows;
        private final Node s;
        private final Node p;
        private final Node o;
        private List<Triple> seen = new ArrayList<>();
        private boolean closed;

        Answer(Triple key, QueryExec exec, RowSet rows, Node s, Node p, Node o) {
            this.key = key;
            this.exec = exec;
            this.rows = rows;
            this.s = s;
            this.p = p;
            this.o = o;
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (rows.hasNext()) {
                return true;
            }
            if (seen != null) {
                kept.put(key, List.copyOf(seen));
            }
            close();
            return false;
        }

        @Override
        public Triple next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Binding row = rows.next();
            Triple triple = Triple.create(value(row, s), value(row, p), value(row, o));
            if (seen != null) {
                seen.add(triple);
                if (seen.size() > KEPT_ANSWER) {
                    seen = null;
                }
            }
            return triple;
        }

        private static Node value(Binding row, Node term) {
            return term.isVariable() ? row.get(Var.alloc(term)) : term;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                exec.close();
            }
        }
    }
}
