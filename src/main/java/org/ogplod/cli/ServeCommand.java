package org.ogplod.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ogplod.convert.ConversionFailed;
import org.ogplod.convert.InputFiles;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Release;
import org.ogplod.store.Store;
import org.ogplod.web.Server;
import org.ogplod.web.common.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: builds the store from the data when it is missing or older than the data, then serves it. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the SPARQL endpoint, Linked Data pages, dumps and catalogue on one port; first builds "
                + "the store from --data when it is missing or older than the data, ontology or converter.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @picocli.CommandLine.Mixin
    private StoreOptions store;

    @Option(names = "--data", defaultValue = "./data", paramLabel = "DIR",
            description = "Input data (default ${DEFAULT-VALUE}; with --store sparql:URL only when given).")
    private Path data;

    @picocli.CommandLine.Mixin
    private BaseUriOption baseUri;

    @Option(names = "--query-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Server-side SPARQL timeout (default ${DEFAULT-VALUE}); clients may only shorten it.")
    private int queryTimeout;

    @Option(names = "--max-queries", defaultValue = "4", paramLabel = "N",
            description = "SPARQL queries running at once (default ${DEFAULT-VALUE}); more wait 2 s, then get 503.")
    private int maxQueries;

    @Option(names = "--query-rate", defaultValue = "120", paramLabel = "PER_MINUTE",
            description = "SPARQL requests a minute per client (default ${DEFAULT-VALUE}; 0 = no limit); then 429.")
    private int queryRate;

    @Option(names = "--page-rate", defaultValue = "6000", paramLabel = "PER_MINUTE",
            description = "Other requests a minute per client (default ${DEFAULT-VALUE}; 0 = no limit); then 429.")
    private int pageRate;

    @Option(names = "--max-connections-per-client", defaultValue = "32", paramLabel = "N",
            description = "Open connections one client address may hold (default ${DEFAULT-VALUE}); more are closed.")
    private int maxConnectionsPerClient;

    @Option(names = "--header-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Time a request's line and headers may take to arrive (default ${DEFAULT-VALUE}).")
    private int headerTimeout;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "A proxy whose X-Forwarded-For names the client (repeatable; default: none).")
    private java.util.Set<String> trustedProxies = java.util.Set.of();

    @Option(names = "--memory-budget", defaultValue = "auto", paramLabel = "SIZE",
            description = "Heap for an in-memory copy of the release, which answers queries about three times faster "
                    + "than TDB2: auto (a quarter of the maximum heap), 0 (never) or a size such as 512m or 2g "
                    + "(default ${DEFAULT-VALUE}). A release is copied when it needs about 200 bytes a triple or less.")
    private String memoryBudget;

    @Option(names = "--strict", description = "Stop a rebuild at the first data error.")
    private boolean strict;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    private boolean verbose;

    /** Switches to a release another process ('load') completed; a failed attempt is tried again later. */
    private void pickUpNewRelease(Store store, Server server) {
        try {
            store.refresh().ifPresent(release -> {
                server.switchTo(release);
                err().printf("now serving release %s (%,d triples)%n", release.id(), release.info().triples());
            });
        } catch (java.io.IOException | RuntimeException e) {
            err().println("warning: the new release cannot be opened yet (" + e.getMessage() + "); retrying");
        }
    }

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** Where the command prints: picocli's standard error writer. */
    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Counted down once the server and the store are closed, for a shutdown that waits for it. */
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    /**
     * The release to serve: the current one when it was built from the data as it is now; without {@code --data},
     * also when it was built by this converter after the default data last changed (a release 'load' made of other
     * data, which the bundled data must not replace); else a new one built from the data. Web nodes in front of a
     * remote engine serve what 'load' put there, unless given --data.
     */
    private Release release(Store opened, Publisher publisher) throws java.io.IOException {
        boolean dataGiven = spec.commandLine().getParseResult().hasMatchedOption("--data");
        Release current = opened.current().orElse(null);
        if (store.remote() && !dataGiven) {
            if (current == null) {
                throw new IllegalStateException("the store " + store.store + " has no release yet: run 'load "
                        + "--store " + store.store + " DATA' (or give serve --data)");
            }
            return current;
        }
        if (!dataGiven && current != null && !Files.exists(data)) {
            err().println("there is no " + data + ": serving the store's release " + current.id());
            return current;
        }
        InputFiles files = InputFiles.read(List.of(data));
        String fingerprint = publisher.fingerprint(files);
        if (current != null && current.info().fingerprint().equals(fingerprint)) {
            return current;
        }
        if (current != null && !dataGiven && Publisher.sameRecipe(current.info().fingerprint(), fingerprint)
                && current.info().created().isAfter(lastChanged(files))) {
            err().println("the store's release " + current.id() + " was built from other data after " + data
                    + " last changed: serving it (give --data " + data + " to build a release of " + data + ")");
            return current;
        }
        err().println("building the store " + store.store + " from " + data + " ...");
        return publisher.publish(opened, files);
    }

    /** Whether {@code port} can be listened on now (0, any free port, always can): checked before a build. */
    private static boolean portFree(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(port));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** When the newest of {@code files} was last modified (the end of time when one cannot be read). */
    private static Instant lastChanged(InputFiles files) {
        Instant newest = Instant.EPOCH;
        for (InputFiles.Scanned file : files.files()) {
            try {
                Instant modified = Files.getLastModifiedTime(file.path()).toInstant();
                newest = modified.isAfter(newest) ? modified : newest;
            } catch (java.io.IOException e) {
                return Instant.MAX;
            }
        }
        return newest;
    }

    /** The bytes a {@code --memory-budget} names: {@code auto}, a number of bytes, or one with k, m or g after it. */
    private long bytes(String size) {
        String value = size.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("auto")) {
            return Runtime.getRuntime().maxMemory() / 4;
        }
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("([0-9]{1,12})([kmg]?)b?").matcher(value);
        if (!parts.matches()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--memory-budget must be auto, 0 or a size such as 512m or 2g, not '" + size + "'");
        }
        int shift = switch (parts.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        try {
            return Math.multiplyExact(Long.parseLong(parts.group(1)), 1L << shift);
        } catch (ArithmeticException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--memory-budget " + size
                    + " is too large");
        }
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, not " + port);
        }
        Settings settings = Settings.defaults().withPort(port).withBaseUri(baseUri.value())
                .withQueryTimeout(Duration.ofSeconds(queryTimeout))
                .withQueryCap(maxQueries, Settings.defaults().queueWait())
                .withRateLimits(queryRate, pageRate).withTrustedProxies(trustedProxies)
                .withConnectionLimits(maxConnectionsPerClient, Duration.ofSeconds(headerTimeout));
        if (!portFree(port)) {
            err().println("error: port " + port + " is in use by another program; stop it or give another --port");
            return 1;
        }
        Ontology ontology = Ontology.load();
        try (Store opened = store.open(bytes(memoryBudget))) {
            opened.claim("serve");
            Release release = release(opened, new Publisher(ontology, settings.baseUri(), strict, err()));
            try (Server server = Server.start(settings, release, ontology)) {
                stopOnShutdown(server);
                err().printf("serving release %s (%,d triples) at %s on port %d; Ctrl+C stops%n", release.id(),
                        release.info().triples(), settings.baseUri(), server.port());
                ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "ogp-lod-release-watcher");
                    thread.setDaemon(true);
                    return thread;
                });
                watcher.scheduleWithFixedDelay(() -> pickUpNewRelease(opened, server), 2, 2, TimeUnit.SECONDS);
                server.join();
            }
            return 0;
        } catch (ConversionFailed failed) {
            err().print(failed.problems().text());
            err().println("error: the data has errors; nothing was served");
            return 1;
        } finally {
            closed.countDown();
        }
    }

    /**
     * On SIGTERM or Ctrl+C, stops the server, so that {@link Server#join} returns and the store is closed as on any
     * other way out (TDB2 closed cleanly, a remote store's private copies of search indexes removed); waits up to
     * 30 s for that before the JVM ends.
     */
    private void stopOnShutdown(Server server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err().println("stopping: closing the server and the store");
            server.close();
            try {
                closed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ogp-lod-stop"));
    }
}
