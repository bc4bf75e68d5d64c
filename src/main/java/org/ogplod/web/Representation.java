package org.ogplod.web;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * The representations of a Linked Data document and the one place content negotiation happens: an explicit suffix
 * wins over {@code Accept}, which is matched with Jena's {@link AcceptList} (q-values and wildcards).
 */
enum Representation {
    HTML(WebContent.contentTypeHTML, "html", null),
    TURTLE(WebContent.contentTypeTurtle, "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD(WebContent.contentTypeJSONLD, "jsonld", RDFFormat.JSONLD11),
    RDFXML(WebContent.contentTypeRDFXML, "rdf", RDFFormat.RDFXML_ABBREV),
    NTRIPLES(WebContent.contentTypeNTriples, "nt", RDFFormat.NTRIPLES);

    private static final AcceptList OFFERED = AcceptList.create(
            Arrays.stream(values()).map(Representation::mediaType).toArray(String[]::new));
    private static final AcceptList OFFERED_RDF = AcceptList.create(
            Arrays.stream(values()).filter(r -> r != HTML).map(Representation::mediaType).toArray(String[]::new));

    private final String mediaType;
    private final String suffix;
    private final RDFFormat format;

    Representation(String mediaType, String suffix, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.format = format;
    }

    String mediaType() {
        return mediaType;
    }

    String suffix() {
        return suffix;
    }

    /** The Jena writer format; null for HTML. */
    RDFFormat format() {
        return format;
    }

    /** The representation a file suffix names ({@code ttl}, {@code jsonld}, ...), if any. */
    static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }

    /** The best representation for an {@code Accept} header; HTML when there is none. Empty when nothing fits. */
    static Optional<Representation> negotiate(String accept, boolean htmlOffered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(htmlOffered ? HTML : TURTLE);
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), htmlOffered ? OFFERED : OFFERED_RDF);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        return chosen == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** A sentence for a 406 response of a document (which also takes suffixes). */
    static String notAcceptable() {
        return notAcceptable(true);
    }

    /** A sentence for a 406 response, naming what is on offer. */
    static String notAcceptable(boolean htmlOffered) {
        return "None of the media types in your Accept header is available. This resource is available as "
                + String.join(", ", Arrays.stream(values()).filter(r -> htmlOffered || r != HTML)
                        .map(Representation::mediaType).toList())
                + (htmlOffered ? " (or add the suffix .html, .ttl, .jsonld, .rdf or .nt to the URL)." : ".");
    }
}
