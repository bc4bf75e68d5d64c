package org.ogplod.web.common;

import java.util.Locale;

/**
 * Building blocks of the site's HTML: escaping for text and attributes, links that only ever point at http(s)
 * IRIs, and the page frame every page shares (navigation, search box, footer with the release).
 */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** JSON text made safe to embed inside a {@code <script>} element (no "</script>" or HTML comment breakout). */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** True for IRIs that may become links: http and https only. */
    public static boolean linkable(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The site path of an IRI minted under {@code base} (links then work on any host); other IRIs unchanged. */
    public static String local(String base, String iri) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }

    /** An anchor, or plain escaped text when the target is not an http(s) IRI or site path. */
    public static String link(String href, String text) {
        if (href.startsWith("/") && !href.startsWith("//") || linkable(href)) {
            return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
        }
        return escape(text);
    }

    /** The shared frame of every page. {@code body} must already be escaped HTML. */
    public static String page(String title, String language, String releaseId, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · ogp-lod</title>
                <link rel="stylesheet" href="/static/site.css">
                </head>
                <body>
                <header><nav><a href="/" class="home">ogp-lod</a> <a href="/query">SPARQL</a> <a href="/dumps/">Dumps</a>
                <a href="/catalog">Catalogue</a> <a href="/def/ogp">Ontology</a>
                <form action="/search" method="get" role="search"><input type="search" name="q" aria-label="Search" placeholder="Search commitments, members, themes"> <button>Search</button></form></nav></header>
                <main>
                %s
                </main>
                <footer><p class="languages">Language: <a href="?lang=en" hreflang="en">English</a> ·
                <a href="?lang=es" hreflang="es">español</a> · <a href="?lang=fr" hreflang="fr">français</a>
                (labels fall back to English, then to any language)</p>
                <p>Open Government Partnership commitments as Linked Open Data · release %s ·
                data <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>, facts from
                <a href="https://www.opengovpartnership.org/">opengovpartnership.org</a></p></footer>
                </body>
                </html>
                """.formatted(escape(language), escape(title), body, escape(releaseId));
    }
}
