package org.ogplod.web.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A query request as Fuseki sees it: only the protocol's parameters and the output choices survive. Fuseki copies
 * {@code stylesheet=} unescaped into XML results and {@code callback=} in front of JSON, and logs the name of every
 * parameter it does not know; hiding the rest keeps request text out of responses and out of the log. Output names
 * that clients send and Fuseki does not know (SPARQLWrapper's {@code rdf+xml} and {@code n3}) become media types.
 */
final class PublicParameters extends HttpServletRequestWrapper {
    static final Set<String> KNOWN = Set.of("query", "default-graph-uri", "named-graph-uri", "timeout", "output",
            "format", "force-accept");

    /** Output names Fuseki refuses, as the media type each means (N3 is answered with Turtle, a subset of it). */
    private static final Map<String, String> OUTPUT_NAMES = Map.of("rdf+xml", "application/rdf+xml",
            "rdf", "application/rdf+xml", "rdfxml", "application/rdf+xml", "n3", "text/turtle",
            "jsonld", "application/ld+json", "ntriples", "application/n-triples", "n-triples", "application/n-triples");

    PublicParameters(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getParameter(String name) {
        return KNOWN.contains(name) ? value(name, super.getParameter(name)) : null;
    }

    @Override
    public String[] getParameterValues(String name) {
        return KNOWN.contains(name) ? values(name, super.getParameterValues(name)) : null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return super.getParameterMap().entrySet().stream().filter(entry -> KNOWN.contains(entry.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        entry -> values(entry.getKey(), entry.getValue())));
    }

    private static String[] values(String name, String[] values) {
        return values == null ? null : java.util.Arrays.stream(values).map(value -> value(name, value))
                .toArray(String[]::new);
    }

    private static String value(String name, String value) {
        boolean output = name.equals("format") || name.equals("output");
        return output && value != null
                ? OUTPUT_NAMES.getOrDefault(value.strip().toLowerCase(java.util.Locale.ROOT), value) : value;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
