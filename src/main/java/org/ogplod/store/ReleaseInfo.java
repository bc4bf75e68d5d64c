package org.ogplod.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What identifies a release: its id, when it was made, its size, and the fingerprint of what it was built from
 * (inputs, ontology and converter version), by which {@code serve} knows whether its store is out of date.
 */
public record ReleaseInfo(String id, Instant created, long triples, String fingerprint) {
    static final String FILE = "release.properties";

    void write(Path folder) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("id", id);
        properties.setProperty("created", created.toString());
        properties.setProperty("triples", Long.toString(triples));
        properties.setProperty("fingerprint", fingerprint);
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.store(out, "ogp-lod release");
        }
    }

    static ReleaseInfo read(Path folder) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        try {
            return new ReleaseInfo(properties.getProperty("id"), Instant.parse(properties.getProperty("created")),
                    Long.parseLong(properties.getProperty("triples")), properties.getProperty("fingerprint", ""));
        } catch (RuntimeException e) {
            throw new IOException(folder.resolve(FILE) + " is damaged (" + e.getMessage() + ")", e);
        }
    }
}
