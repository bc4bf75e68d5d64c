package org.ogplod.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line, with what it printed on standard output and standard error. */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code ogp-lod args...} with picocli's writers, through which picocli and the commands print, captured. */
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** For assertion messages. */
    String printed() {
        return "exit " + exitCode + "\n--- stdout ---\n" + abbreviate(out) + "\n--- stderr ---\n" + abbreviate(err);
    }

    private static String abbreviate(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) + "\n[... " + (text.length() - 4000) + " more chars]"
                : text;
    }
}
