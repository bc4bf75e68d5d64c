package org.ogplod.web.about;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Ogp;
import org.ogplod.store.Release;
import org.ogplod.web.ld.ResourcePages;

/**
 * The DCAT-AP 3.0.1 catalogue of a release: the catalogue, the dataset (its current release named as a version, its
 * coverage in time and space, one distribution per dump) and the SPARQL endpoint as a data service. Whatever a
 * DCAT-AP shape checks by class is typed here, so the catalogue validates on its own.
 */
final class CatalogGraph {
    private static final List<String> KEYWORDS = List.of("open government", "Open Government Partnership",
            "OGP commitments", "action plans", "Independent Reporting Mechanism", "transparency", "accountability",
            "public participation", "Linked Open Data");

    private final String base;
    private final Model model = ModelFactory.createDefaultModel();

    private CatalogGraph(String base) {
        this.base = base;
    }

    /** The catalogue, under the configured {@code base}. */
    static Model build(String base, Release release, SelfQueries.Coverage coverage, List<DumpFacts> dumps) {
        return new CatalogGraph(base).describe(release, coverage, dumps);
    }

    static String catalogIri(String base) {
        return base + "catalog";
    }

    /** The dataset that VoID and the service description describe too. */
    static String datasetIri(String base) {
        return base + "catalog#dataset";
    }

    static String publisherIri(String base) {
        return base + "catalog#publisher";
    }

    /** An IRI minted under the canonical base (by {@link Iris} or {@link Ogp}), moved to {@code base}. */
    static String rebased(String canonical, String base) {
        return base + canonical.substring(Iris.CANONICAL_BASE.length());
    }

