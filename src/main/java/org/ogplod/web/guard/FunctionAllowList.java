package org.ogplod.web.guard;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The extension functions a public query may call besides the SPARQL 1.1 built-ins: casts to XSD types and a chosen set
 * whose cost is bounded by their arguments (numbers, dates, short strings). Nothing that sleeps, prints, loads a class
 * or builds a string of a size the query chooses. README "Security and limits" lists them.
 */
final class FunctionAllowList {
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String FN = "http://www.w3.org/2005/xpath-functions#";
    static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
    static final String AFN = "http://jena.apache.org/ARQ/function#";
    /** The old name of the ARQ function namespace, still resolved by Jena. */
    static final String AFN_OLD = "http://jena.hpl.hp.com/ARQ/function#";

    private static final Set<String> FUNCTIONS = Stream.of(
            names(FN, "abs", "ceiling", "floor", "round", "round-half-to-even", "string-length", "substring",
                    "substring-before", "substring-after", "upper-case", "lower-case", "contains", "starts-with",
                    "ends-with", "normalize-space", "boolean", "not", "year-from-dateTime", "month-from-dateTime",
                    "day-from-dateTime", "hours-from-dateTime", "minutes-from-dateTime", "seconds-from-dateTime",
                    "timezone-from-dateTime", "year-from-date", "month-from-date", "day-from-date",
                    "timezone-from-date", "hours-from-time", "minutes-from-time", "seconds-from-time",
                    "years-from-duration", "months-from-duration", "days-from-duration", "hours-from-duration",
                    "minutes-from-duration", "seconds-from-duration"),
            names(MATH, "pi", "exp", "exp10", "log", "log10", "pow", "sqrt", "sin", "cos", "tan", "asin", "acos",
                    "atan", "atan2"),
            names(AFN, "localname", "namespace", "min", "max", "pi", "e", "sqrt"),
            names(AFN_OLD, "localname", "namespace", "min", "max", "pi", "e", "sqrt"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> PROPERTY_FUNCTIONS = Set.of("http://jena.apache.org/text#query",
            "http://jena.apache.org/ARQ/list#member", "http://jena.apache.org/ARQ/list#index",
            "http://jena.apache.org/ARQ/list#length", "http://www.w3.org/2000/01/rdf-schema#member");

    private static final Set<String> PROPERTY_NAMESPACES = Set.of("http://jena.apache.org/ARQ/property#",
            "http://jena.hpl.hp.com/ARQ/property#", "http://jena.apache.org/ARQ/list#");

    private FunctionAllowList() {
    }

    /** True for a function IRI a query may call: an XSD cast or one of the chosen functions, never {@code java:}. */
    static boolean allowsFunction(String iri) {
        return iri.startsWith(XSD) && iri.indexOf('#', XSD.length()) < 0 || FUNCTIONS.contains(iri);
    }

    /** True for a predicate that Jena would run as code (a property function) and that is not on the list. */
    static boolean refusesAsPropertyFunction(String iri) {
        if (PROPERTY_FUNCTIONS.contains(iri)) {
            return false;
        }
        return iri.startsWith("java:") || PropertyFunctionRegistry.get().isRegistered(iri)
                || PROPERTY_NAMESPACES.stream().anyMatch(iri::startsWith);
    }

    /** The allowed functions, sorted, for the documentation test. */
    static Set<String> functions() {
        return new java.util.TreeSet<>(FUNCTIONS);
    }

    private static Set<String> names(String namespace, String... localNames) {
        return Stream.of(localNames).map(name -> namespace + name).collect(Collectors.toSet());
    }
}
