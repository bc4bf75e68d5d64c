package org.ogplod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link report of a release: its counts on a small graph worked out by hand, and a lost link between releases. */
class LinkReportTest {
    private static final String BASE = "http://example.org/ogp/";
    private static final String OGP = BASE + "def/ogp#";
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    private static final String THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final String SDG = "http://metadata.un.org/sdg/";

    @TempDir
    Path folder;

    @Test
    void countsLinksLinkersTargetsAndTargetsMissingFromTheReferenceList() throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Graph graph = dataset.getDefaultGraph();
            member(graph, "kenya", true);
            link(graph, BASE + "id/member/kenya", SKOS.closeMatch.asNode(), WD + "Q114");
            link(graph, BASE + "id/member/kenya", SKOS.closeMatch.asNode(), COUNTRY + "KEN");
            link(graph, BASE + "id/member/kenya", DCTerms.spatial.asNode(), COUNTRY + "KEN");
            member(graph, "nowhere", true);
            link(graph, BASE + "id/member/nowhere", SKOS.closeMatch.asNode(), WD + "Q99999999999");
            member(graph, "a-city", false);
            concept(graph, "theme", "access-to-information");
            link(graph, BASE + "def/theme/access-to-information", SKOS.closeMatch.asNode(), SDG + "16.10");
            link(graph, BASE + "def/theme/access-to-information", SKOS.relatedMatch.asNode(), THEME + "GOVE");
            concept(graph, "value", "civic-participation");
            link(graph, BASE + "def/value/civic-participation", SKOS.relatedMatch.asNode(), THEME + "NOPE");
            // Not ours: a link from elsewhere is not our link.
            link(graph, "http://example.com/other", SKOS.closeMatch.asNode(), WD + "Q1");
        });
        LinkReport.write(BASE, dataset, "2026-01-01-1", null, folder);
        JsonObject report = LinkReport.read(folder.resolve(LinkReport.JSON_FILE));
        assertEquals(BASE + "id/release/2026-01-01-1", report.get("release").getAsString().value());

        JsonObject wikidata = target(report, "wikidata");
        assertEquals(2, count(wikidata, "links"));
        assertEquals(2, count(wikidata, "linkingResources"));
        assertEquals(3, count(wikidata, "expectedLinkers"), "every member should link to Wikidata");
        assertEquals(Set.of(BASE + "id/member/a-city"), strings(wikidata, "unlinked"));
        assertEquals(Set.of(WD + "Q99999999999"), strings(wikidata, "notInReference"));

        JsonObject countries = target(report, "eu-country");
        assertEquals(2, count(countries, "links"));
        assertEquals(1, count(countries, "linkingResources"));
        assertEquals(1, count(countries, "distinctTargets"));
        assertEquals(2, count(countries, "expectedLinkers"), "national members only");
        assertEquals(Set.of(BASE + "id/member/nowhere"), strings(countries, "unlinked"));
        assertEquals(Set.of(), strings(countries, "notInReference"));
        assertEquals(1, countries.get("predicates").getAsObject().get(DCTerms.spatial.getURI()).getAsNumber().value()
                .intValue());

        JsonObject themes = target(report, "eu-data-theme");
        assertEquals(2, count(themes, "expectedLinkers"), "the policy areas and the OGP values");
        assertEquals(Set.of(THEME + "NOPE"), strings(themes, "notInReference"));
        assertEquals(Set.of(), strings(themes, "unlinked"));

        JsonObject sdg = target(report, "un-sdg");
        assertEquals(1, count(sdg, "links"));
        assertEquals(Set.of(BASE + "def/value/civic-participation"), strings(sdg, "unlinked"));
        assertTrue(sdg.get("previous").isNull(), "a first release has nothing to compare with");
        assertEquals(0, LinkReport.differences(report).size());
    }

    @Test
    void aLinkLostBetweenTwoReleasesShowsInTheReportAndItsDifferences() throws IOException {
        Path edited = Files.createDirectories(folder.resolve("kenya-without-wikidata"));
        Files.copy(Path.of("data/commitments.csv"), edited.resolve("commitments.csv"));
        List<String> members = Files.readAllLines(Path.of("data/members.csv"), StandardCharsets.UTF_8).stream()
                .map(line -> line.startsWith("kenya,") ? line.replace(",KEN,Q114,KEN,", ",KEN,,KEN,") : line).toList();
        assertFalse(members.equals(Files.readAllLines(Path.of("data/members.csv"), StandardCharsets.UTF_8)));
        Files.write(edited.resolve("members.csv"), members, StandardCharsets.UTF_8);
        try (Store store = Store.open(folder.resolve("store").toString())) {
            Release first = ChangesBetweenReleasesTest.publish(store, "2026-01-01-1", Path.of("data"));
            Release second = ChangesBetweenReleasesTest.publish(store, "2026-01-01-2", edited);
            JsonObject before = target(LinkReport.read(first.links()), "wikidata");
            JsonObject report = LinkReport.read(second.links());
            JsonObject after = target(report, "wikidata");
            String kenya = "http://localhost:8080/id/member/kenya";
            assertFalse(strings(before, "unlinked").contains(kenya));
            assertTrue(strings(after, "unlinked").contains(kenya));
            assertEquals(count(before, "linkingResources") - 1, count(after, "linkingResources"));
            JsonObject previous = after.get("previous").getAsObject();
            assertEquals(count(before, "linkingResources"), count(previous, "linkingResources"));
            assertEquals("http://localhost:8080/id/release/2026-01-01-1", report.get("previous").getAsString().value());

            Set<String> differences = new TreeSet<>();
            for (JsonValue value : LinkReport.differences(report)) {
                JsonObject difference = value.getAsObject();
                differences.add(difference.get("target").getAsString().value() + " "
                        + difference.get("figure").getAsString().value() + " " + difference.get("before") + " -> "
                        + difference.get("after"));
            }
            long linked = count(before, "linkingResources");
            long unlinked = strings(before, "unlinked").size();
            assertEquals(Set.of("wikidata links " + count(before, "links") + " -> " + (count(before, "links") - 1),
                    "wikidata linkingResources " + linked + " -> " + (linked - 1),
                    "wikidata distinctTargets " + count(before, "distinctTargets") + " -> "
                            + (count(before, "distinctTargets") - 1),
                    "wikidata unlinked " + unlinked + " -> " + (unlinked + 1)), differences);
        }
    }

    private static void member(Graph graph, String slug, boolean national) {
        Node member = NodeFactory.createURI(BASE + "id/member/" + slug);
        graph.add(Triple.create(member, RDF.type.asNode(), NodeFactory.createURI(OGP + "Member")));
        graph.add(Triple.create(member, RDF.type.asNode(),
                NodeFactory.createURI(OGP + (national ? "NationalMember" : "LocalMember"))));
    }

    private static void concept(Graph graph, String scheme, String slug) {
        graph.add(Triple.create(NodeFactory.createURI(BASE + "def/" + scheme + "/" + slug), SKOS.inScheme.asNode(),
                NodeFactory.createURI(BASE + "def/" + scheme)));
    }

    private static void link(Graph graph, String subject, Node predicate, String object) {
        graph.add(Triple.create(NodeFactory.createURI(subject), predicate, NodeFactory.createURI(object)));
    }

    static JsonObject target(JsonObject report, String key) {
        for (JsonValue value : report.get("targets").getAsArray()) {
            if (value.getAsObject().get("key").getAsString().value().equals(key)) {
                return value.getAsObject();
            }
        }
        throw new AssertionError("no target " + key + " in " + report);
    }

    private static long count(JsonObject target, String figure) {
        return target.get(figure).getAsNumber().value().longValue();
    }

    private static Set<String> strings(JsonObject target, String list) {
        JsonArray values = target.get(list).getAsArray();
        Set<String> strings = new TreeSet<>();
        values.forEach(value -> strings.add(value.getAsString().value()));
        return strings;
    }
}
