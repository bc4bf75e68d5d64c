package org.ogplod.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.ogplod.convert.Converter;
import org.ogplod.convert.InputFiles;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.ontology.Ontology;
import org.ogplod.ontology.Rebase;
import org.ogplod.store.Release;
import org.ogplod.store.Staging;
import org.ogplod.store.Store;

/**
 * Converts inputs straight into a new release of a store, beside the live one, and switches to it only when the
 * conversion, validation and dumps all succeeded. This is where {@code convert} meets {@code store}: at a StreamRDF.
 * The one recipe of a release (data, ontology, example queries), used by the commands and the tests alike.
 */
public final class Publisher {
    private final Ontology ontology;
    private final String baseUri;
    private final boolean strict;
    private final PrintWriter err;
    private final Clock clock;

    /** What publishing made: the release, and what its conversion counted. */
    public record Publication(Release release, Converter.Result conversion) {
    }

    /** A publisher that draws its progress line and prints its one-line summary on {@code err}. */
    public Publisher(Ontology ontology, String baseUri, boolean strict, PrintWriter err) {
        this(ontology, baseUri, strict, err, Clock.systemUTC());
    }

    /** The same, with the clock that dates the releases and times their conversion (a test fixes it). */
    public Publisher(Ontology ontology, String baseUri, boolean strict, PrintWriter err, Clock clock) {
        this.ontology = ontology;
        this.baseUri = baseUri;
        this.strict = strict;
        this.err = err;
        this.clock = clock;
    }

    /** Builds and switches to a new release; throws (leaving the store as it was) when anything fails. */
    Release publish(Store store, InputFiles files) throws IOException {
        try (Store.Claim loading = store.claim("load")) {
            String id = store.nextReleaseId(LocalDate.now(clock));
            return publish(store, files, id, fingerprint(files)).release();
        }
    }

    /** Builds release {@code id} of {@code files}, recorded with {@code fingerprint}, and switches to it. */
    public Publication publish(Store store, InputFiles files, String id, String fingerprint) throws IOException {
        Converter converter = new Converter(ontology, new Converter.Options(strict, id), clock);
        ProgressLine progress = new ProgressLine(err, files.rows());
        converter.onProgress(progress);
        try (Staging staging = store.stage(id)) {
            StreamRDF sink = Rebase.to(baseUri, staging.sink());
            sink.start();
            Converter.Result result = converter.convert(files, sink);
            progress.done();
            ontology.send(sink);
            ExampleQueries.load().rebased(baseUri).send(sink);
            sink.finish();
            Release release = staging.commit(fingerprint, baseUri);
            err.printf("release %s: %,d rows -> %,d triples (with the ontology: %,d), %d warnings%n", id,
                    result.rowsRead(), result.triples(), release.info().triples(), result.problems().warnings());
            return new Publication(release, result);
        }
    }

    /**
     * What a release is built from, as two hex SHA-256 digests joined by {@code -}: the recipe (converter version,
     * base IRI, ontology files, example queries), then the data (the input files' names and checksums, read once,
     * with the files). {@code serve} compares the two apart: see {@link #sameRecipe}.
     */
    String fingerprint(InputFiles files) throws IOException {
        MessageDigest recipe = sha256();
        recipe.update((Converter.VERSION + "\n" + baseUri + "\n").getBytes(StandardCharsets.UTF_8));
        for (String file : Stream.concat(Ontology.FILES.stream(), Stream.of(Ontology.SHAPES)).toList()) {
            try (InputStream in = Publisher.class.getClassLoader().getResourceAsStream("ontology/" + file)) {
                recipe.update(in.readAllBytes());
            }
        }
        for (ExampleQueries.Example example : ExampleQueries.load().examples()) {
            recipe.update(example.toString().getBytes(StandardCharsets.UTF_8));
        }
        MessageDigest data = sha256();
        for (InputFiles.Scanned file : files.files()) {
            data.update((file.path().getFileName() + "\n" + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(recipe.digest()) + "-" + HexFormat.of().formatHex(data.digest());
    }

    /** Whether two fingerprints have the same recipe, whatever data each was made from. */
    static boolean sameRecipe(String fingerprint, String other) {
        int end = fingerprint.indexOf('-');
        return end > 0 && other.length() > end && fingerprint.regionMatches(0, other, 0, end + 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
