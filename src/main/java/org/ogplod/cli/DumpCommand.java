package org.ogplod.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.ogplod.store.DumpFile;
import org.ogplod.store.Release;
import org.ogplod.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dump}: copies the current release's dumps (and their checksums) into a folder. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Writes the dumps of the store's current release (N-Triples, Turtle, JSON-LD, gzip, with "
                + "SHA-256 files) into a folder.")
final class DumpCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    private StoreOptions store;

    @Option(names = {"-o", "--output"}, defaultValue = ".", paramLabel = "DIR", description = "Folder (default: here).")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = store.store;
        if (!name.equals("mem") && !store.remote()
                && !Files.isDirectory(Path.of(name.startsWith("tdb2:") ? name.substring(5) : name))) {
            throw new IllegalStateException("there is no store at " + name + ": run 'load' or 'serve' first");
        }
        try (Store opened = store.open(0)) {
            Release release = opened.current().orElseThrow(() -> new IllegalStateException(
                    "the store " + name + " has no release yet: run 'load' or 'serve' first"));
            Files.createDirectories(output);
            for (DumpFile dump : DumpFile.all()) {
                Files.copy(release.dump(dump), output.resolve(dump.fileName()), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(release.checksum(dump), output.resolve(dump.checksumName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            spec.commandLine().getErr().printf("wrote the dumps of release %s to %s%n", release.id(), output);
            return 0;
        }
    }
}
