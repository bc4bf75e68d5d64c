package org.ogplod.web.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * One fragment page as RDF: its triples in the default graph, and the Hydra controls a TPF client needs (the search
 * form with its three mappings, the count, the links to the first, previous and next pages) in the graph
 * {@code <page#metadata>}, so that formats with named graphs keep the controls out of the data.
 */
public final class FragmentControls {
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final List<String> VARIABLES = List.of("subject", "predicate", "object");

    private FragmentControls() {
    }

    /** The address of page {@code number} of {@code pattern}; page 1 has no page parameter. */
    static String pageIri(String base, Triple pattern, int number) {
        StringBuilder query = new StringBuilder();
        List<Node> terms = List.of(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
        for (int i = 0; i < 3; i++) {
            if (terms.get(i) != Node.ANY) {
                query.append(query.length() == 0 ? "?" : "&").append(VARIABLES.get(i)).append('=')
                        .append(URLEncoder.encode(FragmentTerm.write(terms.get(i)), StandardCharsets.UTF_8));
            }
        }
        if (number > 1) {
            query.append(query.length() == 0 ? "?" : "&").append("page=").append(number);
        }
        return endpoint(base) + query;
    }

    public static String endpoint(String base) {
        return base + "fragments";
    }

    static String datasetIri(String base) {
        return base + "fragments#dataset";
    }

    static Dataset build(String base, Triple pattern, int number, FragmentPage.Page page) {
        Dataset dataset = DatasetFactory.create();
        page.triples().forEach(triple -> dataset.getDefaultModel().getGraph().add(triple));
        String iri = pageIri(base, pattern, number);
        Model metadata = controls(base, pattern, number, page);
        metadata.createResource(iri + "#metadata").addProperty(FOAF.primaryTopic, metadata.createResource(iri));
        dataset.addNamedModel(iri + "#metadata", metadata);
        return dataset;
    }

    private static Model controls(String base, Triple pattern, int number, FragmentPage.Page page) {
        Model model = ModelFactory.createDefaultModel();
        String fragment = pageIri(base, pattern, 1);
        Resource pageResource = model.createResource(pageIri(base, pattern, number))
                .addProperty(RDF.type, hydra(model, "PartialCollectionView"))
                .addProperty(hydraProperty(model, "first"), model.createResource(fragment));
        if (number > 1) {
            pageResource.addProperty(hydraProperty(model, "previous"),
                    model.createResource(pageIri(base, pattern, number - 1)));
        }
        if (page.hasNext()) {
            pageResource.addProperty(hydraProperty(model, "next"), model.createResource(pageIri(base, pattern,
                    number + 1)));
        }
        String total = Long.toString(page.total());
        model.createResource(fragment)
                .addProperty(RDF.type, hydra(model, "Collection"))
                .addProperty(DCTerms.source, model.createResource(datasetIri(base)))
                .addProperty(hydraProperty(model, "view"), pageResource)
                .addLiteral(hydraProperty(model, "totalItems"), model.createTypedLiteral(total, XSDDatatype.XSDinteger))
                .addLiteral(VOID.triples, model.createTypedLiteral(total, XSDDatatype.XSDinteger))
                .addLiteral(hydraProperty(model, "itemsPerPage"), model.createTypedLiteral(
                        Integer.toString(FragmentPage.PAGE_SIZE), XSDDatatype.XSDinteger));
        dataset(model, base).addProperty(VOID.subset, model.createResource(fragment))
                .addProperty(VOID.subset, pageResource);
        return model;
    }

    /** The dataset with its search form: {@code fragments{?subject,predicate,object}} and the three mappings. */
    private static Resource dataset(Model model, String base) {
        Resource search = model.createResource()
                .addProperty(hydraProperty(model, "template"), endpoint(base) + "{?subject,predicate,object}")
                .addProperty(hydraProperty(model, "variableRepresentation"), hydra(model, "ExplicitRepresentation"));
        List<Property> properties = List.of(RDF.subject, RDF.predicate, RDF.object);
        for (int i = 0; i < 3; i++) {
            search.addProperty(hydraProperty(model, "mapping"), model.createResource()
                    .addProperty(hydraProperty(model, "variable"), VARIABLES.get(i))
                    .addProperty(hydraProperty(model, "property"), properties.get(i)));
        }
        return model.createResource(datasetIri(base))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, hydra(model, "Collection"))
                .addProperty(hydraProperty(model, "search"), search);
    }

    private static Resource hydra(Model model, String name) {
        return model.createResource(HYDRA + name);
    }

    private static Property hydraProperty(Model model, String name) {
        return model.createProperty(HYDRA + name);
    }
}
