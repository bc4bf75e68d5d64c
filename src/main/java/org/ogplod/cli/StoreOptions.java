package org.ogplod.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogplod.store.Store;
import picocli.CommandLine.Option;

/** The options that name a store, shared by {@code serve}, {@code load} and {@code dump}. */
final class StoreOptions {
    /** The environment variable that may hold {@code user:password} for a remote store's updates. */
    static final String CREDENTIALS_VARIABLE = "OGP_LOD_STORE_CREDENTIALS";

    @Option(names = "--store", defaultValue = "./store", paramLabel = "DIR|mem|sparql:URL",
            description = "A TDB2 folder (or tdb2:DIR), mem, or sparql:URL, a remote SPARQL 1.1 engine's query "
                    + "endpoint (default ${DEFAULT-VALUE}).")
    String store;

    @Option(names = "--update-url", paramLabel = "URL",
            description = "With --store sparql:URL: where updates go, when not to the query URL (Virtuoso: "
                    + "http://HOST:8890/sparql-auth).")
    private String updateUrl;

    @Option(names = "--store-files", defaultValue = "./store-files", paramLabel = "DIR",
            description = "With --store sparql:URL: the folder of each release's dumps and search index, shared by "
                    + "every web node (default ${DEFAULT-VALUE}).")
    private Path files;

    @Option(names = "--store-credentials", paramLabel = "FILE",
            description = "With --store sparql:URL: a file holding user:password for the engine (else the variable "
                    + CREDENTIALS_VARIABLE + "; never on the command line).")
    private Path credentials;

    @Option(names = "--keep", defaultValue = "3", paramLabel = "N",
            description = "With --store sparql:URL: releases kept in the engine, the current one included (default "
                    + "${DEFAULT-VALUE}).")
    private int keep;

    /** Whether the store is a remote engine. */
    boolean remote() {
        return store.startsWith("sparql:");
    }

    Store open(long memoryBudget) throws IOException {
        String user = null;
        String password = null;
        String secret = secret();
        if (secret != null) {
            int colon = secret.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("the store credentials must read user:password (from "
                        + (credentials != null ? credentials : CREDENTIALS_VARIABLE) + ")");
            }
            user = secret.substring(0, colon);
            password = secret.substring(colon + 1);
        }
        return Store.open(store, memoryBudget, new Store.Remote(updateUrl, files, keep, user, password));
    }

    private String secret() throws IOException {
        if (credentials != null) {
            if (!Files.isRegularFile(credentials)) {
                throw new IOException("the credentials file " + credentials + " does not exist");
            }
            return Files.readString(credentials, StandardCharsets.UTF_8).strip();
        }
        String variable = System.getenv(CREDENTIALS_VARIABLE);
        return variable == null || variable.isBlank() ? null : variable.strip();
    }
}
