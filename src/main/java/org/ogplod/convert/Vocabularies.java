package org.ogplod.convert;

import java.util.EnumMap;
import java.util.Map;
import org.ogplod.ontology.ConceptIndex;
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
}
