package org.ogplod.convert;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.riot.system.StreamRDF;
import org.ogplod.ontology.Ontology;
import org.ogplod.ontology.Prefixes;
import org.ogplod.ontology.RecordValidator;

/**
 * Converts OGP member and commitment tables into RDF, streaming, one record at a time: each record is mapped,
 * validated against the SHACL shapes, then sent to the caller's sink. A run with errors throws
 * {@link ConversionFailed} and the caller must discard what the sink received. The caller starts and finishes the
 * sink, so that more may follow the conversion in the same stream (the ontology, the example queries):
 * <pre>
 *   Converter converter = new Converter(Ontology.load(), new Converter.Options(false, "2026-11-27-1"));
 *   sink.start();
 *   Converter.Result result = converter.convert(List.of(Path.of("data")), sink);
 *   sink.finish();
 * </pre>
 */
public final class Converter {
    public static final String VERSION = versionOf(Converter.class);
    private static final Pattern RELEASE_ID = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}-[1-9][0-9]*");

    /** Settings of a run: stop at the first error or collect them; the id of the release being made. */
    public record Options(boolean strict, String releaseId) {
        public Options {
            if (!RELEASE_ID.matcher(releaseId).matches() || !isDate(releaseId.substring(0, 10))) {
                throw new IllegalArgumentException("a release id is yyyy-mm-dd-n with a real date, not '" + releaseId
                        + "'");
            }
        }
    }

    private static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** What a successful run did; {@code triples} counts every triple written, the release description included. */
    public record Result(String releaseId, long rowsRead, long rowsConverted, long rowsRejected, long triples,
            Problems problems, Duration elapsed) {
    }

    /** Progress so far, reported every {@link #PROGRESS_EVERY} rows. */
    public record Progress(long rows, long triples, Duration elapsed) {
    }

    public static final int PROGRESS_EVERY = 10_000;

    private final Ontology ontology;
    private final Vocabularies vocabularies;
    private final RecordValidator validator;
    private final Options options;
    private final Clock clock;
    private Consumer<Progress> progress = ignored -> { };

    public Converter(Ontology ontology, Options options) {
        this(ontology, options, Clock.systemUTC());
    }

    public Converter(Ontology ontology, Options options, Clock clock) {
        this.ontology = ontology;
        this.vocabularies = new Vocabularies(ontology);
        this.validator = new RecordValidator(ontology.shapes());
        this.options = options;
        this.clock = clock;
    }

    /** Where progress goes (the command line draws a progress line from it). */
    public Converter onProgress(Consumer<Progress> listener) {
        this.progress = listener;
        return this;
    }

    public Ontology ontology() {
        return ontology;
    }

    /** Reads the inputs (files or folders) for their checksums, then converts them as below. */
    public Result convert(List<Path> paths, StreamRDF sink) {
        return convert(InputFiles.read(paths), sink);
    }

    /**
     * Converts the input files into {@code sink}, which the caller has started and will finish; throws
     * {@link ConversionFailed} on any error.
     */
    public Result convert(InputFiles files, StreamRDF sink) {
        Instant started = clock.instant();
        Problems problems = new Problems(options.strict());
        List<Input> inputs = Input.open(files, problems);
        if (problems.hasErrors()) {
            throw new ConversionFailed(problems);
        }
        Prefixes.mapping().getNsPrefixMap().forEach(sink::prefix);
        try (Run run = new Run(problems, sink, started)) {
            for (Input input : inputs) {
                run.read(input, problems);
            }
            run.finish();
            if (problems.hasErrors()) {
                throw new ConversionFailed(problems);
            }
            Instant ended = clock.instant();
            long described = new ReleaseDescription(options.releaseId(), VERSION, started, ended, inputs,
                    run.rowsRead(), run.triples(), problems.total()).send(sink);
            return new Result(options.releaseId(), run.rowsRead(), run.rowsConverted(),
                    run.rowsRead() - run.rowsConverted(), run.triples() + described, problems,
                    Duration.between(started, ended));
        }
    }

    /** The state of one conversion. */
    private final class Run implements AutoCloseable {
        private final Instant started;
        private final Registry registry = new Registry();
        private final MemberMapper members;
        private final CommitmentMapper commitments;
        private final SheetMapper sheet;
        private final ValidatingSender sender;
        private long rowsRead;

        Run(Problems problems, StreamRDF sink, Instant started) {
            this.started = started;
            this.members = new MemberMapper(registry, vocabularies, new Tally(problems));
            this.commitments = new CommitmentMapper(registry, vocabularies, new Tally(problems));
            this.sheet = new SheetMapper(registry, vocabularies, new Tally(problems));
            this.sender = new ValidatingSender(validator, problems, sink);
        }

        void read(Input input, Problems problems) {
            try {
                if (input.table() == Table.OGP_SHEET) {
                    readSheet(input, problems);
                } else {
                    readCanonical(input, problems);
                }
            } catch (InputException e) {
                problems.add(e.problem());
            }
            if (input.table() == Table.MEMBERS) {
                TripleBuffer links = new TripleBuffer();
                members.linkParents(links);
                sender.submit(links, input.file().toString(), false);
            }
        }

        private void readCanonical(Input input, Problems problems) throws InputException {
            Header[] header = {input.header()};
            input.reader().read(input.file(), problems, row -> {
                if (!header[0].sameNames(row.names())) {
                    header[0] = Header.quiet(input.table(), row.names());
                }
                convert(new Record(header[0], row, problems::add), input.table());
            });
        }

        /** Reads OGP's sheet; its header is mapped at the first row and reported once. */
        private void readSheet(Input input, Problems problems) throws InputException {
            SheetHeader[] header = {null};
            input.reader().read(input.file(), problems, row -> {
                if (header[0] == null || !header[0].sameNames(row.names())) {
                    header[0] = SheetHeader.of(row.names(), vocabularies.themes(), input.file() + " header",
                            header[0] == null ? problems : null);
                }
                rowsRead++;
                if (!Record.printable(row, problems::add)) {
                    return;
                }
                TripleBuffer record = new TripleBuffer();
                if (sheet.map(row, header[0], record)) {
                    sender.submit(record, row.where(header[0].index(SheetColumn.ID)), true);
                }
                reportProgress();
            });
        }

        private void convert(Record row, Table table) {
            rowsRead++;
            if (!row.printable()) {
                return;
            }
            TripleBuffer record = new TripleBuffer();
            boolean members = table == Table.MEMBERS;
            if (members ? this.members.map(row, record) : commitments.map(row, record)) {
                sender.submit(record, row.where(members ? Column.SLUG : Column.ID), true);
            }
            reportProgress();
        }

        private void reportProgress() {
            if (rowsRead % PROGRESS_EVERY == 0) {
                progress.accept(new Progress(rowsRead, sender.triples(), Duration.between(started, clock.instant())));
            }
        }

        /** Waits for validation to catch up; the counts are final afterwards. */
        void finish() {
            sender.finish();
        }

        long rowsRead() {
            return rowsRead;
        }

        long rowsConverted() {
            return sender.rowsSent();
        }

        long triples() {
            return sender.triples();
        }

        @Override
        public void close() {
            sender.close();
        }
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
