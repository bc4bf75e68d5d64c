package org.ogplod.ontology;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Every IRI pattern of ogp-lod (DESIGN.md section 5), in one place. IRIs are minted against the canonical base;
 * {@link Rebase} moves them to the configured one on the way out.
 */
public final class Iris {
    /** The base that ontology files and minted IRIs use before re-basing. */
    public static final String CANONICAL_BASE = "http://localhost:8080/";
    private static final Pattern BASE = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?/");

    /** Whether {@code iri} can be a base every IRI is minted under: http(s), no query or fragment, ending with '/'. */
    public static boolean isBase(String iri) {
        return iri != null && BASE.matcher(iri).matches();
    }

    private static final String SLUG_TEXT = "[a-z0-9]+(?:-[a-z0-9]+)*";
    /** OGP commitment ids: a two- or three-letter code (UK, PNG, BUE), an optional local code, four digits. */
    private static final String ID_TEXT = "[A-Z]{2,3}(?:[A-Z]{3})?[0-9]{4}";

    public static final Pattern COMMITMENT_ID = Pattern.compile(ID_TEXT);
    public static final Pattern SLUG = Pattern.compile(SLUG_TEXT);
    public static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    /** The paths under {@code /id/} that we mint, type by type (DESIGN.md section 5). */
    private static final Pattern IDENTIFIER_PATH = Pattern.compile("member/" + SLUG_TEXT
            + "|action-plan/" + SLUG_TEXT + "/[0-9]{4}-[0-9]{4}"
            + "|commitment/" + ID_TEXT
            + "|institution/" + SLUG_TEXT + "/" + SLUG_TEXT
            + "|irm-report/" + SLUG_TEXT + "/" + SLUG_TEXT
            + "|assessment/" + ID_TEXT + "/" + SLUG_TEXT
            + "|release/[0-9]{4}-[0-9]{2}-[0-9]{2}-[1-9][0-9]*");
    /** The paths under {@code /def/}: the ontology, a scheme, a concept or a tag set. */
    private static final Pattern DEFINITION_PATH = Pattern.compile("ogp|" + SLUG_TEXT + "(?:/" + SLUG_TEXT + ")?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Iris() {
    }

    public static Node member(String slug) {
        return uri("id/member/" + slug);
    }

    public static Node actionPlan(String memberSlug, String start, String end) {
        return uri("id/action-plan/" + memberSlug + "/" + start + "-" + end);
    }

    public static Node commitment(String id) {
        return uri("id/commitment/" + id);
    }

    public static Node institution(String memberSlug, String name) {
        return uri("id/institution/" + memberSlug + "/" + slug(name));
    }

    public static Node irmReport(String memberSlug, String reportName) {
        return uri("id/irm-report/" + memberSlug + "/" + slug(reportName));
    }

    public static Node assessment(String commitmentId, String reportName) {
        return uri("id/assessment/" + commitmentId + "/" + slug(reportName));
    }

    public static Node release(String releaseId) {
        return uri("id/release/" + releaseId);
    }

    /** A concept of one of our SKOS schemes, e.g. {@code concept("theme", "open-data")}. */
    public static Node concept(String scheme, String slug) {
        return uri("def/" + scheme + "/" + slug);
    }

    public static Node scheme(String scheme) {
        return uri("def/" + scheme);
    }

    /** True when {@code path} (after {@code /id/}) has the shape of an identifier we mint. */
    public static boolean isIdentifierPath(String path) {
        return IDENTIFIER_PATH.matcher(path).matches();
    }

    /** True when {@code path} (after {@code /def/}) has the shape of an ontology, scheme or concept IRI. */
    public static boolean isDefinitionPath(String path) {
        return DEFINITION_PATH.matcher(path).matches();
    }

    /**
     * The kebab-case slug of a name: ASCII-folded, lower case, {@code &} read as "and", every other run of
     * non-alphanumerics one hyphen. Returns an empty string when nothing alphanumeric is left.
     */
    public static String slug(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name.replace("&", " and "), Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        return EDGE_HYPHENS.matcher(NON_ALPHANUMERIC.matcher(folded).replaceAll("-")).replaceAll("");
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(CANONICAL_BASE + path);
    }
}
