package org.ogplod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogplod.queries.Facts.list;
import static org.ogplod.queries.ResultRows.assertRows;
import static org.ogplod.queries.ResultRows.line;
import static org.ogplod.queries.ResultRows.orDash;
import static org.ogplod.queries.ResultRows.set;
import static org.ogplod.queries.ResultRows.sorted;
import static org.ogplod.queries.ResultRows.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.ogplod.convert.Converter;
import org.ogplod.ontology.Iris;

/**
 * Examples about members, their plans and institutions, and the release, run against the bundled data. Expected rows
 * come from the CSV files and the ontology files, never from SPARQL.
 */
class ExampleQueriesOnMembersTest {
    private final BundledRelease release = BundledRelease.shared();
    private final Facts facts = Facts.bundled();

    @Test
    void commitmentsOfAMemberByActionPlanGroupTheUnitedKingdomsCommitmentsByPlan() {
        Map<String, List<Map<String, String>>> plans = new TreeMap<>();
        facts.commitmentsOf("united-kingdom").forEach(row -> plans.computeIfAbsent(
                row.get("plan_start").isEmpty() ? "" : row.get("plan_start") + "-" + row.get("plan_end"),
                key -> new ArrayList<>()).add(row));
        List<String> expected = plans.entrySet().stream().map(plan -> {
            List<Map<String, String>> rows = plan.getValue();
            String ids = sorted(rows.stream().map(row -> row.get("id")).toList());
            if (plan.getKey().isEmpty()) {
                return line("-", "-", "-", "-", rows.size(), ids);
            }
            String title = rows.stream().map(row -> row.get("action_plan")).filter(t -> !t.isEmpty()).findFirst()
                    .orElse("United Kingdom action plan " + plan.getKey());
            return line(Facts.BASE + "id/action-plan/united-kingdom/" + plan.getKey(), title,
                    rows.get(0).get("plan_start"), rows.get(0).get("plan_end"), rows.size(), ids);
        }).toList();
        assertRows(expected, "commitments-of-a-member-by-action-plan",
                row -> line(text(row, "plan"), text(row, "planTitle"), text(row, "start"), text(row, "end"),
                        text(row, "commitments"), set(row, "ids", ", ")));
    }

