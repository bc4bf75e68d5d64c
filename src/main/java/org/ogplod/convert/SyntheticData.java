package org.ogplod.convert;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Seeded synthetic members and commitments in the canonical columns or in OGP's sheet layout, for scale tests and
 * benchmarks. Every row says
 * it is synthetic (the {@code synthetic} column, "[synthetic]" in its name or title, a {@code urn:} source), so it can
 * never pass for OGP data. The same seed gives the same files.
 */
public final class SyntheticData {
    private static final int SERIALS_PER_MEMBER = 9999;
    static final List<String> THEMES = List.of("Access to Information", "Anti Corruption and Integrity",
            "Beneficial Ownership", "Capacity Building", "Digital Transformation", "Environment and Climate",
            "Fiscal Openness", "Gender", "Inclusion", "Open Contracting", "Open Data", "Public Participation",
            "Public Procurement", "Publication of Budget/Fiscal Information", "Regulation", "Right to Information",
            "Justice", "Civic Space", "E-Government", "Public Service Delivery");
    private static final List<String> VALUES = List.of("Access to Information", "Civic Participation",
            "Public Accountability", "Technology and Innovation for Transparency and Accountability");
    private static final List<String> VERBS = List.of("Publish", "Strengthen", "Open", "Establish", "Improve",
            "Create", "Expand", "Monitor", "Digitise", "Co-create");
    private static final List<String> OBJECTS = List.of("budget data", "procurement records", "a beneficial "
            + "ownership register", "the access to information law", "participatory budgeting", "open data standards",
            "a lobbying register", "public service feedback", "climate finance reporting", "court decisions");
    private static final List<String> BODIES = List.of("Finance", "Justice", "Health", "Education", "Environment",
            "Interior", "Public Administration", "Digital Affairs", "Procurement Authority", "Statistics Office");
    private static final List<String> LEVELS = List.of("Not Started", "Limited", "Substantial", "Complete");
    private static final List<String> RESULTS = List.of("Did not change", "Marginal", "Major", "Outstanding");

    private final long seed;

    public SyntheticData(long seed) {
        this.seed = seed;
    }

    /** The most commitments {@code members} members can hold (ids have four-digit serials). */
    public static long capacity(int members) {
        return (long) members * SERIALS_PER_MEMBER;
    }

    /** A member count that gives every member a realistic number of commitments. */
    public static int membersFor(int commitments) {
        return Math.max(8, Math.min(800, commitments / 1000 + 1));
    }

    /** Writes {@code members.csv} and {@code commitments.csv} into {@code folder}. */
    public void write(Path folder, int members, int commitments) throws IOException {
        prepare(folder, members, List.of("members.csv", "commitments.csv"));
        Random random = new Random(seed);
        try (CSVPrinter out = printer(folder.resolve("members.csv"), header(Table.MEMBERS))) {
            for (int i = 0; i < members; i++) {
                writeMember(out, i, random);
            }
        }
        try (CSVPrinter out = printer(folder.resolve("commitments.csv"), header(Table.COMMITMENTS))) {
            for (int k = 0; k < commitments; k++) {
                out.printRecord(canonical(draw(k, k % members, k / members + 1, random)));
            }
        }
    }

    /**
     * Writes {@code commitments-sheet.csv} into {@code folder}: the same commitments as {@link #write} (same seed,
     * same draws) in the layout of OGP's own commitment sheet, members derived from its rows, plus a
     * {@code synthetic} column that OGP's sheet does not have.
     */
    public void writeSheet(Path folder, int members, int commitments) throws IOException {
        prepare(folder, members, List.of(SyntheticSheet.FILE));
        Random random = new Random(seed);
        for (int i = 0; i < members; i++) {
            writeMember(null, i, random);
        }
        try (CSVPrinter out = printer(folder.resolve(SyntheticSheet.FILE), SyntheticSheet.header())) {
            for (int k = 0; k < commitments; k++) {
                out.printRecord(SyntheticSheet.row(draw(k, k % members, k / members + 1, random)));
            }
        }
    }

    private static void prepare(Path folder, int members, List<String> files) throws IOException {
        if (members > 800) {
            throw new IllegalArgumentException("at most 800 synthetic members (two-letter codes run out)");
        }
        Files.createDirectories(folder);
        for (String file : files) {
            refuseToOverwriteRealData(folder.resolve(file));
        }
    }

    /** Draws one member's values (and, with a printer, writes its row): the same draws in both layouts. */
    private void writeMember(CSVPrinter out, int i, Random random) throws IOException {
        boolean local = isLocal(i);
        int joined = 2011 + random.nextInt(14);
        if (out != null) {
            out.printRecord(slug(i), memberName(i), local ? "local" : "national", local ? slug(i - 3) : "", "", "",
                    "", "", "", joined, i < 8 && !local ? "yes" : "no", "", source("member", i), note(), "yes");
        }
    }

    /** One synthetic commitment as drawn, before it is written in either layout. */
    record Draw(String id, int member, String memberName, boolean local, String title, int cycle, String lead,
            String support, List<String> themes, List<String> values, String start, String end, boolean assessed,
            boolean original, String verifiable, String ambition, String completion, String results, String starred,
            String source, String note) {
    }

