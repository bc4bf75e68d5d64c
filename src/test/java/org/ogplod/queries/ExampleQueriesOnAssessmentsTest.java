package org.ogplod.queries;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogplod.queries.Facts.list;
import static org.ogplod.queries.ResultRows.assertRows;
import static org.ogplod.queries.ResultRows.commitment;
import static org.ogplod.queries.ResultRows.line;
import static org.ogplod.queries.ResultRows.set;
import static org.ogplod.queries.ResultRows.sorted;
import static org.ogplod.queries.ResultRows.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/**
 * Examples about IRM assessments, run against the bundled data. Expected rows come from the CSV files and the ontology
 * files, never from SPARQL.
 */
class ExampleQueriesOnAssessmentsTest {
    private final Facts facts = Facts.bundled();

    @Test
    void irmResultsByMethodologyCountAssessmentsAndTheirResultLevelsPerMethodology() {
        List<String> expected = new ArrayList<>();
        for (String methodology : List.of("original", "refreshed")) {
            List<Map<String, String>> assessed = facts.commitments.stream()
                    .filter(row -> row.get("irm_methodology").equals(methodology)).toList();
            String label = methodology.substring(0, 1).toUpperCase(Locale.ROOT) + methodology.substring(1);
            String results = methodology.equals("original") ? "did it open government?" : "early results";
            Map<String, Integer> levels = new TreeMap<>();
            for (Map<String, String> row : assessed) {
                if (!row.get("irm_completion").isEmpty()) {
                    levels.merge("completion | " + row.get("irm_completion"), 1, Integer::sum);
                }
                if (!row.get("irm_early_results").isEmpty()) {
                    levels.merge(results + " | " + row.get("irm_early_results"), 1, Integer::sum);
                }
            }
            levels.forEach((level, count) -> expected.add(line(label, assessed.size(), level, count)));
            if (levels.isEmpty()) {
                expected.add(line(label, assessed.size(), "-", "-", 0));
            }
        }
        assertRows(expected, "irm-results-by-methodology",
                row -> line(text(row, "methodologyLabel"), text(row, "assessments"), text(row, "indicatorLabel"),
                        text(row, "levelLabel"), text(row, "rated")));
    }

    @Test
    void commitmentsWithMajorOrOutstandingResultsAreTheRowsRatedSo() {
        List<String> expected = facts.commitments.stream()
                .filter(row -> Set.of("major", "outstanding").contains(row.get("irm_early_results")
                        .toLowerCase(Locale.ROOT)))
                .sorted(Comparator.<Map<String, String>, String>comparing(row -> row.get("irm_early_results"))
                        .reversed().thenComparing(row -> row.get("id")))
                .map(row -> line(commitment(row), row.get("id"), facts.memberName(row),
                        row.get("irm_methodology").equals("original") ? "Original" : "Refreshed",
                        row.get("irm_early_results"), sorted(list(row, "irm_reports").stream()
                                .map(report -> facts.memberName(row) + " IRM " + report).toList())))
                .toList();
        assertTrue(!expected.isEmpty(), "the bundled data has commitments with major results");
        assertRows(expected, "commitments-with-major-or-outstanding-results",
                row -> line(text(row, "commitment"), text(row, "id"), text(row, "memberName"),
                        text(row, "methodologyLabel"), text(row, "levelLabel"), set(row, "reports", "; ")));
    }

    @Test
    void starredCommitmentsByThemeCountTheStarRatingsUnderEachTopLevelArea() {
        Map<Node, int[]> counts = new LinkedHashMap<>();
        for (Map<String, String> row : facts.commitments) {
            if (row.get("irm_starred").isEmpty()) {
                continue;
            }
            Set<Node> areas = new LinkedHashSet<>();
            facts.themes(row).forEach(tag -> areas.addAll(facts.areas(tag)));
            int column = row.get("irm_starred").equals("yes") ? 0 : 1;
            areas.forEach(area -> counts.computeIfAbsent(area, key -> new int[2])[column]++);
        }
        List<String> expected = counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Node, int[]>>comparingInt(entry -> -entry.getValue()[0])
                        .thenComparingInt(entry -> -entry.getValue()[1])
                        .thenComparing(entry -> facts.label(entry.getKey())))
                .map(entry -> line(entry.getKey().getURI(), facts.label(entry.getKey()), entry.getValue()[0],
                        entry.getValue()[1])).toList();
        assertTrue(!expected.isEmpty(), "the bundled data has star ratings");
        assertRows(expected, "starred-commitments-by-theme",
                row -> line(text(row, "area"), text(row, "areaLabel"), text(row, "starred"), text(row, "notStarred")));
    }
}
