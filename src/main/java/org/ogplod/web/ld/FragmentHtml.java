package org.ogplod.web.ld;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.ogplod.web.common.Html;

/** A fragment page for people: the pattern as a form, the count, the matching triples and links between pages. */
final class FragmentHtml {
    private FragmentHtml() {
    }

    static String render(String base, String releaseId, Triple pattern, int number, FragmentPage.Page page) {
        StringBuilder body = new StringBuilder("<h1>Triple Pattern Fragments</h1>\n<p>Every triple of release ")
                .append(Html.escape(releaseId)).append(" that matches a pattern, ").append(FragmentPage.PAGE_SIZE)
                .append(" a page, as Turtle or JSON-LD too (ask with <code>Accept</code>): what a "
                        + "<a href=\"https://linkeddatafragments.org/\">Linked Data Fragments</a> client reads. "
                        + "Leave a field empty to match anything; write literals as <code>\"text\"@en</code> or "
                        + "<code>\"1\"^^http://www.w3.org/2001/XMLSchema#integer</code>.</p>\n")
                .append(form(pattern))
                .append("<p>").append(page.exact() ? "" : "About ")
                .append(String.format(java.util.Locale.ROOT, "%,d", page.total()))
                .append(" matching triples; page ").append(number).append(".</p>\n")
                .append("<table class=\"properties\"><tr><th>Subject</th><th>Predicate</th><th>Object</th></tr>\n");
        for (Triple triple : page.triples()) {
            body.append("<tr><td>").append(term(base, triple.getSubject())).append("</td><td>")
                    .append(term(base, triple.getPredicate())).append("</td><td>")
                    .append(term(base, triple.getObject())).append("</td></tr>\n");
        }
        body.append("</table>\n<p>");
        if (number > 1) {
            body.append(Html.link(local(base, pattern, number - 1), "Previous page")).append(' ');
        }
        if (page.hasNext()) {
            body.append(Html.link(local(base, pattern, number + 1), "Next page"));
        }
        return Html.page("Triple Pattern Fragments", "en", releaseId, body.append("</p>\n").toString());
    }

    private static String form(Triple pattern) {
        StringBuilder form = new StringBuilder("<form action=\"/fragments\" method=\"get\"><p>");
        List<String> names = List.of("subject", "predicate", "object");
        List<Node> terms = List.of(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
        for (int i = 0; i < 3; i++) {
            form.append("<label>").append(names.get(i)).append(" <input name=\"").append(names.get(i))
                    .append("\" size=\"40\" value=\"").append(Html.escape(FragmentTerm.write(terms.get(i))))
                    .append("\"></label> ");
        }
        return form.append("<button>Find</button></p></form>\n").toString();
    }

    /** A term in its TPF syntax, linked to the fragment that has it as subject when it is an IRI. */
    private static String term(String base, Node node) {
        String text = FragmentTerm.write(node);
        if (!node.isURI()) {
            return Html.escape(text);
        }
        return Html.link(local(base, Triple.create(node, Node.ANY, Node.ANY), 1), text);
    }

    private static String local(String base, Triple pattern, int number) {
        return Html.local(base, FragmentControls.pageIri(base, pattern, number));
    }
}
