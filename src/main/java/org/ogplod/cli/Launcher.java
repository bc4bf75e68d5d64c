package org.ogplod.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The jar's entry point, compiled for Java 17 (the rest needs 21, for Jena 6). On Java 21+ it hands over to
 * {@link Main} in this JVM. On an older Java it finds a Java 21+ installation and runs {@link Main} there as a
 * child process with the same JVM options, arguments, standard streams and exit code, so that
 * {@code java -jar ogp-lod.jar ...} works wherever a JDK 21+ is installed, default or not.
 *
 * <p>Where it looks, in order: {@code OGP_LOD_JAVA_HOME}, {@code JAVA_HOME}, then the installations under
 * {@code /usr/lib/jvm}, {@code /usr/java}, {@code /opt/java}, {@code /opt} and {@code ~/.sdkman/candidates/java},
 * the newest first. A Java home counts when it holds {@code bin/java} and a {@code release} file naming its version.
 *
 * <p>The child stops with its parent: a SIGTERM or Ctrl+C to the launcher is passed on (shutdown hook), and when
 * the launcher is killed outright the child notices within a second ({@code ogp.launcher.parent}, see {@link Main}).
 */
public final class Launcher {
    /** The Java feature release the application needs. */
    static final int NEEDED = 21;
    /** The system property that tells the child which process started it. */
    static final String PARENT_PROPERTY = "ogp.launcher.parent";

    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)", Pattern.MULTILINE);

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= NEEDED) {
            Class.forName("org.ogplod.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        Optional<Path> java = findJava();
        if (java.isEmpty()) {
            System.err.println("error: ogp-lod needs Java " + NEEDED + " or later; this is Java "
                    + Runtime.version().feature() + " and no Java " + NEEDED + "+ was found in OGP_LOD_JAVA_HOME, "
                    + "JAVA_HOME, /usr/lib/jvm, /usr/java, /opt or SDKMAN. Install one (any vendor) or set "
                    + "OGP_LOD_JAVA_HOME to it.");
            System.exit(1);
        }
        System.exit(runChild(java.get(), args));
    }

    private static int runChild(Path java, String[] args) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(childCommand(java, args)).inheritIO().start();
        Thread stopChild = new Thread(() -> stop(child), "ogp-lod-launcher-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already stopping the child
        }
        return code;
    }

    /** The same JVM options and arguments, on the other Java, with the real main class. */
    private static List<String> childCommand(Path java, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.ogplod.cli.Main");
        command.addAll(List.of(args));
        return command;
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The {@code bin/java} of the first suitable Java home, environment variables first, then the newest found. */
    static Optional<Path> findJava() {
        for (String variable : List.of("OGP_LOD_JAVA_HOME", "JAVA_HOME")) {
            String home = System.getenv(variable);
            if (home != null && !home.isBlank() && version(Path.of(home)) >= NEEDED) {
                return Optional.of(Path.of(home, "bin", "java"));
            }
        }
        List<Path> roots = List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
                Path.of("/opt"), Path.of(System.getProperty("user.home"), ".sdkman", "candidates", "java"));
        return roots.stream().flatMap(Launcher::children)
                .filter(home -> version(home) >= NEEDED)
                .max(Comparator.comparingInt(Launcher::version))
                .map(home -> home.resolve("bin").resolve("java"));
    }

    private static Stream<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** The feature release of the Java home, from its {@code release} file, or 0 when it is not one. */
    static int version(Path home) {
        try {
            if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
                return 0;
            }
            Matcher matcher = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
