package org.ogplod.convert;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.ogplod.ontology.ConceptIndex;
import org.ogplod.ontology.Ogp;
import org.ogplod.ontology.Ontology;

/** The concept schemes that cells are matched against, built once per converter from the ontology. */
final class Vocabularies {
    private final ConceptIndex themes;
    private final ConceptIndex values;
    private final ConceptIndex status;
    private final ConceptIndex methodologies;
    private final ConceptIndex regions;
    private final Map<Indicator, ConceptIndex> indicators = new EnumMap<>(Indicator.class);

    Vocabularies(Ontology ontology) {
        themes = ontology.concepts("theme");
        values = ontology.concepts("value");
        status = ontology.concepts("status");
        methodologies = ontology.concepts("irm-methodology");
        regions = ontology.concepts("region");
        for (Indicator indicator : Indicator.values()) {
            indicators.put(indicator, ontology.concepts(indicator.scheme()));
        }
    }

    ConceptIndex themes() {
        return themes;
    }

    ConceptIndex values() {
        return values;
    }

    ConceptIndex status() {
        return status;
    }

    ConceptIndex methodologies() {
        return methodologies;
    }

    ConceptIndex regions() {
        return regions;
    }

    ConceptIndex indicator(Indicator indicator) {
        return indicators.get(indicator);
    }

    /**
     * Adds to a commitment's record, once each, the top-level policy areas that its policy areas are or lie under
     * ({@code ogp:topPolicyArea}, the materialised {@code ogp:policyArea/skos:broader*} to a top concept).
     */
    void addTopPolicyAreas(Node commitment, TripleBuffer record) {
        Set<Node> tops = new LinkedHashSet<>();
        for (Triple triple : record.triples()) {
            if (triple.getSubject().equals(commitment) && triple.getPredicate().equals(Ogp.policyArea)) {
                tops.addAll(themes.tops(triple.getObject()));
            }
        }
        tops.forEach(top -> record.add(commitment, Ogp.topPolicyArea, top));
    }
}
