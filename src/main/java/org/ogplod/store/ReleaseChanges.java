package org.ogplod.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.rdfpatch.text.TokenWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.ogplod.ontology.Rebase;
import org.ogplod.ontology.Ogp;

/**
 * What changed from one release to the next: the members and commitments added, removed and changed, written as
 * {@code changes.json}, and the full difference as a gzipped RDF Patch ({@code changes.rdfp.gz}) that turns the
 * previous dump into the new one. Also stamps every member and commitment with {@code ogp:lastChangedIn}.
 * The previous release is read from its N-Triples dump (a file, so a running server's database is never opened).
 * Both releases are compared as sorted N-Triples lines, a subject at a time, so memory stays bounded whatever their
 * size (the lines are sorted on disk, in a folder removed afterwards).
 */
public final class ReleaseChanges {
    static final String JSON = "changes.json";
    static final String PATCH = "changes.rdfp.gz";
    private static final String TYPE = "<" + RDF.type.getURI() + ">";

    private ReleaseChanges() {
    }

    /**
     * Compares the staged {@code dataset} with the previous release (its N-Triples dump, or none), adds the
     * {@code ogp:lastChangedIn} triples to the staged dataset and writes the change files into {@code folder},
     * sorting in runs of {@code runCharacters} characters; returns how many stamps it added.
     */
    static long record(String base, DatasetGraph dataset, String releaseId, Path previousDump, String previousId,
            Path folder, long runCharacters) throws IOException {
        Stamped stamped = stamp(base, dataset, releaseId, previousDump, previousId, folder, runCharacters);
        if (stamped.patchFromDump()) {
            Path work = Files.createTempDirectory(folder, "changes-");
            try {
                Path lines = work.resolve("release.nt");
                writeNTriples(dataset, lines);
                writeFirstPatch(base, releaseId, previousId, lines, folder);
            } finally {
                TdbStore.delete(work);
            }
        }
        return stamped.stamps();
    }

    /** The stamps added, and whether the patch is still to write: a first release's, from its N-Triples dump. */
    record Stamped(long stamps, boolean patchFromDump) {
    }

    /**
     * As {@link #record}, but a first release's patch, which adds every triple, is left to
     * {@link #writeFirstPatch}, to be copied from the N-Triples dump once that is written.
     */
    static Stamped stamp(String base, DatasetGraph dataset, String releaseId, Path previousDump, String previousId,
            Path folder, long runCharacters) throws IOException {
        Terms terms = new Terms(base);
        String releaseIri = terms.release(releaseId);
        String previousIri = previousId == null ? null : terms.release(previousId);
        if (previousDump == null || !Files.exists(previousDump)) {
            return new Stamped(recordFirst(terms, dataset, releaseIri, previousIri, folder), true);
        }
        Path work = Files.createTempDirectory(folder, "changes-");
        try {
            Path next = work.resolve("next.nt");
            writeNTriples(dataset, next);
            Comparison comparison = new Comparison(terms, releaseIri, previousIri, work);
            try (InputStream previous = new GZIPInputStream(Files.newInputStream(previousDump), 1 << 16);
                    SortedLines before = SortedLines.sort(previous, work, runCharacters);
                    SortedLines after = SortedLines.sort(Files.newInputStream(next), work, runCharacters);
                    comparison) {
                while (before.hasNext() || after.hasNext()) {
                    // Lines sort by subject first, so the smaller next line starts the next subject of either.
                    String first = before.peek() == null || after.peek() != null
                            && after.peek().compareTo(before.peek()) < 0 ? after.peek() : before.peek();
                    String subject = first.substring(0, first.indexOf(' ') + 1);
                    comparison.compare(subject, take(before, subject), take(after, subject));
                }
            }
            Txn.executeWrite(dataset, () -> RDFParser.source(comparison.stamps).lang(Lang.NTRIPLES)
                    .parse(dataset.getDefaultGraph()));
            writePatch(folder.resolve(PATCH), releaseIri, previousIri, comparison::writePatchRows);
            comparison.writeJson(folder.resolve(JSON), releaseIri, previousIri);
            return new Stamped(comparison.stampCount, false);
        } finally {
            TdbStore.delete(work);
        }
    }

