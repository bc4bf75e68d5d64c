package org.ogplod.web.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.QueryFiles;

/**
 * The "Commitments on this policy area" section of a theme concept's page, from the {@code theme-commitments} and
 * {@code theme-commitment-count} queries: the first page of commitments tagged with the concept, and how many.
 */
public final class ConceptCommitments {
    private final String base;
    private final Query list;
    private final Query count;

    public ConceptCommitments(String base) {
        this.base = base;
        this.list = QueryFiles.load("theme-commitments", base);
        this.count = QueryFiles.load("theme-commitment-count", base);
    }

    /** True for the concepts of the policy-area scheme, the pages that get the section. */
    boolean applies(Node subject) {
        return subject.isURI() && subject.getURI().startsWith(base + "def/theme/");
    }

    /** The section for {@code concept}, read from {@code data} inside the caller's read transaction. */
    public String html(Graph data, Node concept) {
        long total = count(data, concept);
        StringBuilder section = new StringBuilder("<section class=\"commitments\" id=\"commitments\">"
                + "<h2>Commitments on this policy area</h2>\n");
        if (total == 0) {
            return section.append("<p>No commitment is tagged with this policy area itself; its narrower areas "
                    + "may have some.</p></section>\n").toString();
        }
        StringBuilder items = new StringBuilder();
        long shown = 0;
        try (QueryExec exec = QueryExec.graph(data).query(list).substitution(Var.alloc("concept"), concept)
                .build()) {
            for (var rows = exec.select(); rows.hasNext(); shown++) {
                items.append(item(rows.next()));
            }
        }
        section.append("<p class=\"shown\">Showing <data id=\"commitments-shown\" value=\"").append(shown)
                .append("\">").append(shown).append("</data> of <data id=\"commitments-total\" value=\"")
                .append(total).append("\">").append(total).append("</data> commitments tagged with this policy "
                        + "area, by member").append(shown < total ? " (" + Html.link(everyOne(concept), "all of them in "
                        + "the query editor") + ")" : "").append(".</p>\n<ul class=\"commitments\">\n");
        return section.append(items).append("</ul></section>\n").toString();
    }

    /** The query editor with the list query for {@code concept}, without the page's limit. */
    private String everyOne(Node concept) {
        Query all = QueryTransformOps.syntaxSubstitute(list, Map.of(Var.alloc("concept"), concept));
        all.setLimit(Query.NOLIMIT);
        return "/query?query=" + URLEncoder.encode(all.serialize(), StandardCharsets.UTF_8);
    }

    private long count(Graph data, Node concept) {
        try (QueryExec exec = QueryExec.graph(data).query(count).substitution(Var.alloc("concept"), concept)
                .build()) {
            return QueryFiles.number(exec.select().next(), "commitments");
        }
    }

    private String item(Binding row) {
        String commitment = row.get(Var.alloc("commitment")).getURI();
        Node member = row.get(Var.alloc("member"));
        String title = QueryFiles.text(row, "label", commitment);
        String by = member == null ? "" : " · " + Html.link(Html.local(base, member.getURI()),
                QueryFiles.text(row, "memberLabel", member.getURI()));
        return "<li>" + Html.link(Html.local(base, commitment), title) + by + "</li>\n";
    }
}
