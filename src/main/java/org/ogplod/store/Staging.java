package org.ogplod.store;

import java.io.IOException;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A release being built beside the live one. Triples go to {@link #sink()}; {@link #commit} writes the dumps,
 * marks the release complete and makes it current; {@link #close()} without commit throws the work away.
 * <pre>
 *   try (Staging staging = store.stage("2026-11-27-1")) {
 *       converter.convert(inputs, staging.sink());
 *       Release release = staging.commit(fingerprint);
 *   }
 * </pre>
 */
public interface Staging extends AutoCloseable {

    /** Where the release's triples go; start and finish calls are ignored (the staging owns the load). */
    StreamRDF sink();

    /**
     * Completes the release: records what changed since the current release (for data minted under {@code baseUri}),
     * writes the dumps, the search index and the release file, makes it current and returns it.
     */
    Release commit(String fingerprint, String baseUri) throws IOException;

    /** {@link #commit(String, String)} for data minted under the default base {@code http://localhost:8080/}. */
    default Release commit(String fingerprint) throws IOException {
        return commit(fingerprint, org.ogplod.ontology.Iris.CANONICAL_BASE);
    }

    /** Discards the staged release unless it was committed. */
    @Override
    void close();
}
