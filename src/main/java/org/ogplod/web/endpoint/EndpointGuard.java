package org.ogplod.web.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.ReleaseHeader;
import org.ogplod.web.common.Settings;
import org.ogplod.web.common.SitePaths;
import org.ogplod.web.ops.Metrics;

/**
 * The front door of the server, before Fuseki and Javalin: security and CORS headers on every response, the
 * per-client rate limits (429), the body cap (413), and for {@code /sparql} only the SPARQL 1.1 Query protocol
 * (GET with {@code query}, POST of a form with {@code query}, POST of {@code application/sparql-query}) behind the
 * cap on concurrent queries (503). A GET without a query gets the service description; Update, Graph Store
 * requests and sub-paths are refused with a sentence saying why. A complete result of a GET or form query is kept
 * for its release (bounded in bytes), and the same query in the same format is answered from it without a slot.
 */
public final class EndpointGuard implements Filter {
    /** Bytes of a query's response held back before its status is sent (README "Security and limits"). */
    static final int HOLD_BYTES = 4 << 20;
    /** Bytes of complete results kept for the current release (README "Security and limits"). */
    static final long CACHE_BYTES = 128 << 20;
    /** Bytes of the largest result kept: a quarter of the cache. */
    static final int KEEP_BYTES = (int) (CACHE_BYTES / 4);
    /** The headers of a result that a cached answer repeats. */
    private static final List<String> RESULT_HEADERS = List.of("Content-Type", "Vary", "Cache-Control", "Pragma");

    private final BiConsumer<HttpServletRequest, HttpServletResponse> serviceDescription;
    private final Metrics metrics;
    private final Settings settings;
    private final RateLimiter queryLimit;
    private final RateLimiter pageLimit;
    private final QueryGate gate;
    private final Supplier<String> releaseId;
    private final SwitchingDataset dataset;
    private final ResultCache results = new ResultCache(CACHE_BYTES);

