package org.ogplod.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.ogplod.convert.Converter;

/** Draws a one-line progress report (rows, rate, time left) on a terminal; silent when output is not a terminal. */
final class ProgressLine implements Consumer<Converter.Progress> {
    private final PrintWriter err;
    private final long expectedRows;
    private final boolean terminal;

    ProgressLine(PrintWriter err, long expectedRows) {
        this.err = err;
        this.expectedRows = expectedRows;
        this.terminal = System.console() != null;
    }

    @Override
    public void accept(Converter.Progress progress) {
        if (!terminal) {
            return;
        }
        double seconds = Math.max(progress.elapsed().toMillis() / 1000.0, 0.001);
        double rate = progress.rows() / seconds;
        String left = expectedRows > progress.rows() && rate > 0
                ? String.format(", about %.0f s left", (expectedRows - progress.rows()) / rate) : "";
        err.printf("\r%,d rows, %,d triples, %,.0f rows/s%s   ", progress.rows(), progress.triples(), rate, left);
        err.flush();
    }

    /** Ends the line so that what follows starts on its own. */
    void done() {
        if (terminal) {
            err.println();
        }
    }
}
