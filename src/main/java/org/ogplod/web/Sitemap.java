package org.ogplod.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ogplod.ontology.Ogp;

/**
 * The sitemap (sitemaps.org 0.9) of the site: the home page, the catalogue, the dumps, the ontology and the document
 * of every member, action plan and commitment, as absolute URLs under the configured base. Above 50,000 URLs (the
 * protocol's limit per file) {@code /sitemap.xml} becomes an index of pages {@code /sitemap.xml?page=N}.
 */
final class Sitemap {
    static final int URLS_PER_PAGE = 50_000;
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final List<byte[]> pages = new ArrayList<>();
    private final StringBuilder page = new StringBuilder();
    private int urls;
    private byte[] index;

    private Sitemap() {
    }

    /** Lists the fixed pages, then the document of every resource {@code queries} finds, in IRI order. */
    static Sitemap build(String base, SelfQueries queries) {
        Sitemap sitemap = new Sitemap();
        List.of("", "catalog", "dumps/").forEach(path -> sitemap.add(base + path));
        sitemap.add(CatalogGraph.rebased(Ogp.ONTOLOGY, base));
        String identifiers = base + "id/";
        queries.documents(iri -> {
            if (iri.startsWith(identifiers)) {
                sitemap.add(base + "doc/" + iri.substring(identifiers.length()));
            }
        });
        sitemap.closePage();
        if (sitemap.pages.size() > 1) {
            sitemap.index = index(base, sitemap.pages.size());
        }
        return sitemap;
    }

    /** The body for {@code /sitemap.xml} (page null) or {@code /sitemap.xml?page=N}; null when there is no such page. */
    byte[] body(Integer number) {
        if (number == null) {
            return index != null ? index : pages.get(0);
        }
        return number >= 1 && number <= pages.size() ? pages.get(number - 1) : null;
    }

    private void add(String url) {
        if (urls > 0 && urls % URLS_PER_PAGE == 0) {
            closePage();
        }
        page.append("  <url><loc>").append(Html.escape(url)).append("</loc></url>\n");
        urls++;
    }

    private void closePage() {
        pages.add((HEAD + "<urlset xmlns=\"" + NAMESPACE + "\">\n" + page + "</urlset>\n")
                .getBytes(StandardCharsets.UTF_8));
        page.setLength(0);
    }

    private static byte[] index(String base, int count) {
        StringBuilder index = new StringBuilder(HEAD).append("<sitemapindex xmlns=\"").append(NAMESPACE).append("\">\n");
        for (int n = 1; n <= count; n++) {
            index.append("  <sitemap><loc>").append(Html.escape(base + "sitemap.xml?page=" + n))
                    .append("</loc></sitemap>\n");
        }
        return index.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
