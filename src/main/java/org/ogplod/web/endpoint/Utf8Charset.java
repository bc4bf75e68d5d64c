package org.ogplod.web.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.riot.WebContent;

/**
 * Names {@code charset=utf-8} on every text response that does not name one, site and endpoint alike: text types
 * otherwise default to US-ASCII or ISO-8859-1 in some clients, and everything we write is UTF-8. Every other type
 * (JSON, for which RFC 8259 defines no charset parameter, gzip, HDT) carries none, whoever asked for one.
 */
public final class Utf8Charset implements Filter {
    /** Text formats outside {@code text/*} and XML that we or Fuseki send. */
    private static final Set<String> TEXT = Set.of(WebContent.contentTypeNTriples, WebContent.contentTypeNQuads,
            WebContent.contentTypeTriG, WebContent.contentTypePatch, WebContent.contentTypeSPARQLQuery);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response instanceof HttpServletResponse http ? new Named(http) : response);
    }

    /**
     * {@code type} with {@code ;charset=utf-8} added when it is a text type without a charset, and with any charset
     * parameter taken out when it is not a text type.
     */
    static String named(String type) {
        if (type == null) {
            return null;
        }
        if (!text(type)) {
            return type.replaceAll("(?i)\\s*;\\s*charset=[^;]*", "");
        }
        return type.toLowerCase(Locale.ROOT).contains("charset=") ? type : type + ";charset=utf-8";
    }

    private static boolean text(String type) {
        String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.startsWith("text/") || media.endsWith("/xml") || media.endsWith("+xml") || TEXT.contains(media);
    }

    private static final class Named extends HttpServletResponseWrapper {
        Named(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            if (type != null && !text(type)) {
                super.setCharacterEncoding((String) null); // else Jetty appends the encoding set before
            }
            super.setContentType(named(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? named(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? named(value) : value);
        }
    }
}
