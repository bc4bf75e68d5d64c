package org.ogplod.convert;

import java.util.function.Consumer;

/** Forwards problems to the run's report and counts the errors one thread has found (mappers judge rows by it). */
final class Tally implements Consumer<Problem> {
    private final Problems problems;
    private long errors;

    Tally(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void accept(Problem problem) {
        if (problem.isError()) {
            errors++;
        }
        problems.add(problem);
    }

    long errors() {
        return errors;
    }
}
