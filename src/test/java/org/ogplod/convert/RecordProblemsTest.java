package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Errors in a record's cells, in every input format: each problem names the file, the place of the cell (line,
 * sheet and cell, or JSON pointer), the column and the value.
 */
class RecordProblemsTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void theFixtureItselfConvertsWithoutProblems(InputFormat format) throws IOException {
        Fixture.write(format, folder, Fixture.COMMITMENTS);
        Graph graph = Conversion.graph(folder);
        assertEquals(3, graph.find(null, RDF.type.asNode(),
                NodeFactory.createURI("http://localhost:8080/def/ogp#Commitment")).toList().size());
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void duplicateIdNamesFileLineAndColumnOfBothRecords(InputFormat format) throws IOException {
        Rows rows = Fixture.COMMITMENTS.with(2, "id", "KE0001").with(2, "member", "kenya");
        Path file = Fixture.write(format, folder, rows);
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, format.cell(file, rows, 2, "id") + " column 'id': 'KE0001' is a duplicate",
                "first at " + format.cell(file, rows, 0, "id"));
        assertEquals(1, problems.errors(), problems.text());
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void unknownMemberNamesFileLineAndColumn(InputFormat format) throws IOException {
        Rows rows = Fixture.COMMITMENTS.with(1, "member", "atlantis");
        Path file = Fixture.write(format, folder, rows);
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems,
                format.cell(file, rows, 1, "member") + " column 'member': 'atlantis' is not a member");
        assertEquals(1, problems.errors(), problems.text());
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void unknownPolicyAreaNamesFileLineAndColumn(InputFormat format) throws IOException {
        Rows rows = Fixture.COMMITMENTS.with(1, "policy_areas", "Beneficial Ownership;Underwater Basket Weaving");
        Path file = Fixture.write(format, folder, rows);
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, format.cell(file, rows, 1, "policy_areas")
                + " column 'policy_areas': 'Underwater Basket Weaving' is not a concept of the scheme /def/theme");
        assertEquals(1, problems.errors(), problems.text());
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void unknownOgpValueNamesFileLineAndColumn(InputFormat format) throws IOException {
        Rows rows = Fixture.COMMITMENTS.with(0, "ogp_values", "Access to Information;Openness");
        Path file = Fixture.write(format, folder, rows);
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, format.cell(file, rows, 0, "ogp_values")
                + " column 'ogp_values': 'Openness' is not a concept of the scheme /def/value");
        assertEquals(1, problems.errors(), problems.text());
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void badDatesNameFileLineAndColumn(InputFormat format) throws IOException {
        Rows rows = Fixture.COMMITMENTS.with(1, "start", "2021-13").with(2, "end", "2022-02-30");
        Path file = Fixture.write(format, folder, rows);
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, format.cell(file, rows, 1, "start") + " column 'start': '2021-13' is not a date");
        Conversion.problem(problems, format.cell(file, rows, 2, "end") + " column 'end': '2022-02-30' is not a date");
        assertEquals(2, problems.errors(), problems.text());
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void badSourceIrisNameFileLineAndColumn(InputFormat format) throws IOException {
        Rows rows = Fixture.COMMITMENTS.with(0, "source", "www.opengovpartnership.org/members/kenya/")
                .with(2, "source", "https://opengovpartnership.org/members/makueni kenya/");
        Path file = Fixture.write(format, folder, rows);
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, format.cell(file, rows, 0, "source")
                + " column 'source': 'www.opengovpartnership.org/members/kenya/' is not an absolute");
        Conversion.problem(problems, format.cell(file, rows, 2, "source")
                + " column 'source': 'https://opengovpartnership.org/members/makueni kenya/' is not an absolute");
        assertEquals(2, problems.errors(), problems.text());
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void unknownColumnIsOnlyAWarning(InputFormat format) throws IOException {
        Path file = Fixture.write(format, folder, Fixture.COMMITMENTS.withColumn("colour", "green"));
        Converter.Result result = Conversion.converter(false).convert(List.of(folder), new StreamRDFBase());
        assertEquals(0, result.problems().errors(), result.problems().text());
        Problem warning = Conversion.problem(result.problems(), file.toString(), "column 'colour'", "not a known");
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertEquals(3, result.rowsConverted() - Fixture.MEMBERS.records().size());
    }

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void missingRequiredColumnStopsTheRunBeforeAnythingIsWritten(InputFormat format) throws IOException {
        Path file = Fixture.write(format, folder, Fixture.COMMITMENTS.without("source"));
        List<String> received = new ArrayList<>();
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void start() {
                received.add("start");
            }

            @Override
            public void triple(Triple triple) {
                received.add(triple.toString());
            }

            @Override
            public void quad(Quad quad) {
                received.add(quad.toString());
            }

            @Override
            public void prefix(String prefix, String iri) {
                received.add(prefix);
            }
        };
        ConversionFailed failed = assertThrows(ConversionFailed.class,
                () -> Conversion.converter(false).convert(List.of(folder), sink));
        Conversion.problem(failed.problems(), file + " header column 'source': is a required column and is missing");
        assertEquals(List.of(), received, "the sink received nothing");
    }

    @Test
    void localMemberWithUnknownParentNamesFileLineAndColumn() throws IOException {
        Rows members = Fixture.MEMBERS.with(1, "parent", "tanzania");
        Path file = InputFormat.CSV.write(members, folder, "members");
        InputFormat.CSV.write(Fixture.COMMITMENTS, folder, "commitments");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, file + ":3 column 'parent': 'tanzania' is not a member slug");
    }

    @Test
    void nationalMemberWithParentIsAnError() throws IOException {
        Rows members = Fixture.MEMBERS.plus(List.of("uganda", "Uganda", "national", "kenya",
                "https://www.opengovpartnership.org/members/uganda/"));
        Path file = InputFormat.CSV.write(members, folder, "members");
        InputFormat.CSV.write(Fixture.COMMITMENTS, folder, "commitments");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, file + ":4 column 'parent': 'kenya'");
    }
}