    private Draw draw(int k, int member, int serial, Random random) {
        int cycle = 2012 + 2 * random.nextInt(7);
        boolean assessed = random.nextInt(10) < 6;
        boolean original = cycle < 2020;
        String title = "[synthetic] " + pick(VERBS, random) + " " + pick(OBJECTS, random);
        String lead = "Ministry of " + pick(BODIES, random);
        String support = random.nextBoolean() ? "Ministry of " + pick(BODIES, random) : "";
        List<String> themes = some(THEMES, 1 + random.nextInt(4), random);
        List<String> values = some(VALUES, 1 + random.nextInt(3), random);
        String start = cycle + "-0" + (1 + random.nextInt(9));
        String end = (cycle + 2) + "-0" + (1 + random.nextInt(6));
        String verifiable = assessed ? (random.nextInt(10) < 9 ? "yes" : "no") : "";
        String ambition = assessed ? (random.nextBoolean() ? "high" : "low") : "";
        String completion = assessed ? pick(LEVELS, random) : "";
        String results = assessed ? pick(RESULTS, random) : "";
        String starred = assessed && original ? (random.nextInt(10) == 0 ? "yes" : "no") : "";
        return new Draw(code(member) + String.format("%04d", serial), member, memberName(member), isLocal(member),
                title, cycle, lead, support, themes, values, start, end, assessed, original, verifiable, ambition,
                completion, results, starred, source("commitment", k), note());
    }

    private static List<String> canonical(Draw draw) {
        String period = draw.cycle() + "-" + (draw.cycle() + 2);
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.ID, draw.id());
        cells.put(Column.MEMBER, slug(draw.member()));
        cells.put(Column.TITLE, draw.title());
        cells.put(Column.DESCRIPTION, "Synthetic commitment for scale tests; not an OGP record.");
        cells.put(Column.ACTION_PLAN, "[synthetic] Member " + (draw.member() + 1) + " Action Plan " + period);
        cells.put(Column.PLAN_START, Integer.toString(draw.cycle()));
        cells.put(Column.PLAN_END, Integer.toString(draw.cycle() + 2));
        cells.put(Column.CYCLE, Integer.toString(draw.cycle()));
        cells.put(Column.STATUS, draw.cycle() >= 2022 ? "active" : "inactive");
        cells.put(Column.LEAD_INSTITUTIONS, draw.lead());
        cells.put(Column.SUPPORT_INSTITUTIONS, draw.support());
        cells.put(Column.POLICY_AREAS, String.join(";", draw.themes()));
        cells.put(Column.OGP_VALUES, String.join(";", draw.values()));
        cells.put(Column.START, draw.start());
        cells.put(Column.END, draw.end());
        if (draw.assessed()) {
            cells.put(Column.IRM_METHODOLOGY, draw.original() ? "original" : "refreshed");
            cells.put(Column.IRM_REPORTS, draw.original() ? "End-of-Term Report " + period + ";Mid-Term Report "
                    + period : "Results Report " + period + ";Action Plan Review " + period);
            cells.put(Column.IRM_RELEVANT, "yes");
        }
        cells.put(Column.IRM_VERIFIABLE, draw.verifiable());
        cells.put(Column.IRM_AMBITION, draw.ambition());
        cells.put(Column.IRM_COMPLETION, draw.completion());
        cells.put(Column.IRM_EARLY_RESULTS, draw.results());
        cells.put(Column.IRM_STARRED, draw.starred());
        cells.put(Column.SOURCE, draw.source());
        cells.put(Column.NOTES, draw.note());
        cells.put(Column.SYNTHETIC, "yes");
        return Table.COMMITMENTS.columns().stream().map(column -> cells.getOrDefault(column, "")).toList();
    }

    /** Synthetic rows must never replace real ones: a file whose first row is not marked synthetic stays. */
    private static void refuseToOverwriteRealData(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            var first = rows.iterator();
            boolean synthetic = rows.getHeaderMap().containsKey("synthetic") && first.hasNext()
                    && "yes".equals(first.next().get("synthetic"));
            if (!synthetic) {
                throw new IOException("refusing to overwrite " + file + ": it holds rows that are not synthetic; "
                        + "write the synthetic data to another folder");
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("refusing to overwrite " + file + ", which is not a synthetic file", e);
        }
    }

    private static String[] header(Table table) {
        return table.columns().stream().map(Column::canonical).toArray(String[]::new);
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static String memberName(int member) {
        return "[synthetic] " + (isLocal(member) ? "Local Member " : "Member ") + (member + 1);
    }

    private static boolean isLocal(int member) {
        return member % 4 == 3;
    }

    static String slug(int member) {
        return "synthetic-member-" + (member + 1);
    }

    /** National members get two letters; a local member its parent's two letters and three of its own. */
    private static String code(int member) {
        if (isLocal(member)) {
            return code(member - 3) + letters(member, 3);
        }
        int national = member - member / 4;
        return letters(national, 2);
    }

    private static String letters(int number, int width) {
        char[] code = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            code[i] = (char) ('A' + number % 26);
            number /= 26;
        }
        return new String(code);
    }

    private String source(String kind, int index) {
        return "urn:ogp-lod:synthetic:seed-" + seed + ":" + kind + "-" + (index + 1);
    }

    private String note() {
        return "synthetic row made by 'ogp-lod generate --seed " + seed + "'";
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    private static List<String> some(List<String> options, int count, Random random) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pick(options, random));
        }
        return List.copyOf(chosen);
    }
}
