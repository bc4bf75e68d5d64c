package org.ogplod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogplod.queries.Facts.iri;
import static org.ogplod.queries.ResultRows.assertRows;
import static org.ogplod.queries.ResultRows.commitment;
import static org.ogplod.queries.ResultRows.ids;
import static org.ogplod.queries.ResultRows.line;
import static org.ogplod.queries.ResultRows.set;
import static org.ogplod.queries.ResultRows.sorted;
import static org.ogplod.queries.ResultRows.text;
import static org.ogplod.queries.ResultRows.turtle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * Examples about policy areas, OGP values and their alignments, run against the bundled data. Expected rows come from
 * the CSV files and the ontology files, never from SPARQL.
 */
class ExampleQueriesOnThemesTest {
    private final BundledRelease release = BundledRelease.shared();
    private final Facts facts = Facts.bundled();

    @Test
    void commitmentsOnAThemeWithNarrowerThemesAreEveryCommitmentTaggedUnderAntiCorruption() {
        Node area = iri("def/theme/anti-corruption");
        List<String> expected = facts.commitments.stream().sorted(Comparator.comparing(row -> row.get("id")))
                .map(row -> {
                    List<String> tags = facts.themes(row).stream()
                            .filter(tag -> facts.withBroader(tag).contains(area)).map(facts::label).toList();
                    return tags.isEmpty() ? null : line(commitment(row), row.get("id"), facts.memberName(row),
                            sorted(tags));
                }).filter(row -> row != null).toList();
        assertRows(expected, "commitments-on-a-theme-with-narrower-themes",
                row -> line(text(row, "commitment"), text(row, "id"), text(row, "memberName"),
                        set(row, "tags", "; ")));
    }

    @Test
    void policyAreasByUseCountTheCommitmentsAndMembersOfEveryTag() {
        Map<Node, List<Map<String, String>>> byTag = new LinkedHashMap<>();
        facts.commitments.forEach(row -> facts.themes(row).forEach(tag ->
                byTag.computeIfAbsent(tag, key -> new ArrayList<>()).add(row)));
        List<String[]> rows = new ArrayList<>();
        byTag.forEach((tag, commitments) -> facts.areas(tag).forEach(area -> rows.add(new String[] {tag.getURI(),
                facts.label(tag), facts.label(area), String.valueOf(commitments.size()),
                String.valueOf(commitments.stream().map(row -> row.get("member")).distinct().count())})));
        rows.sort(Comparator.<String[]>comparingInt(row -> -Integer.parseInt(row[3])).thenComparing(row -> row[1]));
        assertRows(rows.stream().map(row -> String.join(" | ", row)).toList(), "policy-areas-by-use",
                row -> line(text(row, "tag"), text(row, "tagLabel"), text(row, "areaLabel"), text(row, "commitments"),
                        text(row, "members")));
    }

    @Test
    void digitalGovernanceCommitmentsAreCountedPerMemberOverEveryTagUnderTheArea() {
        Node area = iri("def/theme/digital-governance");
        Map<String, Set<String>> ids = new TreeMap<>();
        Map<String, Set<String>> tags = new TreeMap<>();
        for (Map<String, String> row : facts.commitments) {
            for (Node tag : facts.themes(row)) {
                if (facts.withBroader(tag).contains(area)) {
                    ids.computeIfAbsent(row.get("member"), key -> new TreeSet<>()).add(row.get("id"));
                    tags.computeIfAbsent(row.get("member"), key -> new TreeSet<>()).add(facts.label(tag));
                }
            }
        }
        List<String> expected = ids.keySet().stream()
                .sorted(Comparator.<String>comparingInt(member -> -ids.get(member).size())
                        .thenComparing(member -> facts.member(member).get("name")))
                .map(member -> line(Facts.BASE + "id/member/" + member, facts.member(member).get("name"),
                        ids.get(member).size(), String.join("|", tags.get(member)))).toList();
        assertTrue(expected.size() > 1, "the bundled data has digital governance commitments of several members");
        assertRows(expected, "digital-governance-commitments-per-member",
                row -> line(text(row, "member"), text(row, "memberName"), text(row, "commitments"),
                        set(row, "tags", "; ")));
    }

