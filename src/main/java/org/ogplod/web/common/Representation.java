package org.ogplod.web.common;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * The representations of a Linked Data document and the one place content negotiation happens: an explicit suffix
 * wins over {@code Accept}, whose q-values, wildcards and refusals (q=0) decide among Jena's media types.
 */
public enum Representation {
    HTML(WebContent.contentTypeHTML, "html", null),
    TURTLE(WebContent.contentTypeTurtle, "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD(WebContent.contentTypeJSONLD, "jsonld", RDFFormat.JSONLD11),
    RDFXML(WebContent.contentTypeRDFXML, "rdf", RDFFormat.RDFXML_ABBREV),
    NTRIPLES(WebContent.contentTypeNTriples, "nt", RDFFormat.NTRIPLES);


    private final String mediaType;
    private final String suffix;
    private final RDFFormat format;

    Representation(String mediaType, String suffix, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat format() {
        return format;
    }

    /** The representation a file suffix names ({@code ttl}, {@code jsonld}, ...), if any. */
    public static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }

    /**
     * The best representation for an {@code Accept} header; HTML (or Turtle where HTML is not offered) when there is
     * none; empty when nothing fits. Jetty's {@link QuotedQualityCSV} orders the ranges by q-value, then by
     * specificity; a range with {@code q=0} refuses what it names even when a wildcard would allow it. (Jena's
     * AcceptList ignores q=0, reads q only as the first parameter and compares case-sensitively.)
     */
    public static Optional<Representation> negotiate(String accept, boolean htmlOffered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(htmlOffered ? HTML : TURTLE);
        }
        List<QuotedQualityCSV.QualityValue> ranges = ranges(accept);
        EnumSet<Representation> refused = EnumSet.noneOf(Representation.class);
        for (QuotedQualityCSV.QualityValue range : ranges) {
            if (!range.isAcceptable()) {
                Arrays.stream(values()).filter(r -> matches(range.getValue(), r)).forEach(refused::add);
            }
        }
        for (QuotedQualityCSV.QualityValue range : ranges) {
            if (range.isAcceptable()) {
                for (Representation offered : values()) {
                    if ((htmlOffered || offered != HTML) && !refused.contains(offered)
                            && matches(range.getValue(), offered)) {
                        return Optional.of(offered);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For a page that is HTML with a JSON form ({@code /search}, {@code /changes}): whether {@code Accept} ranks
     * {@code application/json} above {@code text/html}, read with q-values and wildcards as above; HTML when tied.
     */
    public static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        for (QuotedQualityCSV.QualityValue range : ranges(accept)) {
            if (range.isAcceptable()) {
                if (matches(range.getValue(), HTML.mediaType)) {
                    return false;
                }
                if (matches(range.getValue(), "application/json")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The media ranges of {@code Accept}, best first (q-value, then specificity); none when it is malformed. */
    private static List<QuotedQualityCSV.QualityValue> ranges(String accept) {
        QuotedQualityCSV ranges = new QuotedQualityCSV(QuotedQualityCSV.MOST_SPECIFIC_MIME_ORDERING);
        try {
            ranges.addValue(accept);
        } catch (RuntimeException malformed) {
            return List.of();
        }
        return ranges.getQualityValues();
    }

    private static boolean matches(String range, Representation offered) {
        return matches(range, offered.mediaType);
    }

    private static boolean matches(String range, String mediaType) {
        String type = range.contains(";") ? range.substring(0, range.indexOf(';')) : range;
        type = type.strip().toLowerCase(Locale.ROOT);
        return type.equals("*/*") || type.equals(mediaType)
                || type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1));
    }

    /** A sentence for a 406 response of a document (which also takes suffixes). */
    public static String notAcceptable() {
        return notAcceptable(true);
    }

    /** A sentence for a 406 response, naming what is on offer. */
    public static String notAcceptable(boolean htmlOffered) {
        return "None of the media types in your Accept header is available. This resource is available as "
                + String.join(", ", Arrays.stream(values()).filter(r -> htmlOffered || r != HTML)
                        .map(Representation::mediaType).toList())
                + (htmlOffered ? " (or add the suffix .html, .ttl, .jsonld, .rdf or .nt to the URL)." : ".");
    }
}
