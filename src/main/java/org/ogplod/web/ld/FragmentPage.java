package org.ogplod.web.ld;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Reads one page of a triple pattern from the release with the graph's own {@code find}, never SPARQL, so that a
 * crawler can walk the data without the query limits. Counts are bounded in triples and time and kept per pattern.
 */
final class FragmentPage {
    static final int PAGE_SIZE = 100;
    /** Beyond this many matches, or this long counting, the total is an estimate (a lower bound). */
    static final int COUNT_CAP = 1_000_000;
    static final long COUNT_NANOS = 200_000_000L;
    private static final int REMEMBERED_COUNTS = 10_000;

    /** A page of matches and what is known of the whole fragment. */
    record Page(List<Triple> triples, long total, boolean exact, boolean hasNext) {
    }

    /** How many triples match a pattern, and whether that is all of them. */
    private record Count(long matches, boolean exact) {
    }

    private final DatasetGraph dataset;
    private final Map<Triple, Count> counts = new ConcurrentHashMap<>();

    FragmentPage(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Page {@code number} (from 1) of the triples matching {@code pattern} (wildcards are {@link Node#ANY}). */
    Page read(Triple pattern, int number) {
        return Txn.calculateRead(dataset, () -> {
            Graph graph = dataset.getDefaultGraph();
            Count count = counts.computeIfAbsent(pattern, key -> count(graph, key));
            if (counts.size() > REMEMBERED_COUNTS) {
                counts.clear();
            }
            List<Triple> triples = new ArrayList<>(PAGE_SIZE);
            Iterator<Triple> matches = graph.find(pattern);
            long skip = (long) (number - 1) * PAGE_SIZE;
            for (long i = 0; i < skip && matches.hasNext(); i++) {
                matches.next();
            }
            while (triples.size() < PAGE_SIZE && matches.hasNext()) {
                triples.add(matches.next());
            }
            boolean hasNext = matches.hasNext();
            long total = Math.max(count.matches(), skip + triples.size() + (hasNext ? 1 : 0));
            return new Page(triples, total, count.exact() && total == count.matches(), hasNext);
        });
    }

    private static Count count(Graph graph, Triple pattern) {
        long deadline = System.nanoTime() + COUNT_NANOS;
        long counted = 0;
        Iterator<Triple> matches = graph.find(pattern);
        while (matches.hasNext()) {
            matches.next();
            if (++counted >= COUNT_CAP || (counted % 4096 == 0 && System.nanoTime() > deadline)) {
                return new Count(counted, !matches.hasNext());
            }
        }
        return new Count(counted, true);
    }
}
