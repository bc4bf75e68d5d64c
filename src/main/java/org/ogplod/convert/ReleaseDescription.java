package org.ogplod.convert;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Ogp;
import org.ogplod.ontology.Terms;

/** The PROV description of one conversion: the release, the activity, the converter and every input's SHA-256. */
record ReleaseDescription(String releaseId, String converterVersion, Instant started, Instant ended,
        List<Input> inputs, long rowsRead, long triples, long problems) {

    /** Sends the description; returns how many triples it has. */
    long send(StreamRDF sink) {
        long[] count = {0};
        StreamRDF counting = new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
            @Override
            public void triple(Triple triple) {
                count[0]++;
                super.triple(triple);
            }
        };
        describe(counting);
        return count[0];
    }

    private void describe(StreamRDF sink) {
        Node release = Iris.release(releaseId);
        Node activity = fragment(release, "conversion");
        Node agent = fragment(release, "converter");
        add(sink, release, RDF.type.asNode(), Ogp.Release);
        add(sink, release, RDF.type.asNode(), Terms.provEntity);
        add(sink, release, RDFS.label.asNode(), Literals.text("ogp-lod release " + releaseId));
        add(sink, release, DCTerms.identifier.asNode(), Literals.text(releaseId));
        add(sink, release, DCTerms.modified.asNode(), dateTime(ended));
        add(sink, release, Terms.provGeneratedAtTime, dateTime(ended));
        add(sink, release, Terms.provWasGeneratedBy, activity);
        add(sink, release, Ogp.rowsRead, Literals.integer(rowsRead));
        add(sink, release, Ogp.triples, Literals.integer(triples));
        add(sink, release, Ogp.problems, Literals.integer(problems));
        add(sink, activity, RDF.type.asNode(), Terms.provActivity);
        add(sink, activity, RDFS.label.asNode(), Literals.text("conversion of the OGP inputs for release " + releaseId));
        add(sink, activity, Terms.provStartedAtTime, dateTime(started));
        add(sink, activity, Terms.provEndedAtTime, dateTime(ended));
        add(sink, activity, Terms.provWasAssociatedWith, agent);
        add(sink, agent, RDF.type.asNode(), Terms.provSoftwareAgent);
        add(sink, agent, RDFS.label.asNode(), Literals.text("ogp-lod converter " + converterVersion));
        add(sink, agent, OWL.versionInfo.asNode(), Literals.text(converterVersion));
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            Node entity = fragment(release, "input-" + (i + 1));
            Node checksum = fragment(release, "input-" + (i + 1) + "-sha256");
            add(sink, activity, Terms.provUsed, entity);
            add(sink, release, Terms.provWasDerivedFrom, entity);
            add(sink, entity, RDF.type.asNode(), Terms.provEntity);
            add(sink, entity, RDFS.label.asNode(), Literals.text(input.file().getFileName().toString()));
            add(sink, entity, Terms.spdxChecksum, checksum);
            add(sink, checksum, RDF.type.asNode(), Terms.spdxChecksumClass);
            add(sink, checksum, Terms.spdxAlgorithm, Terms.spdxSha256);
            add(sink, checksum, Terms.spdxChecksumValue, NodeFactory.createLiteralDT(input.sha256(),
                    XSDDatatype.XSDhexBinary));
        }
    }

    private static Node fragment(Node release, String name) {
        return NodeFactory.createURI(release.getURI() + "#" + name);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private static void add(StreamRDF sink, Node subject, Node predicate, Node object) {
        sink.triple(Triple.create(subject, predicate, object));
    }
}
