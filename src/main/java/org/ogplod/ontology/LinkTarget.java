package org.ogplod.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The datasets ogp-lod links into (DESIGN.md section 1, "linker"), each known by the URI space of its IRIs, with
 * the resources of ours that should link to it and the reference list of its ids that every link is checked against
 * ({@code src/main/resources/links/<key>.txt}, each naming its source). VoID describes one linkset per target and
 * link predicate; the link report ({@code /links}) says per target how complete and how sound the links are.
 */
public enum LinkTarget {
    WIKIDATA("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/",
            "members", "?resource a ogp:Member"),
    EU_COUNTRY("eu-country", "Countries and territories, EU authority table",
            "http://publications.europa.eu/resource/authority/country/",
            "http://publications.europa.eu/resource/authority/country",
            "national members", "?resource a ogp:NationalMember"),
    EU_DATA_THEME("eu-data-theme", "Data themes, EU authority table",
            "http://publications.europa.eu/resource/authority/data-theme/",
            "http://publications.europa.eu/resource/authority/data-theme",
            "policy areas and OGP values", Patterns.THEMES_AND_VALUES),
    UN_SDG("un-sdg", "A Knowledge Organization System for the United Nations Sustainable Development Goals",
            "http://metadata.un.org/sdg/", "http://metadata.un.org/sdg",
            "policy areas and OGP values", Patterns.THEMES_AND_VALUES);

    private final String key;
    private final String title;
    private final String uriSpace;
    private final String page;
    private final String linkers;
    private final String linkersPattern;

    LinkTarget(String key, String title, String uriSpace, String page, String linkers, String linkersPattern) {
        this.key = key;
        this.title = title;
        this.uriSpace = uriSpace;
        this.page = page;
        this.linkers = linkers;
        this.linkersPattern = linkersPattern;
    }

    /** A short name, used in the fragment of the target's IRI in the VoID document and in the link report. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The start that every IRI of the target shares. */
    public String uriSpace() {
        return uriSpace;
    }

    /** Where a person reads about the target. */
    public String page() {
        return page;
    }

    /** Which of our resources should link to the target, in words ("members"). */
    public String linkers() {
        return linkers;
    }

    /** Patterns shared by several targets (an enum constant cannot name a static field of its own class). */
    private static final class Patterns {
        static final String THEMES_AND_VALUES =
                "VALUES ?scheme { <{base}def/theme> <{base}def/value> } ?resource skos:inScheme ?scheme";
    }

    /**
     * A SPARQL group pattern binding {@code ?resource} to each resource of ours that should link to the target; it
     * uses the prefixes {@code ogp:} and {@code skos:}, and {@code {base}} where the release's base belongs.
     */
    public String linkersPattern() {
        return linkersPattern;
    }

    /** The ids (the part of an IRI after the URI space) in the target's reference list, in the list's order. */
    public Set<String> referenceIds() {
        Set<String> ids = new LinkedHashSet<>();
        referenceLines().stream().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip)
                .forEach(ids::add);
        return ids;
    }

    /** The comment that opens the reference list, which names its source. */
    public String referenceSource() {
        return referenceLines().stream().takeWhile(line -> line.startsWith("#"))
                .map(line -> line.substring(1).strip()).collect(Collectors.joining(" "));
    }

    private List<String> referenceLines() {
        String resource = "/links/" + key + ".txt";
        try (InputStream in = LinkTarget.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the reference list " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
