package org.ogplod.web.about;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.ogplod.ontology.Terms;

/**
 * Terms of the self-description that Jena has no constants for: DCAT 3 and ADMS additions, SPDX checksums, the
 * SPARQL service description, the W3C format IRIs, and the entries of the EU authority tables we point at. Every
 * EU code here was looked up in the Publications Office table named beside it.
 */
final class CatalogTerms {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";

    static final Property dcatVersion = property("http://www.w3.org/ns/dcat#version");
    static final Property versionNotes = property(ADMS + "versionNotes");

    static final Resource Checksum = resource(Terms.SPDX + "Checksum");
    static final Resource ChecksumAlgorithm = resource(Terms.SPDX + "ChecksumAlgorithm");
    static final Resource sha256 = resource(Terms.SPDX + "checksumAlgorithm_sha256");
    static final Property checksum = property(Terms.SPDX + "checksum");
    static final Property algorithm = property(Terms.SPDX + "algorithm");
    static final Property checksumValue = property(Terms.SPDX + "checksumValue");

    static final Resource Service = resource(SD + "Service");
    static final Resource SdDataset = resource(SD + "Dataset");
    static final Resource Graph = resource(SD + "Graph");
    static final Resource SPARQL11Query = resource(SD + "SPARQL11Query");
    static final Property endpoint = property(SD + "endpoint");
    static final Property supportedLanguage = property(SD + "supportedLanguage");
    static final Property resultFormat = property(SD + "resultFormat");
    static final Property defaultDataset = property(SD + "defaultDataset");
    static final Property defaultGraph = property(SD + "defaultGraph");
    static final Property defaultEntailmentRegime = property(SD + "defaultEntailmentRegime");
    static final Resource simpleEntailment = resource("http://www.w3.org/ns/entailment/Simple");

    static final Resource sparqlProtocol = resource("https://www.w3.org/TR/sparql11-protocol/");

    /** data-theme table, version 20160921-0: "Government and public sector". */
    static final Resource dataThemes = resource(EU_AUTHORITY + "data-theme");
    static final Resource government = resource(EU_AUTHORITY + "data-theme/GOVE");
    /** frequency table, version 20181212-0: "irregular" (a release is made whenever OGP's pages change). */
    static final Resource irregular = resource(EU_AUTHORITY + "frequency/IRREG");
    /** The language table (its English entry; the table itself is too large to vendor). */
    static final Resource english = resource(EU_AUTHORITY + "language/ENG");
    /** ADMS licence-type scheme 1.0: "Attribution". */
    static final Resource attribution = resource("http://purl.org/adms/licencetype/Attribution");
    static final Resource licenceTypes = resource("http://purl.org/adms/licencetype/1.0");

    private CatalogTerms() {
    }

    /** A W3C format IRI, e.g. {@code format("Turtle")}. */
    static Resource format(String name) {
        return resource(FORMATS + name);
    }

    /** An entry of the EU file-type table (version 20221214-0), e.g. {@code fileType("RDF_TURTLE")}. */
    static Resource fileType(String code) {
        return resource(EU_AUTHORITY + "file-type/" + code);
    }

    /** The IANA page of a media type, e.g. {@code mediaType("text/turtle")}. */
    static Resource mediaType(String type) {
        return resource(IANA_MEDIA_TYPES + type);
    }

    static Resource resource(String iri) {
        return ResourceFactory.createResource(iri);
    }

    static Property property(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
