package org.ogplod.convert;

/**
 * One thing wrong with the input: where (file and line, cell or JSON pointer), which column, the value and the rule
 * it breaks. {@code toString} gives the sentence users see, e.g.
 * {@code commitments.csv:17 column 'irm_completion': 'Done?' is not a completion level}.
 */
public record Problem(Severity severity, String location, String column, String value, String rule) {

    /** How bad a problem is: errors fail the run, warnings are reported only. */
    public enum Severity { ERROR, WARNING }

    public static Problem error(String location, String column, String value, String rule) {
        return new Problem(Severity.ERROR, location, column, value, rule);
    }

    public static Problem warning(String location, String column, String value, String rule) {
        return new Problem(Severity.WARNING, location, column, value, rule);
    }

    /** A problem with the whole file (unreadable, malformed, missing columns). */
    public static Problem file(String location, String rule) {
        return new Problem(Severity.ERROR, location, null, null, rule);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(location);
        if (column != null) {
            text.append(" column '").append(column).append('\'');
        }
        text.append(": ");
        if (value != null) {
            text.append('\'').append(shorten(value)).append("' ");
        }
        return text.append(rule).toString();
    }

    private static String shorten(String value) {
        String oneLine = value.replaceAll("[\\p{Cntrl}]", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }
}
