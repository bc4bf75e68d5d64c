package org.ogplod.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.ogplod.web.common.Html;

/**
 * The landing page's "Digital governance" section: OGP asked what role it could play in digital governance, so
 * researchers get that lens at the door, each chart with the SPARQL query behind it, ready to open in the editor.
 */
final class DigitalSection {
    private DigitalSection() {
    }

    /** The section as HTML; every label and query is escaped. */
    static String html(DigitalFigures figures) {
        return """
                <section id="digital-governance">
                <h2>Digital governance</h2>
                <p>OGP asked what role it could play in digital governance: automated decision-making and AI, data \
                protection and privacy, disinformation and online civic space, digital inclusion, open data and \
                e-government. Here a commitment belongs to digital governance when one of its policy areas is \
                Digital Governance or Open Data, or lies under either. Each policy area's page lists its \
                commitments.</p>
                %s%s%s%s</section>
                """.formatted(
                chart(figures.perTopic(), figures.queries().get(0), "The narrower concepts of Digital Governance, "
                        + "plus Open Data and E-Government; a commitment counts under every sub-topic its tags lead "
                        + "to."),
                chart(figures.perMember(), figures.queries().get(1), "The ten members with the most "
                        + "digital-governance commitments; members with equal counts are in alphabetical order."),
                chart(figures.perYear(), figures.queries().get(2), "The year is the commitment's action-plan cycle, "
                        + "the year its action plan starts."),
                results(figures));
    }

    private static String chart(BarChart chart, Query query, String note) {
        return "<section class=\"chart-block\" id=\"" + chart.id() + "\">\n<h3>" + Html.escape(chart.title())
                + "</h3>\n<p>" + Html.escape(note) + "</p>\n<div class=\"chart-pair\">\n<figure>" + chart.svg()
                + "</figure>\n" + chart.table() + "\n</div>\n" + queryBlock(query) + "</section>\n";
    }

    private static String results(DigitalFigures figures) {
        StringBuilder table = new StringBuilder("<section class=\"results-block\" id=\"digital-irm-results\">\n"
                + "<h3>What the IRM found for digital-governance commitments</h3>\n<p>How many commitments each "
                + "level of an IRM indicator has; a commitment without an assessment is not counted.</p>\n"
                + "<table class=\"chart-data\">\n<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Level"
                + "</th><th scope=\"col\">Commitments</th></tr></thead>\n<tbody>\n");
        for (DigitalFigures.Result result : figures.results()) {
            table.append("<tr><td>").append(Html.escape(result.indicator())).append("</td><th scope=\"row\">")
                    .append(Html.link(result.href(), result.level())).append("</th><td>")
                    .append(result.commitments()).append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").append(queryBlock(figures.queries().get(3)))
                .append("</section>\n").toString();
    }

    /** The query as text to read, and a link that opens it in the query editor. */
    private static String queryBlock(Query query) {
        String text = query.serialize();
        return "<details class=\"query\" open><summary>The SPARQL query behind these numbers</summary>\n<pre>"
                + Html.escape(text) + "</pre>\n<p>" + Html.link("/query?query="
                + URLEncoder.encode(text, StandardCharsets.UTF_8), "Open this query in the editor") + "</p>\n"
                + "</details>\n";
    }
}
