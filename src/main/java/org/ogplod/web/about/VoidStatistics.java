package org.ogplod.web.about;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogplod.ontology.LinkTarget;

/**
 * The VoID numbers of a release, counted once by {@link SelfQueries}: its size, its class and property partitions
 * (IRI to count, in IRI order), its links into other datasets and a few example resources.
 */
record VoidStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
        Map<String, Long> classes, Map<String, Long> properties, List<Links> links, List<String> examples) {

    /** The triples that link the release into {@code target} with one predicate. */
    record Links(LinkTarget target, String predicate, long triples) {
    }

    VoidStatistics {
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        links = List.copyOf(links);
        examples = List.copyOf(examples);
    }
}
