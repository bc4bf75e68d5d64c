package org.ogplod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Stands in front of Fuseki's endpoint and lets through only the SPARQL 1.1 Query protocol: GET with {@code query},
 * POST of a form with {@code query}, POST of {@code application/sparql-query}. A GET without a query gets the
 * service description; Update, Graph Store requests and sub-paths are refused with a sentence saying why.
 * CORS headers for any origin go on every response of the server.
 */
final class EndpointGuard implements Filter {
    private final BiConsumer<HttpServletRequest, HttpServletResponse> serviceDescription;
    private final Metrics metrics;

    EndpointGuard(BiConsumer<HttpServletRequest, HttpServletResponse> serviceDescription, Metrics metrics) {
        this.serviceDescription = serviceDescription;
        this.metrics = metrics;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Cors.addHeaders(response);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("OPTIONS")) {
            Cors.preflight(response);
            return;
        }
        String path = request.getRequestURI();
        if (!path.equals(Server.SPARQL_PATH) && !path.startsWith(Server.SPARQL_PATH + "/")) {
            chain.doFilter(request, response);
            return;
        }
        String refusal = refusal(request, method, path);
        if (refusal != null) {
            refuse(response, refusal.startsWith("404") ? 404 : refusal.startsWith("405") ? 405 : 403,
                    refusal.substring(4));
            return;
        }
        if (method.equals("GET") && request.getParameter("query") == null) {
            serviceDescription.accept(request, response);
            return;
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            metrics.recordQuery(response.getStatus(), System.nanoTime() - started);
        }
    }

    /** Why a request is refused ("status sentence"), or null when it is a query. */
    private static String refusal(HttpServletRequest request, String method, String path) {
        if (!path.equals(Server.SPARQL_PATH)) {
            return "404 There is nothing under " + Server.SPARQL_PATH + "/: the endpoint is " + Server.SPARQL_PATH + ".";
        }
        String contentType = request.getContentType() == null ? ""
                : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/sparql-update") || request.getParameter("update") != null) {
            return "403 SPARQL Update is not available: this endpoint is read-only.";
        }
        boolean graphStore = request.getParameter("graph") != null || request.getParameter("default") != null;
        if (graphStore) {
            return "403 The Graph Store Protocol is not available here: download the dumps at /dumps/ instead.";
        }
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
            return "405 Only GET and POST SPARQL queries are accepted here (the endpoint is read-only).";
        }
        boolean form = contentType.startsWith("application/x-www-form-urlencoded");
        if (method.equals("POST") && !contentType.startsWith("application/sparql-query")
                && !(form && request.getParameter("query") != null)) {
            return "403 POST a SPARQL query as application/sparql-query or as a form with a 'query' field.";
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, int status, String sentence) throws IOException {
        response.setStatus(status);
        if (status == 405) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
        }
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((sentence + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
