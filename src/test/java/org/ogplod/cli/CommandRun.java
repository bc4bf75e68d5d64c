package org.ogplod.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line, with what it printed on standard output and standard error. */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code ogp-lod args...}; picocli and the commands print to System.out/err, so both are swapped. */
    static CommandRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            int exitCode = Main.commandLine().execute(args);
            capturedOut.flush();
            capturedErr.flush();
            return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
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
