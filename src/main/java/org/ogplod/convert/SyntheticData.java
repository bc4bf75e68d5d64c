package org.ogplod.convert;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Seeded synthetic members and commitments in the canonical columns, for scale tests and benchmarks. Every row says
 * it is synthetic (the {@code synthetic} column, "[synthetic]" in its name or title, a {@code urn:} source), so it can
 * never pass for OGP data. The same seed gives the same files.
 */
public final class SyntheticData {
    private static final int SERIALS_PER_MEMBER = 9999;
    private static final List<String> THEMES = List.of("Access to Information", "Anti Corruption and Integrity",
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
        if (members > 800) {
            throw new IllegalArgumentException("at most 800 synthetic members (two-letter codes run out)");
        }
        Files.createDirectories(folder);
        for (Table table : Table.values()) {
            refuseToOverwriteRealData(folder.resolve(table.fileStem() + ".csv"));
        }
        Random random = new Random(seed);
        try (CSVPrinter out = printer(folder.resolve("members.csv"), Table.MEMBERS)) {
            for (int i = 0; i < members; i++) {
                writeMember(out, i, random);
            }
        }
        try (CSVPrinter out = printer(folder.resolve("commitments.csv"), Table.COMMITMENTS)) {
            for (int k = 0; k < commitments; k++) {
                writeCommitment(out, k, k % members, k / members + 1, random);
            }
        }
    }

    private void writeMember(CSVPrinter out, int i, Random random) throws IOException {
        boolean local = isLocal(i);
        out.printRecord(slug(i), "[synthetic] " + (local ? "Local Member " : "Member ") + (i + 1),
                local ? "local" : "national", local ? slug(i - 3) : "", "", "", "",
                2011 + random.nextInt(14), i < 8 && !local ? "yes" : "no", "", source("member", i),
                note(), "yes");
    }

    private void writeCommitment(CSVPrinter out, int k, int member, int serial, Random random) throws IOException {
        int cycle = 2012 + 2 * random.nextInt(7);
        String period = cycle + "-" + (cycle + 2);
        boolean assessed = random.nextInt(10) < 6;
        boolean original = cycle < 2020;
        List<String> row = new ArrayList<>(Table.COMMITMENTS.columns().size());
        row.add(code(member) + String.format("%04d", serial));
        row.add(slug(member));
        row.add("[synthetic] " + pick(VERBS, random) + " " + pick(OBJECTS, random));
        row.add("Synthetic commitment for scale tests; not an OGP record.");
        row.add("[synthetic] Member " + (member + 1) + " Action Plan " + period);
        row.add(Integer.toString(cycle));
        row.add(Integer.toString(cycle + 2));
        row.add(Integer.toString(cycle));
        row.add(cycle >= 2022 ? "active" : "inactive");
        row.add("Ministry of " + pick(BODIES, random));
        row.add(random.nextBoolean() ? "Ministry of " + pick(BODIES, random) : "");
        row.add(String.join(";", some(THEMES, 1 + random.nextInt(4), random)));
        row.add(String.join(";", some(VALUES, 1 + random.nextInt(3), random)));
        row.add(cycle + "-0" + (1 + random.nextInt(9)));
        row.add((cycle + 2) + "-0" + (1 + random.nextInt(6)));
        row.add(assessed ? (original ? "original" : "refreshed") : "");
        row.add(assessed ? (original ? "End-of-Term Report " + period + ";Mid-Term Report " + period
                : "Results Report " + period + ";Action Plan Review " + period) : "");
        row.add(assessed ? (random.nextInt(10) < 9 ? "yes" : "no") : "");
        row.add(assessed ? "yes" : "");
        row.add("");
        row.add("");
        row.add(assessed ? (random.nextBoolean() ? "high" : "low") : "");
        row.add("");
        row.add(assessed ? pick(LEVELS, random) : "");
        row.add(assessed ? pick(RESULTS, random) : "");
        row.add(assessed && original ? (random.nextInt(10) == 0 ? "yes" : "no") : "");
        row.add(source("commitment", k));
        row.add(note());
        row.add("yes");
        out.printRecord(row);
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

    private static CSVPrinter printer(Path file, Table table) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        String[] header = table.columns().stream().map(Column::canonical).toArray(String[]::new);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static boolean isLocal(int member) {
        return member % 4 == 3;
    }

    private static String slug(int member) {
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
