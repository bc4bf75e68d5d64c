package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column rules of data/README.md beyond the basic error classes, each broken once in a CSV file. */
class RuleProblemsTest {
    private static final List<String> IRM_HEADER = List.of("id", "member", "title", "plan_start", "plan_end",
            "irm_methodology", "irm_reports", "irm_completion", "irm_starred", "irm_potential_for_results", "source");

    @TempDir
    Path folder;

    private Path commitments(List<String> record) throws IOException {
        Rows rows = Rows.of(IRM_HEADER, List.of("KE0001", "kenya", "Open Data", "2019", "2021", "original",
                "End-of-Term Report 2019-2021", "Complete", "yes", "", "https://opengovpartnership.org/c/KE0001"));
        return Fixture.write(InputFormat.CSV, folder, rows.plus(record));
    }

    @Test
    void theValidIrmRecordConverts() throws IOException {
        commitments(List.of("KE0002", "kenya", "Open Budget", "2021", "2023", "refreshed",
                "Results Report 2021-2023", "Limited", "", "Modest", "https://opengovpartnership.org/c/KE0002"));
        Graph graph = Conversion.graph(folder);
        assertTrue(graph.contains(
                node("http://localhost:8080/id/assessment/KE0002/results-report-2021-2023"),
                node("http://localhost:8080/def/ogp#potentialForResults"),
                node("http://localhost:8080/def/potential-for-results/modest")), Conversion.turtle(graph));
        assertTrue(graph.contains(
                node("http://localhost:8080/id/assessment/KE0001/end-of-term-report-2019-2021"),
                node("http://localhost:8080/def/ogp#starred"), node("http://localhost:8080/def/starred/yes")));
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void irmValuesWithoutMethodologyNameTheMethodologyColumn() throws IOException {
        Path file = commitments(List.of("KE0002", "kenya", "Open Budget", "2021", "2023", "",
                "Results Report 2021-2023", "Limited", "", "", "https://opengovpartnership.org/c/KE0002"));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, file + ":3 column 'irm_methodology': '' must be 'original' or 'refreshed'");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void originalOnlyIndicatorUnderRefreshedMethodologyIsAnError() throws IOException {
        Path file = commitments(List.of("KE0002", "kenya", "Open Budget", "2021", "2023", "refreshed",
                "Results Report 2021-2023", "Limited", "yes", "", "https://opengovpartnership.org/c/KE0002"));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems,
                file + ":3 column 'irm_starred': 'yes' is an indicator of the other IRM methodology");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void planThatEndsBeforeItStartsIsAnError() throws IOException {
        Path file = commitments(List.of("KE0002", "kenya", "Open Budget", "2023", "2021", "", "", "", "", "",
                "https://opengovpartnership.org/c/KE0002"));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, file + ":3 column 'plan_end': '2023-2021' is not an action plan period");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void idThatIsNotAnOgpIdIsAnError() throws IOException {
        Path file = commitments(List.of("KE02", "kenya", "Open Budget", "", "", "", "", "", "", "",
                "https://opengovpartnership.org/c/KE0002"));
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, file + ":3 column 'id': 'KE02' is not an OGP commitment id");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void duplicateMemberSlugAndUnknownTypeNameTheirLines() throws IOException {
        Rows members = Fixture.MEMBERS
                .plus(List.of("kenya", "Kenya again", "national", "", "https://opengovpartnership.org/m/kenya"))
                .plus(List.of("atlantis", "Atlantis", "sunken", "", "https://opengovpartnership.org/m/atlantis"));
        Path file = InputFormat.CSV.write(members, folder, "members");
        InputFormat.CSV.write(Fixture.COMMITMENTS, folder, "commitments");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems,
                file + ":4 column 'slug': 'kenya' is a duplicate member slug (first at " + file + ":2)");
        Conversion.problem(problems, file + ":5 column 'type': 'sunken' must be 'national', 'local' or 'other'");
        assertEquals(2, problems.errors(), problems.text());
    }
}