    @Test
    void commitmentsPerOgpValueCountTheOgpValuesColumnForAllFourValues() {
        List<String[]> rows = new ArrayList<>();
        for (Node value : facts.valueConcepts()) {
            List<Map<String, String>> tagged = facts.commitments.stream()
                    .filter(row -> facts.values(row).contains(value)).toList();
            rows.add(new String[] {value.getURI(), facts.label(value), String.valueOf(tagged.size()),
                    String.valueOf(tagged.stream().map(row -> row.get("member")).distinct().count())});
        }
        rows.sort(Comparator.<String[]>comparingInt(row -> -Integer.parseInt(row[2])).thenComparing(row -> row[1]));
        assertEquals(4, rows.size());
        assertRows(rows.stream().map(row -> String.join(" | ", row)).toList(), "commitments-per-ogp-value",
                row -> line(text(row, "value"), text(row, "valueLabel"), text(row, "commitments"),
                        text(row, "members")));
    }

    @Test
    void membersWithOpenContractingAndBeneficialOwnershipHaveCommitmentsWithBothKindsOfTags() {
        Node openContracting = iri("def/theme/open-contracting");
        Set<Node> contractingTags = new HashSet<>(facts.closeMatches(openContracting));
        contractingTags.add(openContracting);
        Node ownership = iri("def/theme/beneficial-ownership");
        List<String> expected = facts.members.stream().sorted(Comparator.comparing(member -> member.get("name")))
                .map(member -> {
                    List<Map<String, String>> own = facts.commitmentsOf(member.get("slug"));
                    List<String> contracting = ids(own, row -> facts.themes(row).stream()
                            .anyMatch(contractingTags::contains));
                    List<String> owning = ids(own, row -> facts.themes(row).contains(ownership));
                    return contracting.isEmpty() || owning.isEmpty() ? null : line(Facts.BASE + "id/member/"
                            + member.get("slug"), member.get("name"), sorted(contracting), sorted(owning));
                }).filter(row -> row != null).toList();
        assertRows(expected, "members-with-open-contracting-and-beneficial-ownership",
                row -> line(text(row, "member"), text(row, "memberName"), set(row, "openContracting", ", "),
                        set(row, "beneficialOwnership", ", ")));
    }

    @Test
    void commitmentsLinkedToSdg16FollowTheAlignmentsOfTheirOwnTagsAndValues() {
        List<String> expected = facts.commitments.stream().sorted(Comparator.comparing(row -> row.get("id")))
                .map(row -> {
                    Set<String> targets = new TreeSet<>();
                    facts.themes(row).forEach(tag -> targets.addAll(facts.sdg16(tag)));
                    facts.values(row).forEach(value -> targets.addAll(facts.sdg16(value)));
                    return targets.isEmpty() ? null : line(commitment(row), row.get("id"), String.join("|", targets));
                }).filter(row -> row != null).toList();
        assertRows(expected, "commitments-linked-to-sdg-16",
                row -> line(text(row, "commitment"), text(row, "id"), set(row, "sdgTargets", " ")));
    }

    @Test
    void membersAndTheirPolicyAreasGraphLinksEachMemberToTheAreasOfItsCommitments() {
        Graph expected = GraphFactory.createDefaultGraph();
        for (Map<String, String> row : facts.commitments) {
            Node member = iri("id/member/" + row.get("member"));
            for (Node tag : facts.themes(row)) {
                for (Node area : facts.areas(tag)) {
                    expected.add(Triple.create(member, DCTerms.subject.asNode(), area));
                    expected.add(Triple.create(member, RDFS.label.asNode(),
                            NodeFactory.createLiteralString(facts.memberName(row))));
                    expected.add(Triple.create(area, SKOS.prefLabel.asNode(),
                            NodeFactory.createLiteralLang(facts.label(area), "en")));
                }
            }
        }
        Graph actual = release.construct("members-and-their-policy-areas");
        assertTrue(expected.isIsomorphicWith(actual), () -> "expected\n" + turtle(expected) + "\nbut got\n"
                + turtle(actual));
    }

    @Test
    void olderAndCurrentTagsOnOneCommitmentAreFoundByTheAskQuery() {
        boolean expected = facts.commitments.stream().anyMatch(row -> {
            Set<Node> tags = facts.themes(row);
            return tags.stream().anyMatch(tag -> facts.closeMatches(tag).stream().anyMatch(tags::contains));
        });
        assertTrue(expected, "KE0025 carries Open Contracting and Public Procurement next to Public Procurement");
        assertEquals(expected, release.ask("commitments-with-older-and-current-tags"));
    }
}
