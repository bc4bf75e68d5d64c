package org.ogplod.convert;

/** The run stopped on data problems; the report says which. Nothing may be published from a failed run. */
public final class ConversionFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problems problems;

    public ConversionFailed(Problems problems) {
        super(summary(problems));
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    private static String summary(Problems problems) {
        return problems.list().stream().filter(Problem::isError).findFirst()
                .map(first -> problems.errors() == 1 ? first.toString()
                        : first + " (and " + (problems.errors() - 1) + " more errors)")
                .orElse("conversion failed");
    }
}
