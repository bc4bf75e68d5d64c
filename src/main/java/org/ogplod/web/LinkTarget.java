package org.ogplod.web;

/**
 * The datasets ogp-lod links into (DESIGN.md section 1, "linker"), each known by the URI space of its IRIs; VoID
 * describes one linkset per target and link predicate.
 */
enum LinkTarget {
    WIKIDATA("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/"),
    EU_COUNTRY("eu-country", "Countries and territories, EU authority table",
            "http://publications.europa.eu/resource/authority/country/",
            "http://publications.europa.eu/resource/authority/country"),
    EU_DATA_THEME("eu-data-theme", "Data themes, EU authority table",
            "http://publications.europa.eu/resource/authority/data-theme/",
            "http://publications.europa.eu/resource/authority/data-theme"),
    UN_SDG("un-sdg", "A Knowledge Organization System for the United Nations Sustainable Development Goals",
            "http://metadata.un.org/sdg/", "http://metadata.un.org/sdg");

    private final String key;
    private final String title;
    private final String uriSpace;
    private final String page;

    LinkTarget(String key, String title, String uriSpace, String page) {
        this.key = key;
        this.title = title;
        this.uriSpace = uriSpace;
        this.page = page;
    }

    /** A short name, used in the fragment of the target's IRI in the VoID document. */
    String key() {
        return key;
    }

    String title() {
        return title;
    }

    /** The start that every IRI of the target shares. */
    String uriSpace() {
        return uriSpace;
    }

    /** Where a person reads about the target. */
    String page() {
        return page;
    }
}
