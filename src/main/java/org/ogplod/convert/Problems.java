package org.ogplod.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The problem report of one run. Keeps at most {@link #CAP} problems (counting the rest); in strict mode the first
 * error stops the run by throwing {@link ConversionFailed}. Safe to share between the reading and the validating thread.
 */
public final class Problems {
    public static final int CAP = 1000;

    private final boolean strict;
    private final List<Problem> kept = new ArrayList<>();
    private long errors;
    private long warnings;

    public Problems(boolean strict) {
        this.strict = strict;
    }

    public synchronized void add(Problem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (kept.size() < CAP) {
            kept.add(problem);
        }
        if (strict && problem.isError()) {
            throw new ConversionFailed(this);
        }
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized long errors() {
        return errors;
    }

    public synchronized long warnings() {
        return warnings;
    }

    public synchronized long total() {
        return errors + warnings;
    }

    /** The first {@link #CAP} problems, in the order they were found. */
    public synchronized List<Problem> list() {
        return List.copyOf(kept);
    }

    /** The report as plain text, one problem a line, then a count line. */
    public synchronized String text() {
        StringBuilder text = new StringBuilder();
        kept.forEach(problem -> text.append(problem.severity() == Problem.Severity.ERROR ? "error: " : "warning: ")
                .append(problem).append('\n'));
        if (total() > kept.size()) {
            text.append("... and ").append(total() - kept.size()).append(" more\n");
        }
        return text.append(errors).append(" errors, ").append(warnings).append(" warnings\n").toString();
    }

    /** The report as JSON: counts and every kept problem with its parts. */
    public synchronized void writeJson(OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("errors", errors);
            json.writeNumberField("warnings", warnings);
            json.writeBooleanField("truncated", total() > kept.size());
            json.writeArrayFieldStart("problems");
            for (Problem problem : kept) {
                json.writeStartObject();
                json.writeStringField("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("location", problem.location());
                json.writeStringField("column", problem.column());
                json.writeStringField("value", problem.value());
                json.writeStringField("rule", problem.rule());
                json.writeStringField("message", problem.toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
