package org.ogplod.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.store.Release;
import org.ogplod.web.about.DatasetJsonLd;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.Labels;
import org.ogplod.web.common.QueryFiles;
import org.ogplod.web.common.Settings;

/**
 * The landing page {@code /}: what the data is and where it comes from, counts, charts, and links to every way in.
 * The release never changes while the server runs, so the page is counted and rendered once, at start-up.
 */
public final class LandingPage {
    private static final List<String> KEYWORDS = List.of("open government", "Open Government Partnership",
            "OGP commitments", "action plans", "Independent Reporting Mechanism", "Linked Open Data", "SPARQL");

    /** The languages of the labels (OGP's working languages); the prose is English. */
    private static final List<String> LANGUAGES = List.of("en", "es", "fr");

    private final Release release;
    private final String base;
    /** The English figures and the digital-governance section, computed once per release (see the constructor). */
    private record Computed(ReleaseFigures english, String digital) {
    }

    private final CompletableFuture<Computed> computed;
    private final java.util.Map<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();
    private ReleaseFigures figures;

    public LandingPage(Settings settings, Release release) {
        this.release = release;
        this.base = settings.baseUri();
        // Computed on a thread of its own, so that the server answers everything else at once: the figures take
        // a second at 50,000 commitments but minutes at a million. A landing request waits for them.
        this.computed = CompletableFuture.supplyAsync(() -> new Computed(
                ReleaseFigures.compute(release.dataset(), base),
                DigitalSection.html(DigitalFigures.compute(release.dataset(), base))),
                work -> Thread.ofPlatform().daemon().name("ogp-lod-landing-figures").start(work));
    }

    /** The page with chart labels in the language asked for ({@code ?lang=}, Accept-Language), English otherwise. */
    public void page(Context ctx) {
        String asked = Labels.of(ctx.queryParam("lang"), ctx.header("Accept-Language")).primary();
        String language = LANGUAGES.contains(asked) ? asked : "en";
        ctx.header("Vary", "Accept-Language");
        ctx.header("Content-Language", language);
        if (Conditional.notModified(ctx, Conditional.releaseTag(release.id(), "landing-" + language))) {
            return;
        }
        ctx.html(pages.computeIfAbsent(language, this::render));
    }

    private synchronized String render(String language) {
        figures = language.equals("en") ? computed.join().english() : relabelled(language);
        return Html.page("Open Government Partnership commitments", language, release.id(), body());
    }

    /** The figures with each concept's label in {@code language} where the schemes have one. */
    private ReleaseFigures relabelled(String language) {
        Labels labels = Labels.of(language, null);
        var dataset = release.dataset();
        ReleaseFigures english = computed.join().english();
        return org.apache.jena.system.Txn.calculateRead(dataset, () -> new ReleaseFigures(english.counts(),
                english.perYear(), relabel(english.perTheme(), labels, dataset.getDefaultGraph()),
                relabel(english.perValue(), labels, dataset.getDefaultGraph())));
    }

    private BarChart relabel(BarChart chart, Labels labels, org.apache.jena.graph.Graph data) {
        List<BarChart.Bar> bars = chart.bars().stream().map(bar -> {
            if (bar.href() == null || !bar.href().startsWith("/")) {
                return bar;
            }
            String label = labels.label(data, org.apache.jena.graph.NodeFactory.createURI(base + bar.href()
                    .substring(1)));
            return label == null ? bar : new BarChart.Bar(label, bar.href(), bar.count());
        }).toList();
        return new BarChart(chart.id(), chart.title(), chart.category(), bars);
    }

