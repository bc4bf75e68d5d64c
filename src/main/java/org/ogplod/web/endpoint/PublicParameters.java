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
 * parameter it does not know; hiding the rest keeps request text out of responses and out of the log.
 */
final class PublicParameters extends HttpServletRequestWrapper {
    static final Set<String> KNOWN = Set.of("query", "default-graph-uri", "named-graph-uri", "timeout", "output",
            "format", "force-accept");

    PublicParameters(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getParameter(String name) {
        return KNOWN.contains(name) ? super.getParameter(name) : null;
    }

    @Override
    public String[] getParameterValues(String name) {
        return KNOWN.contains(name) ? super.getParameterValues(name) : null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return super.getParameterMap().entrySet().stream().filter(entry -> KNOWN.contains(entry.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
