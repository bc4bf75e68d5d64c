package org.ogplod.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.ogplod.store.DumpFile;
import org.ogplod.store.Release;
import org.ogplod.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dump}: copies the current release's dumps (and their checksums) into a folder. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Writes the dumps of the store's current release (N-Triples, Turtle, JSON-LD, gzip, with "
                + "SHA-256 files) into a folder.")
final class DumpCommand implements Callable<Integer> {
    @Option(names = "--store", defaultValue = "./store", paramLabel = "DIR", description = "TDB2 folder (default ${DEFAULT-VALUE}).")
    private String store;

    @Option(names = {"-o", "--output"}, defaultValue = ".", paramLabel = "DIR", description = "Folder (default: here).")
    private Path output;

    @Override
    public Integer call() throws Exception {
        if (!store.equals("mem") && !Files.isDirectory(Path.of(store.startsWith("tdb2:") ? store.substring(5) : store))) {
            throw new IllegalStateException("there is no store at " + store + ": run 'load' or 'serve' first");
        }
        try (Store opened = Store.open(store)) {
            Release release = opened.current().orElseThrow(() -> new IllegalStateException(
                    "the store " + store + " has no release yet: run 'load' or 'serve' first"));
            Files.createDirectories(output);
            for (DumpFile dump : DumpFile.all()) {
                Files.copy(release.dump(dump), output.resolve(dump.fileName()), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(release.checksum(dump), output.resolve(dump.checksumName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            System.err.printf("wrote the dumps of release %s to %s%n", release.id(), output);
            return 0;
        }
    }
}