    private String body() {
        ReleaseFigures.Counts counts = figures.counts();
        return """
                <h1>Open Government Partnership commitments as Linked Open Data</h1>
                <p>The <a href="https://www.opengovpartnership.org/">Open Government Partnership</a> (OGP) brings \
                together national and local governments that make concrete commitments to be more transparent, \
                participatory and accountable, in action plans that usually run for two years. This site \
                publishes those commitments, with the members that made them, their action plans, lead \
                institutions, policy areas, \
                OGP values and the findings of OGP's Independent Reporting Mechanism (IRM), as Linked Open Data: \
                every member, plan and commitment has its own web address that people can read and programs can \
                query.</p>
                %s
                %s
                %s
                %s
                %s
                %s
                %s
                %s
                """.formatted(sources(), countList(counts), release(), charts(counts), computed.join().digital(), ways(), examples(),
                jsonLd(counts));
    }

    private static String sources() {
        return """
                <h2>Where the data comes from</h2>
                <p>Every value was read from a public source, named in the record (its source, \
                <code>dct:source</code>), so any value can be checked against it: pages of \
                <a href="https://www.opengovpartnership.org/">opengovpartnership.org</a> (member pages, commitment \
                pages, IRM reports), read in copies of different ages from about 2012 to early 2026, and a public \
                copy of OGP's own commitment sheet, the spreadsheet OGP publishes with one row per commitment, from \
                which most commitments and their IRM ratings come (those records also name the commitment's OGP \
                page). That copy is a selection made by others, mostly about open parliaments: this is an extract, \
                not a complete or representative copy of OGP's database. Nothing was filled in that no source shows, \
                and an IRM placeholder such as "Pending" is left out rather than counted as an assessment. Country \
                codes and Wikidata items of national members come from two public country tables that agree with \
                each other.</p>
                <p>The ten top-level policy areas are the areas of OGP's Open Gov Challenge; placing the tags of \
                commitment pages under them is this site's editorial choice, not OGP's. The compilation is \
                published under <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>; \
                the facts remain OGP's content, so cite the page named in a record's source when you reuse it.</p>
                """;
    }

    private static String countList(ReleaseFigures.Counts counts) {
        return "<h2>In this release</h2>\n<ul class=\"counts\">\n"
                + "<li id=\"count-members\">" + count(counts.members()) + " members: "
                + number("count-national-members", counts.nationalMembers()) + " national, "
                + number("count-local-members", counts.localMembers()) + " local</li>\n"
                + "<li id=\"count-action-plans\">" + count(counts.actionPlans()) + " action plans</li>\n"
                + "<li id=\"count-commitments\">" + count(counts.commitments()) + " commitments</li>\n"
                + "<li id=\"count-themes\">" + count(counts.themes()) + " policy areas in use</li>\n"
                + "<li id=\"count-triples\">" + count(counts.triples()) + " triples</li>\n</ul>";
    }

