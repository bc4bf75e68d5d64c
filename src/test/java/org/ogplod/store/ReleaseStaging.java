package org.ogplod.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.ogplod.ontology.Ogp;

/** Small releases made straight through a store's staging, and what the store's folder shows of them. */
final class ReleaseStaging {
    private ReleaseStaging() {
    }

    /** Sends {@code count} commitments (two triples each) into {@code sink}, numbered from {@code first}. */
    static void sendCommitments(StreamRDF sink, int first, int count) {
        for (int i = first; i < first + count; i++) {
            Node commitment = NodeFactory.createURI("http://localhost:8080/id/commitment/XX" + i);
            sink.triple(Triple.create(commitment, RDF.type.asNode(), Ogp.Commitment));
            sink.triple(Triple.create(commitment, NodeFactory.createURI("http://purl.org/dc/terms/title"),
                    NodeFactory.createLiteralString("Commitment number " + i)));
        }
    }

    /** Stages and commits a release of {@code count} commitments. */
    static Release commit(Store store, String id, int count) throws IOException {
        try (Staging staging = store.stage(id)) {
            sendCommitments(staging.sink(), 0, count);
            return staging.commit("fingerprint of " + id);
        }
    }

    static long storedTriples(Release release) {
        return Txn.calculateRead(release.dataset(), () -> Iter.count(release.dataset().find()));
    }

    static String current(Path store) throws IOException {
        return Files.readString(store.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
    }

    /** The folder names under {@code releases/}, sorted. */
    static List<String> folders(Path store) throws IOException {
        try (Stream<Path> releases = Files.list(store.resolve("releases"))) {
            return releases.map(release -> release.getFileName().toString()).sorted().toList();
        }
    }

    /** The SHA-256 of every dump and checksum file of a release, to compare before and after. */
    static List<String> dumpDigests(Release release) throws IOException {
        List<String> digests = new ArrayList<>();
        for (DumpFile dump : DumpFile.all()) {
            digests.add(sha256(release.dump(dump)));
            digests.add(sha256(release.checksum(dump)));
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
