package org.ogplod.web.ld;

import io.javalin.http.BadRequestResponse;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ogplod.web.common.Html;

/**
 * A term of a triple pattern in the syntax of Triple Pattern Fragments: a bare IRI, {@code "text"},
 * {@code "text"@en} or {@code "1"^^http://www.w3.org/2001/XMLSchema#integer}; empty, a variable ({@code ?x}) or a
 * blank node means any term. Angle brackets around IRIs are accepted too, as some clients send them.
 */
final class FragmentTerm {
    private FragmentTerm() {
    }

    /** The term {@code text} names, or {@link Node#ANY}. */
    static Node parse(String text, String name) {
        if (text == null || text.isBlank() || text.startsWith("?") || text.startsWith("_:")) {
            return Node.ANY;
        }
        if (text.startsWith("\"")) {
            return literal(text, name);
        }
        String iri = unbracket(text.strip());
        if (!Html.linkable(iri) && !iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
            throw new BadRequestResponse("The " + name + " '" + text + "' is neither an IRI nor a \"literal\".");
        }
        return NodeFactory.createURI(iri);
    }

    /** {@code node} written as a TPF client writes it in a request. */
    static String write(Node node) {
        if (node == null || node == Node.ANY) {
            return "";
        }
        if (!node.isLiteral()) {
            return node.isURI() ? node.getURI() : "_:" + node.getBlankNodeLabel();
        }
        String lexical = "\"" + node.getLiteralLexicalForm() + "\"";
        if (!node.getLiteralLanguage().isEmpty()) {
            return lexical + "@" + node.getLiteralLanguage();
        }
        String datatype = node.getLiteralDatatypeURI();
        return datatype.equals(org.apache.jena.vocabulary.XSD.xstring.getURI()) ? lexical : lexical + "^^" + datatype;
    }

    private static Node literal(String text, String name) {
        int close = text.lastIndexOf('"');
        if (close == 0) {
            throw new BadRequestResponse("The " + name + " '" + text + "' opens a literal but does not close it.");
        }
        String lexical = text.substring(1, close);
        String rest = text.substring(close + 1);
        if (rest.isEmpty()) {
            return NodeFactory.createLiteralString(lexical);
        }
        if (rest.startsWith("@") && rest.length() > 1) {
            return NodeFactory.createLiteralLang(lexical, rest.substring(1));
        }
        if (rest.startsWith("^^") && rest.length() > 2) {
            return NodeFactory.createLiteralDT(lexical,
                    TypeMapper.getInstance().getSafeTypeByName(unbracket(rest.substring(2))));
        }
        throw new BadRequestResponse("The " + name + " '" + text + "' has '" + rest + "' after its literal; "
                + "use @language or ^^datatype.");
    }

    private static String unbracket(String iri) {
        return iri.startsWith("<") && iri.endsWith(">") ? iri.substring(1, iri.length() - 1) : iri;
    }
}
