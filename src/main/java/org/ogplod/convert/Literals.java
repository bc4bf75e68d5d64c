package org.ogplod.convert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;

/** Turns checked cell text into RDF terms; each parse method returns null when the text breaks its rule. */
final class Literals {
    private static final Pattern YEAR = Pattern.compile("[12][0-9]{3}");
    private static final Pattern YEAR_MONTH = Pattern.compile("[12][0-9]{3}-[01][0-9]");
    private static final Pattern DATE = Pattern.compile("[12][0-9]{3}-[01][0-9]-[0-3][0-9]");

    private Literals() {
    }

    static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }

    static Node text(String value, String language) {
        return NodeFactory.createLiteralLang(value, language);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** A four-digit year as {@code xsd:gYear}. */
    static Node year(String value) {
        return YEAR.matcher(value).matches() ? NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear) : null;
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, typed {@code xsd:gYear}, {@code gYearMonth} or {@code date}. */
    static Node date(String value) {
        try {
            if (YEAR.matcher(value).matches()) {
                return year(value);
            }
            if (YEAR_MONTH.matcher(value).matches()) {
                YearMonth.parse(value);
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYearMonth);
            }
            if (DATE.matcher(value).matches()) {
                LocalDate.parse(value);
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** yes/no/true/false as {@code xsd:boolean}. */
    static Node bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "1" -> NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
            case "no", "false", "n", "0" -> NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
            default -> null;
        };
    }

    /** An absolute http, https or urn IRI that Jena accepts; null otherwise. */
    static Node iri(String value) {
        String scheme = value.contains(":") ? value.substring(0, value.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("urn")) {
            return null;
        }
        try {
            IRIs.checkEx(value);
            return NodeFactory.createURI(value);
        } catch (IRIException e) {
            return null;
        }
    }
}
