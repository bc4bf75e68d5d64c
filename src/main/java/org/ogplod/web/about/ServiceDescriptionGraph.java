package org.ogplod.web.about;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * The SPARQL 1.1 service description of the endpoint: SPARQL 1.1 Query, the result and graph formats Fuseki writes,
 * and the default dataset, whose default graph (where all the data is) is the VoID dataset with its size. The service
 * is a blank node, as in the recommendation's examples: clients that read the description as plain RDF (Comunica)
 * accept {@code sd:endpoint} only on a blank node or on the URL they fetched, which behind a proxy is not our base.
 */
final class ServiceDescriptionGraph {
    /** The W3C format IRIs of what the endpoint writes: SELECT/ASK results, then CONSTRUCT/DESCRIBE graphs. */
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples");

    private ServiceDescriptionGraph() {
    }

    static Model build(String base, VoidStatistics statistics) {
        Model model = ModelFactory.createDefaultModel();
        Resource defaultGraph = model.createResource(CatalogGraph.datasetIri(base), CatalogTerms.Graph)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, model.createLiteral(DatasetJsonLd.NAME, "en"))
                .addProperty(RDFS.seeAlso, model.createResource(VoidGraph.documentIri(base)));
        VoidGraph.addTotals(defaultGraph, statistics, base);
        Resource service = model.createResource(CatalogTerms.Service)
                .addProperty(DCTerms.title, model.createLiteral("ogp-lod SPARQL endpoint", "en"))
                .addProperty(CatalogTerms.endpoint, model.createResource(base + "sparql"))
                .addProperty(CatalogTerms.supportedLanguage, CatalogTerms.SPARQL11Query)
                .addProperty(CatalogTerms.defaultEntailmentRegime, CatalogTerms.simpleEntailment)
                .addProperty(CatalogTerms.defaultDataset, model.createResource(base + "sparql#dataset",
                        CatalogTerms.SdDataset).addProperty(CatalogTerms.defaultGraph, defaultGraph));
        RESULT_FORMATS.forEach(format -> service.addProperty(CatalogTerms.resultFormat, CatalogTerms.format(format)));
        return model;
    }
}