    @Test
    void localAndNationalCommitmentsAreCountedPerTopLevelAreaAndPerValue() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Map<String, String> row : facts.commitments) {
            if (facts.member(row.get("member")).get("type").equals("other")) {
                continue; // Kosovo is neither a national nor a local member, so neither column counts it
            }
            Set<Node> areas = new LinkedHashSet<>();
            facts.themes(row).forEach(tag -> areas.addAll(facts.areas(tag)));
            int level = facts.local(row) ? 1 : 0;
            areas.forEach(area -> counts.computeIfAbsent(line(area.getURI(), "policy area", facts.label(area)),
                    key -> new int[2])[level]++);
            facts.values(row).forEach(value -> counts.computeIfAbsent(line(value.getURI(), "OGP value",
                    facts.label(value)), key -> new int[2])[level]++);
        }
        List<String> expected = counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(entry -> -entry.getValue()[1])
                        .thenComparingInt(entry -> -entry.getValue()[0])
                        .thenComparing(entry -> entry.getKey().split(" \\| ")[2])
                        .thenComparing(entry -> entry.getKey().split(" \\| ")[1]))
                .map(entry -> line(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
        assertTrue(expected.stream().anyMatch(row -> !row.endsWith(" | 0")), "some local commitments are counted");
        assertRows(expected, "local-and-national-commitments-by-subject",
                row -> line(text(row, "subject"), text(row, "kind"), text(row, "subjectLabel"),
                        text(row, "nationalCommitments"), text(row, "localCommitments")));
    }

    @Test
    void institutionsLeadingMostCommitmentsAreTheTenMostNamedLeadInstitutions() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> led = new LinkedHashMap<>();
        Map<String, String> memberNames = new LinkedHashMap<>();
        for (Map<String, String> row : facts.commitments) {
            for (String column : List.of("lead_institutions", "support_institutions")) {
                for (String name : list(row, column)) {
                    String institution = Facts.BASE + "id/institution/" + row.get("member") + "/" + Iris.slug(name);
                    names.putIfAbsent(institution, name);
                    memberNames.put(institution, facts.memberName(row));
                    if (column.equals("lead_institutions")) {
                        led.computeIfAbsent(institution, key -> new TreeSet<>()).add(row.get("id"));
                    }
                }
            }
        }
        List<String> expected = led.keySet().stream()
                .sorted(Comparator.<String>comparingInt(institution -> -led.get(institution).size())
                        .thenComparing(names::get).thenComparing(Function.identity()))
                .limit(10).map(institution -> line(institution, names.get(institution),
                        memberNames.get(institution), led.get(institution).size())).toList();
        assertRows(expected, "institutions-leading-most-commitments",
                row -> line(text(row, "institution"), text(row, "name"), text(row, "memberName"),
                        text(row, "commitments")));
    }

    @Test
    void membersByYearJoinedCountTheJoinedColumnByLevelOfGovernment() {
        Map<String, List<Map<String, String>>> years = new TreeMap<>();
        facts.members.stream().filter(member -> !member.get("joined").isEmpty()).forEach(member ->
                years.computeIfAbsent(member.get("joined"), key -> new ArrayList<>()).add(member));
        List<String> expected = years.entrySet().stream().map(year -> {
            long local = year.getValue().stream().filter(member -> member.get("type").equals("local")).count();
            return line(year.getKey(), year.getValue().size(), year.getValue().size() - local, local,
                    sorted(year.getValue().stream().map(member -> member.get("name")).toList()));
        }).toList();
        assertRows(expected, "members-by-year-joined",
                row -> line(text(row, "year"), text(row, "members"), text(row, "nationalMembers"),
                        text(row, "localMembers"), set(row, "names", "; ")));
    }

    @Test
    void membersWithWikidataAndEuCountryAreTheMembersWithCodesInTheMembersTable() {
        List<String> expected = facts.members.stream()
                .filter(member -> !member.get("wikidata").isEmpty() || !member.get("iso3").isEmpty())
                .sorted(Comparator.comparing(member -> member.get("name")))
                .map(member -> line(Facts.BASE + "id/member/" + member.get("slug"), member.get("name"),
                        orDash(member.get("iso2")), orDash(member.get("iso3")), orDash(member.get("wikidata")),
                        member.get("wikidata").isEmpty() ? "-" : "http://www.wikidata.org/entity/"
                                + member.get("wikidata"),
                        member.get("iso3").isEmpty() ? "-" : "http://publications.europa.eu/resource/authority/"
                                + "country/" + member.get("iso3"))).toList();
        assertEquals(72, expected.size(), "data/README.md: every national member has its ISO codes");
        assertRows(expected, "members-with-wikidata-and-eu-country",
                row -> line(text(row, "member"), text(row, "name"), text(row, "iso2"), text(row, "iso3"),
                        text(row, "wikidataId"), text(row, "wikidata"), text(row, "euCountry")));
    }

    @Test
    void releaseProvenanceNamesBothInputsWithTheirChecksumsAndTheCountsOfTheRun() throws IOException {
        Converter.Result conversion = release.conversion();
        // ogp:triples counts the data the run wrote, not the triples that describe the release itself.
        long dataTriples = release.converted() - release.described();
        String time = BundledRelease.CONVERTED_AT.toString();
        List<String> expected = new ArrayList<>();
        for (String file : List.of("commitments.csv", "members.csv")) {
            expected.add(line(Facts.BASE + "id/release/" + BundledRelease.RELEASE_ID, BundledRelease.RELEASE_ID,
                    time, "ogp-lod converter " + Converter.VERSION, time, time,
                    facts.members.size() + facts.commitments.size(), dataTriples,
                    conversion.problems().total(), file, sha256(Path.of("data", file))));
        }
        assertRows(expected, "release-provenance",
                row -> line(text(row, "release"), text(row, "releaseId"), text(row, "generatedAt"),
                        text(row, "converter"), text(row, "startedAt"), text(row, "endedAt"), text(row, "rowsRead"),
                        text(row, "triples"), text(row, "problems"), text(row, "input"),
                        text(row, "sha256").toLowerCase(Locale.ROOT)));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
