package org.ogplod.web.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ogplod.ontology.Prefixes;
import org.ogplod.web.common.Citation;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.Labels;
import org.ogplod.web.common.Representation;

/** Renders a {@link Description} as an HTML page: every property with its label, links in and out, provenance. */
final class ResourceHtml {
    private final String base;
    private final String releaseId;
    private final Citation citation;
    private final ConceptCommitments commitments;

    ResourceHtml(String base, String releaseId, Citation citation) {
        this.base = base;
        this.releaseId = releaseId;
        this.citation = citation;
        this.commitments = new ConceptCommitments(base);
    }

    String render(Description description, Graph data, Labels labels, String documentPath, int page) {
        Node subject = description.subject();
        String title = title(data, subject, labels);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"iri\"><code>")
                .append(Html.escape(subject.getURI())).append("</code>");
        List<String> types = new ArrayList<>();
        description.graph().find(subject, RDF.type.asNode(), Node.ANY)
                .forEachRemaining(triple -> types.add(value(triple.getObject(), data, labels, description.graph())));
        if (!types.isEmpty()) {
            body.append(" · a ").append(String.join(", ", types));
        }
        body.append("</p>\n").append(formats(documentPath));
        body.append(table(subject, description.graph(), data, labels));
        for (Node fragment : description.fragments()) {
            String id = fragment.getURI().substring(fragment.getURI().indexOf('#') + 1);
            body.append("<section id=\"").append(Html.escape(id)).append("\"><h2>")
                    .append(Html.escape(title(data, fragment, labels))).append("</h2>\n")
                    .append(table(fragment, description.graph(), data, labels)).append("</section>\n");
        }
        if (commitments.applies(subject)) {
            body.append(commitments.html(data, subject));
        }
        body.append(incoming(description, data, labels, documentPath, page));
        body.append(provenance(subject, description.graph()));
        body.append("<section class=\"citation\"><h2>Cite</h2>\n<pre>")
                .append(Html.escape(citation.text(subject.getURI()))).append("</pre>\n<pre>")
                .append(Html.escape(citation.bibtex(subject.getURI()))).append("</pre></section>\n");
        return Html.page(title, labels.primary(), releaseId, body.toString());
    }

    private String table(Node subject, Graph graph, Graph data, Labels labels) {
        Map<String, List<String>> rows = new TreeMap<>(Comparator.comparing((String key) -> !key.startsWith("0"))
                .thenComparing(Comparator.naturalOrder()));
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(triple -> {
            Node property = triple.getPredicate();
            if (property.equals(RDF.type.asNode())) {
                return;
            }
            String name = label(data, property, labels);
            String key = (name.equals("label") || name.equals("title") ? "0" : "1") + name + "\u0000" + property;
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(value(triple.getObject(), data, labels, graph));
        });
        StringBuilder table = new StringBuilder("<table class=\"properties\">\n");
        rows.forEach((key, values) -> {
            String property = key.substring(key.indexOf('\u0000') + 1);
            values.sort(Comparator.naturalOrder());
            table.append("<tr><th>").append(Html.link(local(property), key.substring(1, key.indexOf('\u0000'))))
                    .append("</th><td>").append(String.join("<br>", values)).append("</td></tr>\n");
        });
        return table.append("</table>\n").toString();
    }

    private String value(Node node, Graph data, Labels labels, Graph graph) {
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            return "<span" + (language.isEmpty() ? "" : " lang=\"" + Html.escape(language) + "\"") + ">"
                    + Html.escape(node.getLiteralLexicalForm()) + "</span>";
        }
        if (node.isBlank()) {
            return table(node, graph, data, labels);
        }
        String iri = node.getURI();
        String label = labels.label(data, node);
        String text = label != null ? label : shortForm(iri);
        return Html.link(local(iri), text);
    }

    private String incoming(Description description, Graph data, Labels labels, String documentPath, int page) {
        if (description.incoming().isEmpty()) {
            return "";
        }
        StringBuilder section = new StringBuilder("<section class=\"incoming\"><h2>Links to this resource</h2>\n"
                + "<table class=\"properties\">\n");
        for (Triple triple : description.incoming()) {
            section.append("<tr><td>").append(value(triple.getSubject(), data, labels, description.graph()))
                    .append("</td><td>").append(Html.escape(label(data, triple.getPredicate(), labels)))
                    .append("</td></tr>\n");
        }
        section.append("</table>\n<p class=\"pages\">");
        if (page > 0) {
            section.append(Html.link(documentPath + "?page=" + (page - 1), "previous")).append(' ');
        }
        if (description.moreIncoming()) {
            section.append(Html.link(documentPath + "?page=" + (page + 1), "next"));
        }
        return section.append("</p></section>\n").toString();
    }

    private String provenance(Node subject, Graph graph) {
        StringBuilder text = new StringBuilder("<section class=\"provenance\"><h2>Provenance</h2><p>Published in release ")
                .append(Html.link("/doc/release/" + releaseId, releaseId)).append('.');
        List<String> sources = new ArrayList<>();
        graph.find(subject, DCTerms.source.asNode(), Node.ANY).forEachRemaining(triple -> {
            if (triple.getObject().isURI()) {
                sources.add(Html.link(triple.getObject().getURI(), triple.getObject().getURI()));
            }
        });
        if (!sources.isEmpty()) {
            text.append(" Read from ").append(String.join(", ", sources)).append('.');
        }
        return text.append("</p></section>\n").toString();
    }

    private static String formats(String documentPath) {
        StringBuilder links = new StringBuilder("<p class=\"formats\">Also as ");
        for (Representation representation : Representation.values()) {
            if (representation != Representation.HTML) {
                links.append(Html.link(documentPath + "." + representation.suffix(), representation.suffix()))
                        .append(' ');
            }
        }
        return links.append("</p>\n").toString();
    }

    private String title(Graph data, Node node, Labels labels) {
        String label = labels.label(data, node);
        return label != null ? label : shortForm(node.getURI());
    }

    private String label(Graph data, Node property, Labels labels) {
        String label = labels.label(data, property);
        return label != null ? label : shortForm(property.getURI());
    }

    /** Our own IRIs become site-relative links (they work on any host); others stay as they are. */
    private String local(String iri) {
        return Html.local(base, iri);
    }

    private String shortForm(String iri) {
        return Prefixes.forBase(base).shortForm(iri);
    }
}
