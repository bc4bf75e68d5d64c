package org.ogplod.queries;

import static org.ogplod.queries.Facts.iri;
import static org.ogplod.queries.ResultRows.assertRows;
import static org.ogplod.queries.ResultRows.commitment;
import static org.ogplod.queries.ResultRows.line;
import static org.ogplod.queries.ResultRows.orDash;
import static org.ogplod.queries.ResultRows.set;
import static org.ogplod.queries.ResultRows.sorted;
import static org.ogplod.queries.ResultRows.text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/**
 * The digital-governance examples (issue 8's lens), run against the bundled data. Expected rows come from the
 * policy_areas cells of the CSV files and the broader links of the theme scheme, never from SPARQL.
 */
class ExampleQueriesOnDigitalGovernanceTest {
    private final Facts facts = Facts.bundled();

    @Test
    void automatedDecisionMakingAndDataPrivacyCommitmentsAreTheRowsTaggedUnderEither() {
        assertTopicRows("automated-decision-making-and-data-privacy-commitments", "automated-decision-making",
                "data-stewardship-and-privacy");
    }

    @Test
    void disinformationAndOnlineCivicSpaceCommitmentsAreTheRowsTaggedUnderEither() {
        assertTopicRows("disinformation-and-online-civic-space-commitments", "disinformation-misinformation",
                "online-civic-space");
    }

    @Test
    void digitalInclusionAndParticipationCommitmentsAreTheRowsTaggedUnderEither() {
        assertTopicRows("digital-inclusion-and-participation-commitments", "digital-inclusion",
                "digital-participation");
    }

    @Test
    void openDataAndEGovernmentCommitmentsAreCountedPerCycle() {
        Set<Node> areas = Set.of(iri("def/theme/open-data"), iri("def/theme/e-government"));
        Map<String, Set<String>> commitments = new TreeMap<>();
        Map<String, Set<String>> members = new TreeMap<>();
        for (Map<String, String> row : facts.commitments) {
            boolean tagged = facts.themes(row).stream().anyMatch(tag -> facts.withBroader(tag).stream()
                    .anyMatch(areas::contains));
            if (tagged && !row.get("cycle").isEmpty()) {
                commitments.computeIfAbsent(row.get("cycle"), key -> new TreeSet<>()).add(row.get("id"));
                members.computeIfAbsent(row.get("cycle"), key -> new TreeSet<>()).add(row.get("member"));
            }
        }
        List<String> expected = commitments.keySet().stream()
                .map(cycle -> line(cycle, commitments.get(cycle).size(), members.get(cycle).size())).toList();
        assertRows(expected, "open-data-and-e-government-commitments-per-cycle",
                row -> line(text(row, "cycle"), text(row, "commitments"), text(row, "members")));
    }

    private void assertTopicRows(String query, String... topics) {
        List<Node> topicNodes = java.util.Arrays.stream(topics).map(slug -> iri("def/theme/" + slug)).toList();
        List<String> expected = facts.commitments.stream().sorted(Comparator.comparing(row -> row.get("id")))
                .map(row -> {
                    List<String> labels = topicNodes.stream().filter(topic -> facts.themes(row).stream()
                            .anyMatch(tag -> facts.withBroader(tag).contains(topic))).map(facts::label).toList();
                    return labels.isEmpty() ? null : line(commitment(row), row.get("id"), facts.memberName(row),
                            orDash(row.get("cycle")), sorted(labels));
                }).filter(row -> row != null).toList();
        assertRows(expected, query, row -> line(text(row, "commitment"), text(row, "id"), text(row, "memberName"),
                text(row, "cycle"), set(row, "topics", "; ")));
    }
}
