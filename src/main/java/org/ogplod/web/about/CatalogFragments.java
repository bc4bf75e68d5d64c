package org.ogplod.web.about;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.ogplod.web.ld.FragmentControls;
import org.ogplod.web.ld.ResourcePages;

/** The Triple Pattern Fragments interface as a DCAT data service of the catalogue, beside the SPARQL endpoint. */
final class CatalogFragments {
    /** The TPF specification of the W3C Hydra community group, which the interface follows. */
    static final String SPECIFICATION = "https://www.hydra-cg.com/spec/latest/triple-pattern-fragments/";

    private CatalogFragments() {
    }

    static Resource service(Model model, String base, Resource dataset) {
        Resource endpoint = model.createResource(FragmentControls.endpoint(base));
        return model.createResource(base + "catalog#fragments", DCAT.DataService)
                .addProperty(DCTerms.title, model.createLiteral("ogp-lod Triple Pattern Fragments", "en"))
                .addProperty(DCTerms.description, model.createLiteral("Every triple of the current release that "
                        + "matches a pattern (subject, predicate, object), 100 a page with Hydra controls, in Turtle, "
                        + "JSON-LD or HTML: cheap enough for a Linked Data Fragments client or a crawler to walk "
                        + "the whole dataset.", "en"))
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCAT.endpointDescription, endpoint)
                .addProperty(DCTerms.conformsTo, model.createResource(SPECIFICATION, DCTerms.Standard)
                        .addProperty(DCTerms.title, model.createLiteral("Triple Pattern Fragments", "en")))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.license, model.createResource(ResourcePages.LICENSE));
    }
}
