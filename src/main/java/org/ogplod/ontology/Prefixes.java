package org.ogplod.ontology;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes our RDF output, pages and example queries use, in the canonical base. */
public final class Prefixes {
    private static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefix("ogp", Ogp.NS)
            .setNsPrefix("theme", Iris.CANONICAL_BASE + "def/theme/")
            .setNsPrefix("value", Iris.CANONICAL_BASE + "def/value/")
            .setNsPrefix("member", Iris.CANONICAL_BASE + "id/member/")
            .setNsPrefix("commitment", Iris.CANONICAL_BASE + "id/commitment/")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("cv", "http://data.europa.eu/m8g/")
            .setNsPrefix("prov", Terms.PROV)
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("spdx", Terms.SPDX)
            .setNsPrefix("wd", Terms.WIKIDATA)
            .setNsPrefix("eucountry", Terms.EU_COUNTRY)
            .lock();

    private Prefixes() {
    }

    /** The prefixes with our own namespaces moved to {@code base}. */
    public static PrefixMapping forBase(String base) {
        PrefixMapping moved = PrefixMapping.Factory.create();
        MAPPING.getNsPrefixMap().forEach((prefix, iri) -> moved.setNsPrefix(prefix,
                iri.startsWith(Iris.CANONICAL_BASE) ? base + iri.substring(Iris.CANONICAL_BASE.length()) : iri));
        return moved.lock();
    }

    /** The shared, read-only prefix mapping (canonical base). */
    public static PrefixMapping mapping() {
        return MAPPING;
    }
}
