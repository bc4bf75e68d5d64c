package org.ogplod.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ogplod.web.guard.QueryLimits;
import org.ogplod.web.guard.QueryPolicy;
import org.ogplod.web.guard.QueryRefused;

/**
 * Jazzer target for the query policy: any text, and any expression tree built from fuzzed operators and nesting, is
 * accepted or refused with a 400 and a sentence, quickly, and never with another exception (no stack overflow).
 */
class QueryPolicyFuzzingTest {
    private static final QueryPolicy POLICY = new QueryPolicy(QueryLimits.defaults());
    private static final String[] OPERATORS = {" + ", " * ", " || ", " && ", " = ", " < "};
    private static final String[] CALLS = {"CONCAT(", "STRLEN(", "UCASE(", "<http://jena.apache.org/ARQ/function#wait>(",
        "<java:x.Y>(", "REGEX(\"a\", ", "<http://www.w3.org/2001/XMLSchema#integer>(", "ENCODE_FOR_URI("};

    @FuzzTest(maxDuration = "30s")
    void anyQueryTextIsAcceptedOrRefusedWithASentence(FuzzedDataProvider data) {
        check(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "30s")
    void anyExpressionTreeIsAcceptedOrRefusedWithASentence(FuzzedDataProvider data) {
        StringBuilder expression = new StringBuilder("1");
        int open = 0;
        while (data.remainingBytes() > 0 && expression.length() < 150_000) {
            int choice = data.consumeInt(0, 2);
            int repeat = data.consumeInt(1, 5_000);
            if (choice == 0) {
                expression.append((data.pickValue(OPERATORS) + "1").repeat(repeat));
            } else if (choice == 1) {
                expression.insert(0, data.pickValue(CALLS).repeat(Math.min(repeat, 2_000)));
                open += Math.min(repeat, 2_000);
            } else {
                expression.insert(0, "(".repeat(repeat)).append(")".repeat(repeat));
            }
        }
        check("SELECT (" + expression + ")".repeat(open) + " AS ?x) WHERE { ?s ?p ?o }");
    }

    private static void check(String query) {
        long started = System.nanoTime();
        try {
            POLICY.check(query);
        } catch (QueryRefused refused) {
            assertTrue(refused.status() == 400 && !refused.getMessage().isBlank(), refused.getMessage());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 5_000, "checking took " + millis + " ms");
    }
}
