package org.ogplod.cli;

import java.io.PrintWriter;
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

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests run commands through it in-process). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
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
