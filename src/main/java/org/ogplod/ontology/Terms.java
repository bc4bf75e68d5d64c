package org.ogplod.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of external vocabularies that Jena has no constants for (PROV-O, SPDX) and link targets we use. */
public final class Terms {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";

    public static final Node provEntity = uri(PROV + "Entity");
    public static final Node provActivity = uri(PROV + "Activity");
    public static final Node provSoftwareAgent = uri(PROV + "SoftwareAgent");
    public static final Node provUsed = uri(PROV + "used");
    public static final Node provWasGeneratedBy = uri(PROV + "wasGeneratedBy");
    public static final Node provWasDerivedFrom = uri(PROV + "wasDerivedFrom");
    public static final Node provWasAssociatedWith = uri(PROV + "wasAssociatedWith");
    public static final Node provStartedAtTime = uri(PROV + "startedAtTime");
    public static final Node provEndedAtTime = uri(PROV + "endedAtTime");
    public static final Node provGeneratedAtTime = uri(PROV + "generatedAtTime");

    public static final Node spdxChecksum = uri(SPDX + "checksum");
    public static final Node spdxChecksumClass = uri(SPDX + "Checksum");
    public static final Node spdxAlgorithm = uri(SPDX + "algorithm");
    public static final Node spdxChecksumValue = uri(SPDX + "checksumValue");
    public static final Node spdxSha256 = uri(SPDX + "checksumAlgorithm_sha256");

    private Terms() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
