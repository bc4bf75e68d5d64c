package org.ogplod.web.about;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.LinkTarget;
import org.ogplod.ontology.Ogp;
import org.ogplod.store.Release;
import org.ogplod.web.ld.FragmentControls;
import org.ogplod.web.ld.ResourcePages;

/**
 * The VoID description of a release: the dataset with its size, URI space, endpoint and dumps, its class and property
 * partitions, and one linkset per other dataset and link predicate, all counted by {@link SelfQueries}.
 */
final class VoidGraph {
    private final String base;
    private final String document;
    private final Model model = ModelFactory.createDefaultModel();

    private VoidGraph(String base) {
        this.base = base;
        this.document = documentIri(base);
    }

    static String documentIri(String base) {
        return base + ".well-known/void";
    }

    static Model build(String base, Release release, VoidStatistics statistics, List<DumpFacts> dumps) {
        return new VoidGraph(base).describe(release, statistics, dumps);
    }

    /** Adds the size of the release (triples, entities, classes, ...) to {@code dataset}. */
    static void addTotals(Resource dataset, VoidStatistics statistics, String base) {
        Model model = dataset.getModel();
        dataset.addProperty(VOID.triples, count(model, statistics.triples()))
                .addProperty(VOID.entities, count(model, statistics.entities()))
                .addProperty(VOID.classes, count(model, statistics.classes().size()))
                .addProperty(VOID.properties, count(model, statistics.properties().size()))
                .addProperty(VOID.distinctSubjects, count(model, statistics.distinctSubjects()))
                .addProperty(VOID.distinctObjects, count(model, statistics.distinctObjects()))
                .addProperty(VOID.uriSpace, base + "id/");
    }

    private Model describe(Release release, VoidStatistics statistics, List<DumpFacts> dumps) {
        Resource dataset = dataset(release);
        model.createResource(document, VOID.DatasetDescription)
                .addProperty(DCTerms.title, model.createLiteral("VoID description of ogp-lod", "en"))
                .addProperty(FOAF.primaryTopic, dataset);
        addTotals(dataset, statistics, base);
        for (DumpFacts dump : dumps) {
            dataset.addProperty(VOID.dataDump, model.createResource(base + "dumps/" + dump.dump().fileName()));
        }
        List.of("N-Triples", "Turtle", "JSON-LD").forEach(format -> dataset.addProperty(VOID.feature,
                CatalogTerms.format(format)));
        vocabularies(statistics).forEach(vocabulary -> dataset.addProperty(VOID.vocabulary,
                model.createResource(vocabulary)));
        statistics.examples().forEach(example -> dataset.addProperty(VOID.exampleResource,
                model.createResource(example)));
        partitions(dataset, statistics);
        linksets(dataset, statistics);
        return model;
    }

    /** The dataset (the one the catalogue describes) with what VoID readers look for first. */
    private Resource dataset(Release release) {
        return model.createResource(CatalogGraph.datasetIri(base), VOID.Dataset)
                .addProperty(DCTerms.title, model.createLiteral(DatasetJsonLd.NAME, "en"))
                .addProperty(DCTerms.description, model.createLiteral(DatasetJsonLd.DESCRIPTION, "en"))
                .addProperty(DCTerms.license, model.createResource(ResourcePages.LICENSE))
                .addProperty(DCTerms.publisher, model.createResource(CatalogGraph.publisherIri(base), FOAF.Agent)
                        .addProperty(FOAF.name, "ogp-lod"))
                .addProperty(DCTerms.modified, CatalogGraph.dateTime(model, release.info().created()))
                .addProperty(DCTerms.hasVersion, model.createResource(CatalogGraph.rebased(
                        Iris.release(release.id()).getURI(), base)))
                .addProperty(FOAF.homepage, model.createResource(base))
                .addProperty(VOID.sparqlEndpoint, model.createResource(base + "sparql"))
                // A look-up is the fragment of a subject: /fragments?subject= followed by the IRI.
                .addProperty(VOID.uriLookupEndpoint, model.createResource(FragmentControls.endpoint(base)
                        + "?subject="));
    }

    private void partitions(Resource dataset, VoidStatistics statistics) {
        // The properties whose triples are derived from others when the data is converted, and how.
        Map<String, String> derived = Map.of(
                CatalogGraph.rebased(Ogp.topPolicyArea.getURI(), base), "Derived by ogp-lod from the data: each "
                        + "commitment's top-level policy areas, ogp:policyArea/skos:broader* to a top concept of "
                        + "the theme scheme, stated once per area.",
                SKOS.broaderTransitive.getURI(), "Derived by ogp-lod from the concept schemes: the closure of "
                        + "skos:broader.");
        int n = 0;
        for (Map.Entry<String, Long> entry : statistics.classes().entrySet()) {
            dataset.addProperty(VOID.classPartition, model.createResource(document + "#class-" + ++n)
                    .addProperty(VOID._class, model.createResource(entry.getKey()))
                    .addProperty(VOID.entities, count(model, entry.getValue())));
        }
        n = 0;
        for (Map.Entry<String, Long> entry : statistics.properties().entrySet()) {
            Resource partition = model.createResource(document + "#property-" + ++n)
                    .addProperty(VOID.property, model.createResource(entry.getKey()))
                    .addProperty(VOID.triples, count(model, entry.getValue()));
            String derivation = derived.get(entry.getKey());
            if (derivation != null) {
                partition.addProperty(DCTerms.description, model.createLiteral(derivation, "en"));
            }
            dataset.addProperty(VOID.propertyPartition, partition);
        }
    }

    private void linksets(Resource dataset, VoidStatistics statistics) {
        for (VoidStatistics.Links links : statistics.links()) {
            LinkTarget target = links.target();
            Resource other = model.createResource(document + "#" + target.key(), VOID.Dataset)
                    .addProperty(DCTerms.title, target.title())
                    .addProperty(FOAF.page, model.createResource(target.page()))
                    .addProperty(VOID.uriSpace, target.uriSpace());
            String fragment = "#links-" + target.key() + "-" + localName(links.predicate());
            Resource linkset = model.createResource(document + fragment, VOID.Linkset)
                    .addProperty(VOID.subjectsTarget, dataset)
                    .addProperty(VOID.objectsTarget, other)
                    .addProperty(VOID.linkPredicate, model.createResource(links.predicate()))
                    .addProperty(VOID.triples, count(model, links.triples()));
            dataset.addProperty(VOID.subset, linkset);
        }
    }

    /** The vocabularies (namespace IRIs, without a closing '#') of every class and property in the release. */
    private static TreeSet<String> vocabularies(VoidStatistics statistics) {
        TreeSet<String> vocabularies = new TreeSet<>();
        statistics.classes().keySet().forEach(iri -> vocabularies.add(namespace(iri)));
        statistics.properties().keySet().forEach(iri -> vocabularies.add(namespace(iri)));
        return vocabularies;
    }

    private static String namespace(String iri) {
        int end = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.charAt(end) == '#' ? iri.substring(0, end) : iri.substring(0, end + 1);
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    static Literal count(Model model, long value) {
        return model.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