    private String release() {
        LocalDate made = released();
        return "<p id=\"release\">Release " + Html.link("/doc/release/" + release.id(), release.id())
                + ", made on <time datetime=\"" + made + "\">"
                + Html.escape(made.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
                + "</time>. A release never changes; a new conversion of the OGP data makes a new one.</p>";
    }

    private String charts(ReleaseFigures.Counts counts) {
        return chart(figures.perYear(), ReleaseFigures.PER_YEAR, "The year is the commitment's action-plan cycle, "
                + "the year its action plan starts.")
                + chart(figures.perTheme(), ReleaseFigures.PER_THEME, "The ten areas of OGP's Open Gov Challenge. "
                        + "A commitment counts under an area when one of its policy-area tags is that area or lies "
                        + "under it, so a commitment can count under several areas.")
                + chart(figures.perValue(), ReleaseFigures.PER_VALUE, "A commitment may name several OGP values or "
                        + "none (the commitment lists on member pages show no values), so the bars need not add up "
                        + "to the " + counts.commitments() + " commitments.");
    }

    private String chart(BarChart chart, String queryName, String note) {
        String query = QueryFiles.load(queryName, base).serialize();
        String run = "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&format=csv";
        return "<section class=\"chart-block\" id=\"" + chart.id() + "\">\n<h2>" + Html.escape(chart.title())
                + "</h2>\n<p>" + Html.escape(note) + "</p>\n<div class=\"chart-pair\">\n<figure>" + chart.svg()
                + "</figure>\n" + chart.table() + "\n</div>\n<p class=\"formats\">"
                + Html.link(run, "The SPARQL query behind these numbers") + " (runs on the endpoint, CSV).</p>\n"
                + "</section>\n";
    }

    private static String ways() {
        return """
                <h2>Use the data</h2>
                <ul class="ways">
                <li><a href="/query">Query with SPARQL</a>: the query page has an example to start from; the \
                endpoint itself is <a href="/sparql">/sparql</a> (SPARQL 1.1 Query protocol, read-only, results as \
                JSON, XML, CSV or TSV).</li>
                <li><a href="/fragments">Browse triple patterns</a>: Triple Pattern Fragments of the release, 100 \
                triples a page, for Linked Data Fragments clients and crawlers that walk the whole dataset.</li>
                <li><a href="/dumps/">Download the dumps</a>: the whole release as N-Triples, Turtle and JSON-LD, \
                gzip-compressed, and as HDT, each with its SHA-256.</li>
                <li><a href="/catalog">The catalogue</a> (DCAT-AP 3) and the \
                <a href="/.well-known/void">VoID description</a>, for data portals and harvesters.</li>
                <li><a href="/def/ogp">The ontology</a>, with the schemes of \
                <a href="/def/theme">policy areas</a> and <a href="/def/value">OGP values</a>.</li>
                <li><a href="/links">Links to other datasets</a>: how many of our resources link to Wikidata, the \
                EU authority tables and the UN SDGs, which do not yet, and whether every target is in its reference \
                list.</li>
                <li>Follow the links: an identifier such as <code>/id/commitment/UK0107</code> leads to its \
                document, which comes as HTML, Turtle, JSON-LD, RDF/XML or N-Triples as your client asks.</li>
                <li><a href="/sitemap.xml">The sitemap</a> lists every page, for crawlers.</li>
                </ul>
                """;
    }

    /** The example queries (also published as SHACL SPARQL executables at /def/query/...), each ready to run. */
    private String examples() {
        StringBuilder list = new StringBuilder("<h2>Example questions</h2>\n<p>Each opens in the query editor; "
                + "the same examples are in the data as <code>sh:SPARQLExecutable</code> resources, where query "
                + "editors look for them.</p>\n<ul class=\"examples\">\n");
        for (ExampleQueries.Example example : ExampleQueries.load().rebased(base).examples()) {
            list.append("<li>").append(Html.link("/query?query=" + URLEncoder.encode(example.text(),
                    StandardCharsets.UTF_8), example.title())).append(": ").append(Html.escape(example.question()))
                    .append(" (").append(Html.link("/def/query/" + example.name(), "as RDF")).append(")</li>\n");
        }
        return list.append("</ul>\n").toString();
    }

    private String jsonLd(ReleaseFigures.Counts counts) {
        List<String> keywords = new ArrayList<>(KEYWORDS);
        figures.perTheme().bars().stream().filter(bar -> bar.count() > 0).map(BarChart.Bar::label)
                .forEach(keywords::add);
        String coverage = counts.firstYear() == null || counts.lastYear() == null ? null
                : counts.firstYear() + "/" + counts.lastYear();
        return new DatasetJsonLd(base, release.id(), released(), coverage, keywords).scriptElement();
    }

    private LocalDate released() {
        return release.info().created().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** A count to show, with its exact value for machines ({@code <data value="4360">4,360</data>}). */
    private static String count(long value) {
        return "<b>" + number(null, value) + "</b>";
    }

    private static String number(String id, long value) {
        return "<data" + (id == null ? "" : " id=\"" + id + "\"") + " value=\"" + value + "\">"
                + String.format(Locale.ENGLISH, "%,d", value) + "</data>";
    }
}
