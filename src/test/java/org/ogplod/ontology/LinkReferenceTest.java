package org.ogplod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The reference lists that the link report checks our links against (src/main/resources/links) hold exactly the ids
 * of the third-party tables they name (the copies in ../shared/vendor), so a check against them is a check against
 * the source.
 */
class LinkReferenceTest {
    private static final Path VENDOR = Path.of("../shared/vendor");

    @Test
    void euCountriesAreTheConceptsOfTheAuthorityTable() {
        assertEquals(concepts("eu-authority/countries-skos.rdf", LinkTarget.EU_COUNTRY),
                new TreeSet<>(LinkTarget.EU_COUNTRY.referenceIds()));
    }

    @Test
    void euDataThemesAreTheConceptsOfTheAuthorityTable() {
        assertEquals(concepts("eu-authority/data-theme-skos.rdf", LinkTarget.EU_DATA_THEME),
                new TreeSet<>(LinkTarget.EU_DATA_THEME.referenceIds()));
    }

    @Test
    void sdgIdsAreTheGoalsAndTargetsOfTheSdgKos() {
        Graph graph = RDFDataMgr.loadGraph(VENDOR.resolve("sdg/sdg-kos-goals-targets-indicators.ttl").toString());
        Set<String> ids = new TreeSet<>();
        for (String type : new String[] {"Goal", "Target"}) {
            Node node = NodeFactory.createURI("http://metadata.un.org/sdg/ontology#" + type);
            graph.find(Node.ANY, RDF.type.asNode(), node).forEachRemaining(triple -> ids.add(
                    triple.getSubject().getURI().substring(LinkTarget.UN_SDG.uriSpace().length())));
        }
        assertEquals(17 + 169, ids.size());
        assertEquals(ids, new TreeSet<>(LinkTarget.UN_SDG.referenceIds()));
    }

    @Test
    void wikidataIdsAreTheCountriesOfTheCountryCodes() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(VENDOR.resolve("countries/country-codes.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String item = row.get("wikidata_id");
                if (!item.isEmpty()) {
                    ids.add(item.substring(item.lastIndexOf('/') + 1));
                }
            }
        }
        assertEquals(ids, new TreeSet<>(LinkTarget.WIKIDATA.referenceIds()));
    }

    private static Set<String> concepts(String file, LinkTarget target) {
        Graph graph = RDFDataMgr.loadGraph(VENDOR.resolve(file).toString());
        Set<String> ids = new TreeSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).forEachRemaining(triple -> {
            String iri = triple.getSubject().getURI();
            if (iri.startsWith(target.uriSpace())) {
                ids.add(iri.substring(target.uriSpace().length()));
            }
        });
        return ids;
    }
}