    public EndpointGuard(Settings settings, BiConsumer<HttpServletRequest, HttpServletResponse> serviceDescription,
            Metrics metrics, Supplier<String> releaseId, SwitchingDataset dataset) {
        this.settings = settings;
        this.dataset = dataset;
        this.releaseId = releaseId;
        this.serviceDescription = serviceDescription;
        this.metrics = metrics;
        this.queryLimit = new RateLimiter(settings.queryRatePerMinute());
        this.pageLimit = new RateLimiter(settings.pageRatePerMinute());
        this.gate = new QueryGate(settings.maxConcurrentQueries(), settings.queueWait());
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        SecurityHeaders.add(response);
        ReleaseHeader.set(response, releaseId.get());
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("OPTIONS")) {
            SecurityHeaders.preflight(response);
            return;
        }
        String path = request.getRequestURI();
        boolean sparql = path.equals(SitePaths.SPARQL) || path.startsWith(SitePaths.SPARQL + "/");
        if (request.getContentLengthLong() > settings.maxBodyBytes()) {
            refuse(response, 413, "The request body is larger than " + settings.maxBodyBytes() + " bytes.");
            return;
        }
        long wait = (sparql ? queryLimit : pageLimit).acquire(ClientAddress.of(request, settings.trustedProxies()),
                System.nanoTime());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            refuse(response, 429, "Too many requests from your address; try again in " + wait + " s.");
            return;
        }
        if (!sparql) {
            chain.doFilter(request, response);
            return;
        }
        // The answer names the release its query reads, even when the release switches while the request waits.
        String release = dataset.choose();
        ReleaseHeader.set(response, release);
        try {
            query(request, response, chain, method, path, release);
        } finally {
            dataset.forget();
        }
    }

    private void query(HttpServletRequest original, HttpServletResponse response, FilterChain chain, String method,
            String path, String release) throws IOException, ServletException {
        Refusal refusal = refusal(original, method, path);
        HttpServletRequest request = new PublicParameters(original);
        if (refusal != null) {
            refuse(response, refusal.status(), refusal.sentence());
            return;
        }
        if (!method.equals("POST") && request.getParameter("query") == null) {
            serviceDescription.accept(request, response);
            return;
        }
        if (method.equals("GET") && notModified(request, response, release)) {
            return;
        }
        long started = System.nanoTime();
        String key = cacheKey(request, method);
        ResultCache.Entry cached = key == null ? null : results.get(release, key).orElse(null);
        if (cached != null) {
            send(response, cached);
            metrics.recordCachedQuery(System.nanoTime() - started);
            return;
        }
        if (!gate.enter()) {
            response.setHeader("Retry-After", "5");
            refuse(response, 503, "The server is answering as many queries as it can; try again in a few seconds.");
            metrics.recordQuery(503, 0);
            return;
        }
        HeldResponse held = new HeldResponse(response, HOLD_BYTES, KEEP_BYTES, () -> ClientConnection.cut(original));
        try {
            dataset.takeLastRead();
            chain.doFilter(request, new EtagOnSuccess(held));
            held.finish();
            keep(key, dataset.takeLastRead(), held);
        } catch (IOException | ServletException | RuntimeException e) {
            held.fail();
            throw e;
        } finally {
            gate.leave();
            metrics.recordQuery(response.getStatus(), System.nanoTime() - started);
        }
    }

    /**
     * What identifies a result within a release: the method, the protocol's parameters and the Accept header, for a
     * GET or a form POST; null (not cached) for a HEAD, whose response has no body, and for a query sent as the body.
     */
    private static String cacheKey(HttpServletRequest request, String method) {
        String contentType = request.getContentType() == null ? "" : request.getContentType();
        if (!method.equals("GET") && !(method.equals("POST")
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))) {
            return null;
        }
        StringBuilder key = new StringBuilder(method).append('\0');
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(name).append('=').append(value).append('\0');
            }
        });
        return key.append("Accept=").append(request.getHeader("Accept")).toString();
    }

    /** Keeps a complete result of the release that is still served, so that it cannot outlive its release. */
    private void keep(String key, String ranOn, HeldResponse held) {
        byte[] body = key == null || ranOn == null || !ranOn.equals(dataset.release()) ? null : held.completeBody();
        if (body != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : RESULT_HEADERS) {
                if (held.getHeader(name) != null) {
                    headers.put(name, held.getHeader(name));
                }
            }
            results.put(ranOn, key, new ResultCache.Entry(headers, body));
        }
    }

    private static void send(HttpServletResponse response, ResultCache.Entry result) throws IOException {
        response.setStatus(200);
        result.headers().forEach(response::setHeader);
        response.setContentLength(result.body().length);
        response.setHeader(HeldResponse.RESULT_HEADER, "complete");
        response.setHeader("X-OGP-Cache", "hit");
        response.getOutputStream().write(result.body());
    }

    /**
     * Results of a GET query only change with the release: a strong ETag from the release, the query string and the
     * negotiated headers lets caches and harvesters revalidate with 304 instead of running the query again.
     */
    private boolean notModified(HttpServletRequest request, HttpServletResponse response, String release) {
        String variant = request.getQueryString() + "|" + request.getHeader("Accept") + "|"
                + request.getHeader("Accept-Encoding");
        return Conditional.notModified(request, response,
                Conditional.releaseTag(release, Integer.toHexString(variant.hashCode())));
    }

    /** Why a request to the endpoint is refused. */
    private record Refusal(int status, String sentence) {
    }

    private Refusal refusal(HttpServletRequest request, String method, String path) {
        if (!path.equals(SitePaths.SPARQL)) {
            return new Refusal(404, "There is nothing under " + SitePaths.SPARQL + "/: the endpoint is "
                    + SitePaths.SPARQL + ".");
        }
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
            return new Refusal(405, "Only GET and POST SPARQL queries are accepted here (the endpoint is read-only).");
        }
        String contentType = request.getContentType() == null ? ""
                : request.getContentType().toLowerCase(Locale.ROOT);
        if (method.equals("POST") && request.getContentLengthLong() < 0) {
            return new Refusal(411, "A POST to the endpoint needs a Content-Length.");
        }
        if (contentType.startsWith("application/sparql-update") || request.getParameter("update") != null) {
            return new Refusal(403, "SPARQL Update is not available: this endpoint is read-only.");
        }
        if (request.getParameter("graph") != null || request.getParameter("default") != null) {
            return new Refusal(403, "The Graph Store Protocol is not available here: download the dumps at /dumps/.");
        }
        boolean form = contentType.startsWith("application/x-www-form-urlencoded");
        if (method.equals("POST") && !contentType.startsWith("application/sparql-query")
                && !(form && request.getParameter("query") != null)) {
            return new Refusal(415, "POST a SPARQL query as application/sparql-query or as a form with a 'query' "
                    + "field.");
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, int status, String sentence) throws IOException {
        response.setStatus(status);
        if (status == 405) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((sentence + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
