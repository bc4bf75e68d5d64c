package org.ogplod.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ogplod.convert.Converter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ogp-lod} command: exit 0 when all went well, 1 when the work failed, 2 on a usage error. */
@Command(name = "ogp-lod", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Publishes Open Government Partnership commitments as Linked Open Data.",
        subcommands = {ServeCommand.class, ConvertCommand.class, LoadCommand.class, ValidateCommand.class,
            DumpCommand.class, GenerateCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    /**
     * Lucene 10 on Java 21+ warns at every start, through java.util.logging, that the incubating Vector API is not
     * enabled. The search index has no vector fields, so that is library chatter, which we keep below warnings
     * (simplelogger.properties does the same for the libraries that log through SLF4J). Held here so that the
     * setting is not collected with the logger.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    /**
     * Set by {@link Launcher} on the child it starts. Spelled here, not taken from Launcher: compiling this class
     * would otherwise compile Launcher too, for Java 21, and the jar would no longer start on Java 17.
     */
    static final String LAUNCHER_PARENT_PROPERTY = "ogp.launcher.parent";

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        exitWithLauncher(System.getProperty(LAUNCHER_PARENT_PROPERTY));
        System.exit(commandLine().execute(args));
    }

    /** Started by {@link Launcher} on another Java: when the launcher dies (even by SIGKILL), so does this process. */
    private static void exitWithLauncher(String parentPid) {
        if (parentPid != null) {
            ProcessHandle.of(Long.parseLong(parentPid)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
        }
    }

    /**
     * The configured command line (tests run commands through it in-process). Commands print through its writers;
     * standard output is UTF-8 whatever the platform's charset (which picocli would follow), as RDF must be.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(Main::failed);
        return commandLine;
    }

    private static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        if (parsed.hasMatchedOption("--verbose") || parsed.subcommand() != null
                && parsed.subcommand().hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ogp-lod " + Converter.VERSION};
        }
    }
}
