package org.ogplod.web.about;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ogplod.ontology.Ogp;
import org.ogplod.web.common.Html;

/**
 * The sitemap (sitemaps.org 0.9) of the site: the site's own pages, the ontology and the page of every member, action
 * plan, commitment, institution, IRM report, assessment, release and concept of ours, as absolute URLs under the
 * configured base, each with {@code lastmod}: the date of the release it last changed in, or of the current release
 * when the data does not say. Above 50,000 URLs (the protocol's limit per file) {@code /sitemap.xml} becomes an index
 * of pages {@code /sitemap.xml?page=N}.
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

    /** Lists the fixed pages, then the page of every resource {@code queries} finds, in IRI order. */
    static Sitemap build(String base, String releaseId, SelfQueries queries) {
        Sitemap sitemap = new Sitemap();
        String released = date(releaseId);
        List.of("", "catalog", "dumps/", "query", "changes", "fragments")
                .forEach(path -> sitemap.add(base + path, released));
        sitemap.add(CatalogGraph.rebased(Ogp.ONTOLOGY, base), released);
        String identifiers = base + "id/";
        String definitions = base + "def/";
        queries.documents((iri, changedIn) -> {
            String lastmod = changedIn == null ? released : date(changedIn.substring(changedIn.lastIndexOf('/') + 1));
            if (iri.startsWith(identifiers)) {
                sitemap.add(base + "doc/" + iri.substring(identifiers.length()), lastmod);
            } else if (iri.startsWith(definitions) && !iri.contains("#")) {
                sitemap.add(iri, lastmod);
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

    /** The date a release id starts with ({@code 2026-01-01-1}); null when it has none, and then no lastmod. */
    static String date(String releaseId) {
        return releaseId.matches("\\d{4}-\\d{2}-\\d{2}(-.*)?") ? releaseId.substring(0, 10) : null;
    }

    private void add(String url, String lastmod) {
        if (urls > 0 && urls % URLS_PER_PAGE == 0) {
            closePage();
        }
        page.append("  <url><loc>").append(Html.escape(url)).append("</loc>")
                .append(lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>").append("</url>\n");
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
