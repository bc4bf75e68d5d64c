package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point on a Java older than 21 finds a Java 21+ and runs the command there. */
class LauncherTest {
    @TempDir
    Path folder;

    @Test
    void versionComesFromTheReleaseFileOfAHomeWithAJavaBinary() throws IOException {
        assertEquals(21, Launcher.version(javaHome("21", "JAVA_VERSION=\"21.0.2\"\n")));
        assertEquals(8, Launcher.version(javaHome("8", "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"1.8.0_392\"\n")));
        assertEquals(0, Launcher.version(javaHome("none", "IMPLEMENTOR=\"x\"\n")));
        Path noBinary = Files.createDirectories(folder.resolve("no-binary"));
        Files.writeString(noBinary.resolve("release"), "JAVA_VERSION=\"25\"\n");
        assertEquals(0, Launcher.version(noBinary));
    }

    @Test
    void theLauncherRunsOnJava17AndTellsTheChildWhoStartedIt() throws IOException {
        try (var in = Launcher.class.getResourceAsStream("Launcher.class")) {
            byte[] header = in.readNBytes(8);
            assertEquals(61, ((header[6] & 0xff) << 8) | (header[7] & 0xff), "class file version (61 = Java 17)");
        }
        assertEquals(Launcher.PARENT_PROPERTY, Main.LAUNCHER_PARENT_PROPERTY);
    }

    @Test
    void anOlderJavaRunsTheCommandOnAJava21AndKeepsItsOutputAndExitCode() throws Exception {
        Optional<Path> older = olderJava();
        assumeTrue(older.isPresent(), "no Java older than 21 installed under /usr/lib/jvm to start the launcher with");
        assumeTrue(Launcher.findJava().isPresent(), "no Java 21+ found by the launcher");
        Path input = folder.resolve("nothing-here.csv");

        Run run = launch(older.get(), "validate", input.toString());

        assertEquals(1, run.code, run.output);
        assertTrue(run.output.contains("nothing-here.csv") && run.output.contains("invalid"), run.output);
        Run version = launch(older.get(), "--version");
        assertEquals(0, version.code, version.output);
        assertTrue(version.output.startsWith("ogp-lod "), version.output);
    }

    private record Run(int code, String output) {}

    private Run launch(Path java, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "launcher", ".log");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not end");
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Path javaHome(String name, String release) throws IOException {
        Path home = Files.createDirectories(folder.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(home.resolve("release"), release);
        return home;
    }

    private static Optional<Path> olderJava() throws IOException {
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvm)) {
            return homes.filter(home -> {
                int version = Launcher.version(home);
                return version >= 17 && version < Launcher.NEEDED;
            }).map(home -> home.resolve("bin").resolve("java")).findFirst();
        }
    }
}
