package org.ogplod.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the ogp-lod ontology ({@code ontology/ogp.ttl}), letter for letter, in the canonical namespace.
 * Everything is minted against {@link Iris#CANONICAL_BASE}; {@link Rebase} moves it to a configured base.
 */
public final class Ogp {
    public static final String ONTOLOGY = Iris.CANONICAL_BASE + "def/ogp";
    public static final String NS = ONTOLOGY + "#";

    public static final Node Member = term("Member");
    public static final Node NationalMember = term("NationalMember");
    public static final Node LocalMember = term("LocalMember");
    public static final Node ActionPlan = term("ActionPlan");
    public static final Node Commitment = term("Commitment");
    public static final Node Institution = term("Institution");
    public static final Node IRMReport = term("IRMReport");
    public static final Node Assessment = term("Assessment");
    public static final Node Release = term("Release");

    public static final Node member = term("member");
    public static final Node parentMember = term("parentMember");
    public static final Node actionPlan = term("actionPlan");
    public static final Node leadInstitution = term("leadInstitution");
    public static final Node supportInstitution = term("supportInstitution");
    public static final Node policyArea = term("policyArea");
    public static final Node topPolicyArea = term("topPolicyArea");
    public static final Node ogpValue = term("ogpValue");
    public static final Node status = term("status");
    public static final Node assessment = term("assessment");
    public static final Node irmReport = term("irmReport");
    public static final Node methodology = term("methodology");
    public static final Node release = term("release");
    public static final Node lastChangedIn = term("lastChangedIn");
    public static final Node region = term("region");
    public static final Node didItOpenGovernment = term("didItOpenGovernment");
    public static final Node didItOpenGovernmentAccessToInformation = term("didItOpenGovernmentAccessToInformation");
    public static final Node didItOpenGovernmentCivicParticipation = term("didItOpenGovernmentCivicParticipation");
    public static final Node didItOpenGovernmentPublicAccountability = term("didItOpenGovernmentPublicAccountability");

    public static final Node cycle = term("cycle");
    public static final Node yearJoined = term("yearJoined");
    public static final Node foundingMember = term("foundingMember");
    public static final Node isoAlpha2 = term("isoAlpha2");
    public static final Node isoAlpha3 = term("isoAlpha3");
    public static final Node wikidataId = term("wikidataId");
    public static final Node ogpCode = term("ogpCode");
    public static final Node planNumber = term("planNumber");
    public static final Node commitmentNumber = term("commitmentNumber");
    public static final Node planHeading = term("planHeading");
    public static final Node synthetic = term("synthetic");
    public static final Node rowsRead = term("rowsRead");
    public static final Node triples = term("triples");
    public static final Node problems = term("problems");

    private Ogp() {
    }

    /** The node of an ontology term, by its local name (indicator properties are looked up this way). */
    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
