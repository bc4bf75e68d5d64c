package org.ogplod.web.pages;

import java.util.List;
import org.ogplod.web.common.Html;

/**
 * A horizontal bar chart of counts, drawn on the server as inline SVG (no script) with its label above each bar and
 * its number after it, plus the same numbers as a plain HTML table for readers without SVG or CSS.
 *
 * @param id     unique on its page; prefixes the ids of the SVG's title and description
 * @param title  what is counted, e.g. "Commitments per OGP value"
 * @param category the heading of the table's first column, e.g. "OGP value"
 */
record BarChart(String id, String title, String category, List<Bar> bars) {
    /** One category: its label, the page about it (may be null) and its count. */
    record Bar(String label, String href, long count) {
    }

    private static final int WIDTH = 720;
    private static final int LONGEST_BAR = 600;
    private static final int ROW = 36;
    private static final int BAR_HEIGHT = 14;

    BarChart {
        bars = List.copyOf(bars);
    }

    /** The chart as an inline {@code <svg>} element with an accessible title and description. */
    String svg() {
        long largest = bars.stream().mapToLong(Bar::count).max().orElse(0);
        int height = bars.size() * ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description()))
                .append("</desc>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = i * ROW;
            long length = largest == 0 ? 0 : Math.round((double) LONGEST_BAR * bar.count() / largest);
            svg.append("<g class=\"bar\"><text class=\"label\" x=\"0\" y=\"").append(top + 14).append("\">")
                    .append(Html.escape(bar.label())).append("</text><rect class=\"bar\" x=\"0\" y=\"")
                    .append(top + 19).append("\" width=\"").append(length).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"#0b5cad\"/><text class=\"value\" x=\"").append(length + 6).append("\" y=\"")
                    .append(top + 31).append("\">").append(bar.count()).append("</text></g>\n");
        }
        return svg.append("</svg>").toString();
    }

    /** The same numbers as a table, each category linked to its page when it has one. */
    String table() {
        StringBuilder table = new StringBuilder("<table class=\"chart-data\">\n<caption>")
                .append(Html.escape(title)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(Html.escape(category))
                .append("</th><th scope=\"col\">Commitments</th></tr></thead>\n<tbody>\n");
        for (Bar bar : bars) {
            String label = bar.href() == null ? Html.escape(bar.label()) : Html.link(bar.href(), bar.label());
            table.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(bar.count())
                    .append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>").toString();
    }

    /** The chart in words, for the SVG's {@code <desc>}: "Bar chart. 2012: 1; 2013: 4." */
    private String description() {
        StringBuilder words = new StringBuilder("Bar chart, ").append(category).append(" by number of commitments. ");
        for (int i = 0; i < bars.size(); i++) {
            words.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(": ").append(bars.get(i).count());
        }
        return words.append('.').toString();
    }
}
