package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogp-lod convert} as users run it: exit codes, the output file, formats, base IRI and the report. */
class ConvertCommandTest {
    static final String RELEASE = "2026-01-01-1";

    @TempDir
    Path temp;
    Path bad;
    Path out;

    @BeforeEach
    void writeABadInput() throws IOException {
        bad = Files.createDirectories(temp.resolve("bad"));
        out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(bad.resolve("members.csv"), "slug,name,type,source\r\n"
                + "kenya,Kenya,national,https://www.opengovpartnership.org/members/kenya/\r\n");
        Files.writeString(bad.resolve("commitments.csv"), "id,member,title,source\r\n"
                + "KE0001,kenya,Open Data,https://opengovpartnership.org/c/KE0001\r\n"
                + "KE0002,atlantis,Open Budget,https://opengovpartnership.org/c/KE0002\r\n");
    }

    @Test
    void convertingTheBundledDataExitsZeroAndWritesTurtle() throws IOException {
        Path turtle = out.resolve("out.ttl");
        CommandRun run = CommandRun.of("convert", "data", "-o", turtle.toString(), "--release-id", RELEASE);
        assertEquals(0, run.exitCode(), run.printed());
        Graph graph = parse(turtle, Lang.TURTLE);
        assertTrue(graph.size() > 3000, "triples: " + graph.size());
        assertTrue(graph.contains(NodeFactory.createURI("http://localhost:8080/id/commitment/UK0107"),
                RDF.type.asNode(), NodeFactory.createURI("http://localhost:8080/def/ogp#Commitment")));
        assertTrue(run.err().contains("converted 769 rows"), run.printed());
        assertEquals(List.of(turtle.getFileName().toString()), names(out), "no temporary file is left");
    }

    @Test
    void badInputExitsOneAndLeavesNoOutputOrPartFile() throws IOException {
        CommandRun run = CommandRun.of("convert", bad.toString(), "-o", out.resolve("out.ttl").toString());
        assertEquals(1, run.exitCode(), run.printed());
        assertEquals(List.of(), names(out), "neither out.ttl nor a *.part file");
        assertTrue(run.err().contains(bad.resolve("commitments.csv") + ":3 column 'member': 'atlantis'"),
                run.printed());
        assertTrue(run.err().contains("error: conversion failed; no output was written"), run.printed());
    }

    @Test
    void failedRunLeavesAnEarlierOutputUntouched() throws IOException {
        Path earlier = Files.writeString(out.resolve("out.ttl"), "# the previous release\n");
        CommandRun run = CommandRun.of("convert", bad.toString(), "-o", earlier.toString());
        assertEquals(1, run.exitCode(), run.printed());
        assertEquals("# the previous release\n", Files.readString(earlier));
        assertEquals(List.of("out.ttl"), names(out));
    }

    @Test
    void failedRunWithoutOutputFilePrintsNoRdf() {
        CommandRun run = CommandRun.of("convert", bad.toString());
        assertEquals(1, run.exitCode(), run.printed());
        assertEquals("", run.out());
    }

    @Test
    void withoutOutputFileTheRdfGoesToStandardOutputAndTheSummaryToStandardError() throws IOException {
        Path file = out.resolve("out.nt");
        CommandRun toFile = CommandRun.of("convert", "data", "--format", "nt", "-o", file.toString(),
                "--release-id", RELEASE);
        CommandRun toStandardOutput = CommandRun.of("convert", "data", "--format", "nt", "--release-id", RELEASE);
        assertEquals(0, toStandardOutput.exitCode(), toStandardOutput.printed());
        Graph printed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(toStandardOutput.out(), Lang.NTRIPLES).parse(printed);
        assertEquals(parse(file, Lang.NTRIPLES).size(), printed.size(), toFile.printed());
        assertTrue(toStandardOutput.err().contains("converted 769 rows"), toStandardOutput.printed());
    }

    @Test
    void strictOptionStopsAtTheFirstErrorWhileTheDefaultCollectsThemAll() throws IOException {
        Files.writeString(bad.resolve("commitments.csv"), "KE0003,atlantis,Open Courts,https://x.org/c/3\r\n",
                StandardOpenOption.APPEND);
        CommandRun strict = CommandRun.of("convert", "--strict", bad.toString(), "-o", out.resolve("a.ttl").toString());
        assertEquals(1, strict.exitCode(), strict.printed());
        assertTrue(strict.err().contains("\n1 errors, 0 warnings"), strict.printed());
        CommandRun collecting = CommandRun.of("convert", bad.toString(), "-o", out.resolve("b.ttl").toString());
        assertEquals(1, collecting.exitCode(), collecting.printed());
        assertTrue(collecting.err().contains("\n2 errors, 0 warnings"), collecting.printed());
        assertEquals(List.of(), names(out));
    }

    @Test
    void unknownOptionExitsTwo() {
        CommandRun run = CommandRun.of("convert", "--colour", "green", "data");
        assertEquals(2, run.exitCode(), run.printed());
        assertTrue(run.err().contains("--colour"), run.printed());
    }

    @Test
    void baseUriWithoutTrailingSlashExitsTwoAndWritesNothing() throws IOException {
        CommandRun run = CommandRun.of("convert", "data", "--base-uri", "https://example.org/ogp",
                "-o", out.resolve("out.ttl").toString());
        assertEquals(2, run.exitCode(), run.printed());
        assertTrue(run.err().contains("--base-uri"), run.printed());
        assertEquals(List.of(), names(out));
    }

    @Test
    void reportIsWrittenAsJsonWithTheErrors() throws IOException {
        Path report = temp.resolve("r.json");
        CommandRun run = CommandRun.of("convert", bad.toString(), "-o", out.resolve("out.ttl").toString(),
                "--report", report.toString());
        assertEquals(1, run.exitCode(), run.printed());
        JsonObject json = JSON.read(report.toString());
        assertEquals(1, json.get("errors").getAsNumber().value().intValue(), json.toString());
        JsonArray problems = json.get("problems").getAsArray();
        JsonObject problem = problems.get(0).getAsObject();
        assertEquals("error", problem.getString("severity"));
        assertEquals(bad.resolve("commitments.csv") + ":3", problem.getString("location"));
        assertEquals("member", problem.getString("column"));
        assertEquals("atlantis", problem.getString("value"));
    }

    @Test
    void reportOfACleanRunCountsNoErrors() throws IOException {
        Path report = temp.resolve("r.json");
        CommandRun run = CommandRun.of("convert", "data", "-o", out.resolve("out.nt").toString(), "--format", "nt",
                "--report", report.toString());
        assertEquals(0, run.exitCode(), run.printed());
        JsonObject json = JSON.read(report.toString());
        assertEquals(0, json.get("errors").getAsNumber().value().intValue(), json.toString());
        assertEquals(6, json.get("warnings").getAsNumber().value().intValue(), "the six untitled Georgia rows");
    }

    static Graph parse(Path file, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(lang).parse(graph);
        return graph;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
