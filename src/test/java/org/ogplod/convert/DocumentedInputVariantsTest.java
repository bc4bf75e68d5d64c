package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The variations data/README.md promises to accept give the same graph as the canonical files: header aliases
 * (in any case and punctuation), labels in other cases and languages, and members named instead of slugged.
 */
class DocumentedInputVariantsTest {
    /** The alias tables of data/README.md, copied by hand ("Header aliases"). */
    private static final Map<String, List<String>> COMMITMENT_ALIASES = Map.ofEntries(
            Map.entry("id", List.of("Commitment ID", "Commitment Id")),
            Map.entry("member", List.of("Country", "Member", "Country/Local")),
            Map.entry("title", List.of("Commitment Title", "Title of Reform")),
            Map.entry("lead_institutions", List.of("Lead Institution", "Responsible Institution", "Lead Institutions")),
            Map.entry("support_institutions", List.of("Support Institution(s)", "Supporting Institution",
                    "Support Institutions")),
            Map.entry("policy_areas", List.of("Policy Areas", "Policy Area", "Primary Policy Area", "Challenge Area")),
            Map.entry("ogp_values", List.of("OGP Values", "OGP Value")),
            Map.entry("action_plan", List.of("Action Plan")),
            Map.entry("cycle", List.of("Action Plan Cycle")),
            Map.entry("start", List.of("Commitment Start")),
            Map.entry("end", List.of("Commitment End")),
            Map.entry("irm_reports", List.of("IRM Report", "IRM Reports")),
            Map.entry("irm_verifiable", List.of("Verifiable")),
            Map.entry("irm_relevant", List.of("Relevant", "Relevant to OGP Values")),
            Map.entry("irm_specificity", List.of("Specificity")),
            Map.entry("irm_potential_impact", List.of("Potential Impact")),
            Map.entry("irm_ambition", List.of("Ambition")),
            Map.entry("irm_potential_for_results", List.of("Potential for Results")),
            Map.entry("irm_completion", List.of("Completion")),
            Map.entry("irm_early_results", List.of("Early Results", "Did it Open Government?", "DIOG")),
            Map.entry("irm_starred", List.of("Starred")),
            Map.entry("source", List.of("Source URL", "URL")));
    private static final Map<String, List<String>> MEMBER_ALIASES = Map.of(
            "name", List.of("Member Name", "Country"),
            "type", List.of("Member Type", "Level of Government"),
            "joined", List.of("Member Since", "Year Joined"),
            "iso2", List.of("ISO 3166-1 alpha-2"),
            "iso3", List.of("ISO 3166-1 alpha-3"),
            "wikidata", List.of("Wikidata QID", "QID"),
            "founding", List.of("Founding Member"),
            "parent", List.of("Parent Member"));

    @TempDir
    Path folder;

    @ParameterizedTest(name = "alias number {0} of each column")
    @ValueSource(ints = {0, 1, 2, 3})
    void headerAliasesGiveTheSameGraphAsCanonicalHeaders(int choice) throws IOException {
        for (String name : List.of("national-original-methodology", "local-member-without-plan")) {
            Path golden = GoldenTest.GOLDEN.resolve(name);
            Path aliased = Files.createDirectories(folder.resolve(name));
            renamed(Rows.readCsv(golden.resolve("members.csv")), MEMBER_ALIASES, choice)
                    .writeCsv(aliased.resolve("members.csv"));
            renamed(Rows.readCsv(golden.resolve("commitments.csv")), COMMITMENT_ALIASES, choice)
                    .writeCsv(aliased.resolve("commitments.csv"));
            Converter.Result result = Conversion.converter(false).convert(List.of(aliased),
                    new StreamRDFBase());
            assertEquals(0, result.problems().total(), "every alias is known:\n" + result.problems().text());
            Conversion.assertIsomorphic(Conversion.withoutRelease(Conversion.graph(golden)),
                    Conversion.withoutRelease(Conversion.graph(aliased)), name + " with aliases " + choice);
        }
    }

    @Test
    void labelsMatchInAnyCaseAndLanguageAndMembersMayBeNamed() throws IOException {
        Path canonical = Files.createDirectories(folder.resolve("canonical"));
        Path variant = Files.createDirectories(folder.resolve("variant"));
        Rows rows = Fixture.COMMITMENTS.with(0, "policy_areas", "Open Data;Fiscal Openness");
        Fixture.write(InputFormat.CSV, canonical, rows);
        Fixture.write(InputFormat.CSV, variant, rows.with(0, "policy_areas", "Datos Abiertos;FISCAL openness")
                .with(1, "ogp_values", "public accountability").with(0, "member", "Kenya")
                .with(2, "member", "makueni, KENYA"));
        Conversion.assertIsomorphic(Conversion.withoutRelease(Conversion.graph(canonical)),
                Conversion.withoutRelease(Conversion.graph(variant)), "labels and member names");
    }

    /** The rows with every header that has aliases replaced by one of them, in a case and spacing users might type. */
    private static Rows renamed(Rows rows, Map<String, List<String>> aliases, int choice) {
        List<String> header = new ArrayList<>();
        for (String column : rows.header()) {
            List<String> names = aliases.get(column);
            String alias = names == null ? column : names.get(choice % names.size());
            header.add(choice % 2 == 0 ? alias : alias.toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
        return new Rows(header, rows.records());
    }
}