    private static void writeNTriples(DatasetGraph dataset, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Txn.executeRead(dataset, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                writer.start();
                StreamRDFOps.sendTriplesToStream(dataset.getDefaultGraph(), writer);
                writer.finish();
            });
        }
    }

    /**
     * A release with nothing to compare with (the first, or one whose predecessor left no dump): every member and
     * commitment is added and stamped with it (the patch, which adds every triple, comes from the N-Triples dump).
     */
    private static long recordFirst(Terms terms, DatasetGraph dataset, String releaseIri, String previousIri,
            Path folder) throws IOException {
        Node release = NodeFactory.createURI(releaseIri);
        Set<Node> records = Txn.calculateRead(dataset, () -> {
            Set<Node> found = new LinkedHashSet<>();
            for (Node type : List.of(terms.member(), terms.commitment())) {
                dataset.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject)
                        .forEachRemaining(found::add);
            }
            return found;
        });
        Txn.executeWrite(dataset, () -> records.forEach(record -> dataset.getDefaultGraph()
                .add(Triple.create(record, terms.lastChangedIn(), release))));
        // The order of the other path, which meets subjects in the order of their N-Triples lines.
        List<String> added = records.stream().map(Node::getURI)
                .sorted(java.util.Comparator.comparing(iri -> "<" + iri + "> ")).toList();
        writeJson(folder.resolve(JSON), releaseIri, previousIri, Map.of("added", added.iterator(),
                "removed", java.util.Collections.emptyIterator(), "changed", java.util.Collections.emptyIterator()));
        return records.size();
    }

    /**
     * Writes the patch of a first release {@code releaseId} (after {@code previousId}, or none), which adds every
     * line of {@code ntriples}, its N-Triples ({@code .gz} or plain), into {@code folder}.
     */
    static void writeFirstPatch(String base, String releaseId, String previousId, Path ntriples, Path folder)
            throws IOException {
        Terms terms = new Terms(base);
        String previousIri = previousId == null ? null : terms.release(previousId);
        try (InputStream file = Files.newInputStream(ntriples);
                BufferedReader lines = new BufferedReader(new java.io.InputStreamReader(
                        ntriples.toString().endsWith(".gz") ? new GZIPInputStream(file, 1 << 16) : file,
                        StandardCharsets.UTF_8), 1 << 16)) {
            writePatch(folder.resolve(PATCH), terms.release(releaseId), previousIri,
                    rows -> lines.lines().forEach(rows::add));
        }
    }

    /**
     * The gzipped RDF Patch from {@code previousIri} to {@code releaseIri}, its rows in one transaction. Jena's patch
     * writer writes the header and the transaction; a row is {@code A} or {@code D} and the triple's N-Triples line,
     * as Jena's N-Triples writer wrote it (the patch syntax takes N-Triples terms), so no line is parsed again.
     */
    private static void writePatch(Path file, String releaseIri, String previousIri,
            java.util.function.Consumer<PatchRows> rows) throws IOException {
        try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                1 << 16)) {
            AWriter text = IO.wrapUTF8(out);
            RDFChangesWriterText patch = new RDFChangesWriterText(TokenWriterText.create(text));
            patch.start();
            patch.header("id", NodeFactory.createURI(releaseIri));
            if (previousIri != null) {
                patch.header("prev", NodeFactory.createURI(previousIri));
            }
            patch.txnBegin();
            rows.accept(new PatchRows(text));
            patch.txnCommit();
            patch.finish();
            text.flush();
        }
    }

    /** Writes the rows of a patch: a line of N-Triples, added or deleted. */
    private record PatchRows(AWriter out) {
        void add(String ntriplesLine) {
            out.write("A ");
            out.write(ntriplesLine);
            out.write('\n');
        }

        void delete(String ntriplesLine) {
            out.write("D ");
            out.write(ntriplesLine);
            out.write('\n');
        }
    }

    /** Writes {@code changes.json}: the two releases and the lists, in the order added, removed, changed. */
    private static void writeJson(Path file, String releaseIri, String previousIri,
            Map<String, java.util.Iterator<String>> lists) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(Files.newOutputStream(file))) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("release", releaseIri);
            json.writeStringField("previous", previousIri);
            for (String list : List.of("added", "removed", "changed")) {
                json.writeArrayFieldStart(list);
                for (var iris = lists.get(list); iris.hasNext();) {
                    json.writeString(iris.next());
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    /** The lines of {@code lines} that start with {@code subject} (which ends with a space), taken off the front. */
    private static List<String> take(SortedLines lines, String subject) {
        List<String> taken = new ArrayList<>();
        while (lines.peek() != null && lines.peek().startsWith(subject)) {
            taken.add(lines.next());
        }
        return taken;
    }

    /** Our terms in the base the release uses. */
    record Terms(Node member, Node commitment, Node lastChangedIn, String base) {
        Terms(String base) {
            this(Rebase.node(base, Ogp.Member), Rebase.node(base, Ogp.Commitment), Rebase.node(base, Ogp.lastChangedIn),
                    base);
        }

        String release(String id) {
            return Rebase.node(base, org.ogplod.ontology.Iris.release(id)).getURI();
        }
    }

    /**
     * The comparison, a subject at a time: the lines to delete and to add (the patch), the record IRIs added,
     * removed and changed, and the stamps, each in a file of {@code work}.
     */
    private static final class Comparison implements java.io.Closeable {
        private final String member;
        private final String commitment;
        private final String lastChangedIn;
        private final String release;
        private final String previousRelease;
        private final Path deletions;
        private final Path additions;
        private final Path stamps;
        private final Map<String, Path> lists = new LinkedHashMap<>();
        private final Map<Path, BufferedWriter> writers = new LinkedHashMap<>();
        private long stampCount;

        Comparison(Terms terms, String releaseIri, String previousIri, Path work) throws IOException {
            this.member = "<" + terms.member().getURI() + ">";
            this.commitment = "<" + terms.commitment().getURI() + ">";
            this.lastChangedIn = "<" + terms.lastChangedIn().getURI() + ">";
            this.release = "<" + releaseIri + ">";
            this.previousRelease = previousIri == null ? null : "<" + previousIri + ">";
            this.deletions = open(work.resolve("deleted.nt"));
            this.additions = open(work.resolve("added.nt"));
            this.stamps = open(work.resolve("stamps.nt"));
            for (String list : List.of("added", "removed", "changed")) {
                lists.put(list, open(work.resolve(list + ".txt")));
            }
        }

        private Path open(Path file) throws IOException {
            writers.put(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            return file;
        }

        private void write(Path file, String line) {
            try {
                writers.get(file).write(line);
                writers.get(file).write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + file, e);
            }
        }

        /** Compares one subject's lines before and after; stamps it if it is a member or commitment now. */
        void compare(String subject, List<String> before, List<String> after) {
            boolean wasRecord = before.stream().anyMatch(this::typesARecord);
            boolean isRecord = after.stream().anyMatch(this::typesARecord);
            String iri = subject.substring(1, subject.length() - 2);
            Set<String> now = new LinkedHashSet<>(after);
            if (isRecord) {
                String stamp = release;
                if (!wasRecord) {
                    write(lists.get("added"), iri);
                } else if (!statements(before).equals(statements(after))) {
                    write(lists.get("changed"), iri);
                } else {
                    stamp = before.stream().filter(line -> predicate(line).equals(lastChangedIn)).findFirst()
                            .map(ReleaseChanges::object)
                            .orElse(previousRelease == null ? release : previousRelease);
                }
                String line = subject + lastChangedIn + " " + stamp + " .";
                write(stamps, line);
                now.add(line);
                stampCount++;
            } else if (wasRecord) {
                write(lists.get("removed"), iri);
            }
            Set<String> then = new HashSet<>(before);
            before.stream().filter(line -> !now.contains(line)).forEach(line -> write(deletions, line));
            now.stream().filter(line -> !then.contains(line)).forEach(line -> write(additions, line));
        }

        private boolean typesARecord(String line) {
            if (!predicate(line).equals(TYPE)) {
                return false;
            }
            String type = object(line);
            return type.equals(member) || type.equals(commitment);
        }

        /** A record's statements, without the stamp of its last change (which changes by itself). */
        private Set<String> statements(List<String> lines) {
            Set<String> statements = new HashSet<>();
            for (String line : lines) {
                if (!predicate(line).equals(lastChangedIn)) {
                    statements.add(line);
                }
            }
            return statements;
        }

        @Override
        public void close() throws IOException {
            for (BufferedWriter writer : writers.values()) {
                writer.close();
            }
        }

        /** The patch rows: every deleted triple, then every added one, as the N-Triples lines compared. */
        void writePatchRows(PatchRows rows) {
            try (Stream<String> deleted = Files.lines(deletions); Stream<String> added = Files.lines(additions)) {
                deleted.forEach(rows::delete);
                added.forEach(rows::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read the compared lines in " + deletions.getParent(), e);
            }
        }

        void writeJson(Path file, String releaseIri, String previousIri) throws IOException {
            List<BufferedReader> readers = new ArrayList<>();
            try {
                Map<String, java.util.Iterator<String>> iris = new LinkedHashMap<>();
                for (Map.Entry<String, Path> list : lists.entrySet()) {
                    BufferedReader reader = Files.newBufferedReader(list.getValue(), StandardCharsets.UTF_8);
                    readers.add(reader);
                    iris.put(list.getKey(), reader.lines().iterator());
                }
                ReleaseChanges.writeJson(file, releaseIri, previousIri, iris);
            } finally {
                for (BufferedReader reader : readers) {
                    reader.close();
                }
            }
        }
    }

    /** The predicate of an N-Triples line whose subject and predicate are IRIs (no spaces inside). */
    private static String predicate(String line) {
        int start = line.indexOf(' ') + 1;
        return line.substring(start, line.indexOf(' ', start));
    }

    /** The object of an N-Triples line, without the final {@code " ."}. */
    private static String object(String line) {
        int start = line.indexOf(' ', line.indexOf(' ') + 1) + 1;
        String rest = line.substring(start).stripTrailing();
        return rest.substring(0, rest.length() - 1).stripTrailing();
    }
}
