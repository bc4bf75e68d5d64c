package org.ogplod.web.about;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.ogplod.store.DumpFile;

/**
 * The dumps of a release as DCAT distributions: where to download each, its media type (IANA) and file type (EU
 * table), gzip compression, its size in bytes and its SHA-256.
 */
final class CatalogDistributions {
    private CatalogDistributions() {
    }

    /** Adds a distribution of {@code dataset} for each dump, in {@code dataset}'s model. */
    static void add(Resource dataset, String base, String releaseId, Literal released, Resource licence,
            List<DumpFacts> dumps) {
        for (DumpFacts facts : dumps) {
            dataset.addProperty(DCAT.distribution, distribution(dataset.getModel(), base, releaseId, facts)
                    .addProperty(DCTerms.license, licence)
                    .addProperty(DCTerms.issued, released)
                    .addProperty(DCTerms.modified, released));
        }
    }

    private static Resource distribution(Model model, String base, String releaseId, DumpFacts facts) {
        DumpFile dump = facts.dump();
        String iri = base + "catalog#dump-" + facts.formatName();
        Resource file = model.createResource(base + "dumps/" + dump.fileName());
        String format = dump.label();
        String packing = dump.gzipped() ? ", gzip-compressed." : ", compressed and searchable without unpacking.";
        Resource distribution = model.createResource(iri, DCAT.Distribution)
                .addProperty(DCTerms.title, model.createLiteral(format + " dump" + (dump.gzipped() ? " (gzip)" : ""),
                        "en"))
                .addProperty(DCTerms.description, model.createLiteral("The whole of release " + releaseId + " as "
                        + format + packing, "en"))
                .addProperty(DCAT.accessURL, file)
                .addProperty(DCAT.downloadURL, file)
                .addProperty(DCAT.mediaType, model.createResource(CatalogTerms.mediaType(dump.mediaType()).getURI(),
                        DCTerms.MediaType))
                .addProperty(DCTerms.format, model.createResource(CatalogTerms.fileType(fileType(dump)).getURI(),
                        DCTerms.MediaTypeOrExtent))
                .addProperty(DCAT.byteSize, model.createTypedLiteral(Long.toString(facts.bytes()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(CatalogTerms.checksum, checksum(model, iri + "-sha256", facts.sha256()));
        if (dump.gzipped()) {
            distribution.addProperty(DCAT.compressFormat, model.createResource(
                    CatalogTerms.mediaType("application/gzip").getURI(), DCTerms.MediaType));
        }
        return distribution;
    }

    private static Resource checksum(Model model, String iri, String sha256) {
        return model.createResource(iri, CatalogTerms.Checksum)
                .addProperty(CatalogTerms.algorithm, model.createResource(CatalogTerms.sha256.getURI(),
                        CatalogTerms.ChecksumAlgorithm))
                .addProperty(CatalogTerms.checksumValue, model.createTypedLiteral(sha256, XSDDatatype.XSDhexBinary));
    }

    /** The code of the dump's format in the EU file-type table (each checked in version 20221214-0). */
    private static String fileType(DumpFile dump) {
        return switch (dump) {
            case NTRIPLES -> "RDF_N_TRIPLES";
            case TURTLE -> "RDF_TURTLE";
            case JSONLD -> "JSON_LD";
            case HDT -> "HDT";
        };
    }
}