    /** The instant of a release as an {@code xsd:dateTime}, to the second. */
    static Literal dateTime(Model model, Instant instant) {
        return model.createTypedLiteral(instant.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    private Model describe(Release release, SelfQueries.Coverage coverage, List<DumpFacts> dumps) {
        Literal released = dateTime(model, release.info().created());
        Resource dataset = dataset(release, released, coverage);
        model.createResource(catalogIri(base), DCAT.Catalog)
                .addProperty(DCTerms.title, english("ogp-lod catalogue"))
                .addProperty(DCTerms.description, english("What this ogp-lod server publishes: the Open Government "
                        + "Partnership commitments dataset, its dumps and its SPARQL endpoint."))
                .addProperty(DCTerms.publisher, publisher())
                .addProperty(FOAF.homepage, model.createResource(base, FOAF.Document))
                .addProperty(DCTerms.license, licence())
                .addProperty(DCTerms.language, model.createResource(CatalogTerms.english.getURI(),
                        DCTerms.LinguisticSystem))
                .addProperty(DCAT.themeTaxonomy, model.createResource(CatalogTerms.dataThemes.getURI(),
                        SKOS.ConceptScheme).addProperty(DCTerms.title, english("Data theme")))
                .addProperty(DCTerms.issued, released)
                .addProperty(DCTerms.modified, released)
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service(dataset))
                .addProperty(DCAT.service, CatalogFragments.service(model, base, dataset));
        CatalogDistributions.add(dataset, base, release.id(), released, licence(), dumps);
        return model;
    }

    private Resource dataset(Release release, Literal released, SelfQueries.Coverage coverage) {
        String iri = datasetIri(base);
        Resource dataset = model.createResource(iri, DCAT.Dataset)
                .addProperty(DCTerms.title, english(DatasetJsonLd.NAME))
                .addProperty(DCTerms.description, english(DatasetJsonLd.DESCRIPTION))
                .addProperty(DCTerms.identifier, iri)
                .addProperty(DCTerms.publisher, publisher())
                .addProperty(DCTerms.license, licence())
                .addProperty(DCAT.contactPoint, contact())
                .addProperty(DCAT.theme, government())
                .addProperty(DCAT.landingPage, model.createResource(base, FOAF.Document))
                .addProperty(DCTerms.conformsTo, model.createResource(rebased(Ogp.ONTOLOGY, base), DCTerms.Standard)
                        .addProperty(DCTerms.title, english("The ogp-lod ontology")))
                .addProperty(DCTerms.accrualPeriodicity, model.createResource(CatalogTerms.irregular.getURI(),
                        DCTerms.Frequency))
                .addProperty(DCTerms.modified, released)
                .addProperty(CatalogTerms.dcatVersion, release.id())
                .addProperty(CatalogTerms.versionNotes, english("Release " + release.id() + ", made "
                        + released.getLexicalForm() + ": " + release.info().triples() + " triples."))
                .addProperty(DCTerms.hasVersion, version(release, released, iri));
        KEYWORDS.forEach(keyword -> dataset.addProperty(DCAT.keyword, english(keyword)));
        addCoverage(dataset, coverage);
        return dataset;
    }

    /** The years the action plans span, and the countries of the members, as the data says. */
    private void addCoverage(Resource dataset, SelfQueries.Coverage coverage) {
        if (coverage.firstYear() != null && coverage.lastYear() != null) {
            dataset.addProperty(DCTerms.temporal, model.createResource(base + "catalog#coverage", DCTerms.PeriodOfTime)
                    .addProperty(DCAT.startDate, year(coverage.firstYear()))
                    .addProperty(DCAT.endDate, year(coverage.lastYear())));
        }
        coverage.countries().forEach(country -> dataset.addProperty(DCTerms.spatial,
                model.createResource(country, DCTerms.Location)));
    }

    /** The current release as a version of the dataset ({@code /id/release/...} is in the data too). */
    private Resource version(Release release, Literal released, String dataset) {
        return model.createResource(rebased(Iris.release(release.id()).getURI(), base), DCAT.Dataset)
                .addProperty(DCTerms.title, english("ogp-lod release " + release.id()))
                .addProperty(DCTerms.description, english("The data of release " + release.id()
                        + ": one conversion of the OGP inputs, with its provenance."))
                .addProperty(CatalogTerms.dcatVersion, release.id())
                .addProperty(DCTerms.issued, released)
                .addProperty(DCTerms.isVersionOf, model.createResource(dataset));
    }

    private Resource service(Resource dataset) {
        Resource service = model.createResource(base + "catalog#sparql", DCAT.DataService)
                .addProperty(DCTerms.title, english("ogp-lod SPARQL endpoint"))
                .addProperty(DCTerms.description, english("Read-only SPARQL 1.1 queries over the current release, "
                        + "with results in JSON, XML, CSV and TSV and graphs in Turtle, JSON-LD, RDF/XML and "
                        + "N-Triples. A GET without a query returns its service description."))
                .addProperty(DCAT.endpointURL, model.createResource(base + "sparql"))
                .addProperty(DCAT.endpointDescription, model.createResource(base + "sparql"))
                .addProperty(DCTerms.conformsTo, model.createResource(CatalogTerms.sparqlProtocol.getURI(),
                        DCTerms.Standard).addProperty(DCTerms.title, english("SPARQL 1.1 Protocol")))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.publisher, publisher())
                .addProperty(DCTerms.license, licence())
                .addProperty(DCAT.contactPoint, contact())
                .addProperty(DCAT.theme, government())
                .addProperty(DCAT.landingPage, model.createResource(base + "query", FOAF.Document));
        List.of("SPARQL", "Linked Open Data", "open government").forEach(
                keyword -> service.addProperty(DCAT.keyword, english(keyword)));
        return service;
    }

    private Resource publisher() {
        return model.createResource(publisherIri(base), FOAF.Agent)
                .addProperty(FOAF.name, "ogp-lod")
                .addProperty(FOAF.homepage, model.createResource(base));
    }

    private Resource contact() {
        return model.createResource(base + "catalog#contact", VCARD4.Kind)
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, "ogp-lod")
                .addProperty(VCARD4.hasURL, model.createResource(base));
    }

    private Resource licence() {
        return model.createResource(ResourcePages.LICENSE, DCTerms.LicenseDocument)
                .addProperty(RDFS.label, english("Creative Commons Attribution 4.0 International"))
                .addProperty(DCTerms.type, model.createResource(CatalogTerms.attribution.getURI(), SKOS.Concept)
                        .addProperty(SKOS.prefLabel, english("Attribution"))
                        .addProperty(SKOS.inScheme, CatalogTerms.licenceTypes));
    }

    private Resource government() {
        return model.createResource(CatalogTerms.government.getURI(), SKOS.Concept)
                .addProperty(SKOS.prefLabel, english("Government and public sector"))
                .addProperty(SKOS.inScheme, CatalogTerms.dataThemes);
    }

    private Literal year(int year) {
        return model.createTypedLiteral(String.format("%04d", year), XSDDatatype.XSDgYear);
    }

    private Literal english(String text) {
        return model.createLiteral(text, "en");
    }
}
