package org.ogplod.web.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.CatalogFixture;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;
import org.ogplod.web.common.Settings;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** /sitemap.xml: well-formed sitemaps.org XML listing every document page, on the configured base. */
@ExtendWith(SharedServer.class)
class SitemapTest {
    private static final String BASE = CatalogFixture.BASE;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static TestServer server;
    private static HttpResponse<String> sitemap;
    private static List<String> urls;

    @BeforeAll
    static void startServer(TestServer shared) throws Exception {
        server = shared;
        sitemap = server.get("/sitemap.xml");
        urls = locations(sitemap.body(), "urlset");
    }

    @Test
    void sitemapIsSitemapsOrgXml() {
        assertEquals(200, sitemap.statusCode());
        assertEquals("application/xml", CatalogFixture.mediaType(sitemap));
        assertEquals(urls.size(), new HashSet<>(urls).size(), "no URL twice");
        assertTrue(urls.stream().allMatch(url -> url.startsWith(BASE)), "absolute URLs on the base");
    }

    @Test
    void sitemapListsTheCommitmentUK0107() {
        assertTrue(urls.contains(BASE + "doc/commitment/UK0107"));
    }

    @Test
    void sitemapListsTheSitePagesAndEveryMemberCommitmentAndActionPlanOfTheInputs() {
        List<Map<String, String>> members = CatalogFixture.csv("members");
        List<Map<String, String>> commitments = CatalogFixture.csv("commitments");
        Set<String> expected = new HashSet<>(List.of(BASE, BASE + "catalog", BASE + "dumps/", BASE + "def/ogp",
                BASE + "query", BASE + "changes", BASE + "fragments"));
        members.forEach(row -> expected.add(BASE + "doc/member/" + row.get("slug")));
        commitments.forEach(row -> expected.add(BASE + "doc/commitment/" + row.get("id")));
        commitments.stream().filter(row -> !row.get("plan_start").isEmpty() && !row.get("plan_end").isEmpty())
                .forEach(row -> expected.add(BASE + "doc/action-plan/" + row.get("member") + "/"
                        + row.get("plan_start") + "-" + row.get("plan_end")));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(urls);
        assertEquals(Set.of(), missing, "missing from the sitemap");
    }

    @Test
    void sitemapListsEveryInstitutionAssessmentReportReleaseAndConceptOfTheRelease() {
        Graph release = server.releaseGraph();
        Set<String> expected = new TreeSet<>();
        for (String type : List.of("Institution", "Assessment", "IRMReport", "Release")) {
            release.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(BASE + "def/ogp#" + type))
                    .forEachRemaining(triple -> expected.add(triple.getSubject().getURI().replace("/id/", "/doc/")));
        }
        release.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).mapWith(triple -> triple.getSubject())
                .filterKeep(concept -> concept.isURI() && concept.getURI().startsWith(BASE + "def/"))
                .forEachRemaining(concept -> expected.add(concept.getURI()));
        assertTrue(expected.stream().anyMatch(url -> url.contains("/doc/institution/")), "institutions in the data");
        assertTrue(expected.stream().anyMatch(url -> url.contains("/doc/assessment/")), "assessments in the data");
        assertTrue(expected.stream().anyMatch(url -> url.contains("/def/theme/")), "concepts in the data");
        expected.removeAll(urls);
        assertEquals(Set.of(), expected, "missing from the sitemap");
    }

    @Test
    void lastmodIsTheDateOfTheReleaseEachResourceLastChangedIn() throws Exception {
        Map<String, String> lastmods = lastmods(sitemap.body());
        String released = server.release().id().substring(0, 10);
        assertEquals(released, lastmods.get(BASE + "doc/commitment/UK0107"));
        assertEquals(released, lastmods.get(BASE + "def/theme"));
        assertEquals(urls.size(), lastmods.size(), "every URL has a lastmod");
        String changedIn = server.releaseGraph().find(NodeFactory.createURI(BASE + "id/member/united-kingdom"),
                NodeFactory.createURI(BASE + "def/ogp#lastChangedIn"), Node.ANY).next().getObject().getURI();
        assertEquals(changedIn.substring(changedIn.lastIndexOf('/') + 1, changedIn.lastIndexOf('/') + 11),
                lastmods.get(BASE + "doc/member/united-kingdom"));
    }

    /** Fetched as a browser asks (HTML first, anything else after), since the catalogue has no HTML form. */
    @Test
    void everyListedDocumentIsServed() {
        List<String> missing = new ArrayList<>();
        for (String url : urls) {
            int status = server.get("/" + url.substring(BASE.length()), "Accept",
                    "text/html,application/xhtml+xml,*/*;q=0.8").statusCode();
            if (status != 200) {
                missing.add(url + " " + status);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void sitemapAnswers304ToItsEtagAndRefusesUnknownPages() {
        String etag = sitemap.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/sitemap.xml", "If-None-Match", etag).statusCode());
        assertEquals(404, server.get("/sitemap.xml?page=2").statusCode());
        assertEquals(404, server.get("/sitemap.xml?page=x").statusCode());
    }

    @Test
    void sitemapRobotsAndCatalogueUseTheConfiguredBase() throws Exception {
        String base = "https://ogp.example.org/data/";
        try (TestServer other = TestServer.start(Settings.defaults().withPort(0).withBaseUri(base))) {
            List<String> listed = locations(other.get("/sitemap.xml").body(), "urlset");
            assertTrue(listed.contains(base + "doc/commitment/UK0107"), String.join("\n", listed));
            assertTrue(listed.stream().allMatch(url -> url.startsWith(base)));
            String robots = other.get("/robots.txt").body();
            assertTrue(robots.lines().toList().containsAll(List.of("Disallow: /data/sparql",
                    "Sitemap: " + base + "sitemap.xml")), robots);
            HttpResponse<String> response = other.get("/catalog", "Accept", "text/turtle");
            Model catalog = CatalogFixture.parse(response.body(), Lang.TURTLE, base + "catalog");
            Set<String> downloads = catalog.listObjectsOfProperty(DCAT.downloadURL).toList().stream()
                    .map(node -> ((Resource) node).getURI()).collect(Collectors.toSet());
            assertEquals(Set.of(base + "dumps/ogp-lod.nt.gz", base + "dumps/ogp-lod.ttl.gz",
                    base + "dumps/ogp-lod.jsonld.gz", base + "dumps/ogp-lod.hdt"), downloads);
        }
    }

    /** Past the protocol's 50,000 URLs a file, /sitemap.xml is an index of full pages that together list all. */
    @Test
    void moreThan50000UrlsMakeAnIndexOfPages() throws Exception {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Node commitment = NodeFactory.createURI(BASE + "def/ogp#Commitment");
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < Sitemap.URLS_PER_PAGE; i++) {
                dataset.getDefaultGraph().add(NodeFactory.createURI(BASE + "id/commitment/" + String.format("XX%06d", i)),
                        RDF.type.asNode(), commitment);
            }
        });
        Sitemap big = Sitemap.build(BASE, "2026-01-01-1", new SelfQueries(dataset, BASE));
        List<String> pages = locations(new String(big.body(null), StandardCharsets.UTF_8), "sitemapindex");
        assertEquals(List.of(BASE + "sitemap.xml?page=1", BASE + "sitemap.xml?page=2"), pages);
        List<String> first = locations(new String(big.body(1), StandardCharsets.UTF_8), "urlset");
        List<String> second = locations(new String(big.body(2), StandardCharsets.UTF_8), "urlset");
        assertEquals(Sitemap.URLS_PER_PAGE, first.size());
        assertEquals(7, second.size(), "the seven site pages push seven documents onto page 2");
        assertEquals(BASE + "doc/commitment/XX049999", second.get(6));
        assertNull(big.body(3));
    }

    /** Each {@code <loc>} of a urlset with its {@code <lastmod>}. */
    private static Map<String, String> lastmods(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList entries = document.getElementsByTagNameNS(NAMESPACE, "url");
        Map<String, String> found = new java.util.HashMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            NodeList lastmod = entry.getElementsByTagNameNS(NAMESPACE, "lastmod");
            if (lastmod.getLength() == 1) {
                found.put(entry.getElementsByTagNameNS(NAMESPACE, "loc").item(0).getTextContent(),
                        lastmod.item(0).getTextContent());
            }
        }
        return found;
    }

    /** The {@code <loc>} values of a sitemap document whose root is {@code root}, in the sitemaps.org namespace. */
    private static List<String> locations(String xml, String root) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(NAMESPACE, document.getDocumentElement().getNamespaceURI());
        assertEquals(root, document.getDocumentElement().getLocalName());
        NodeList locations = document.getElementsByTagNameNS(NAMESPACE, "loc");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            found.add(locations.item(i).getTextContent());
        }
        return found;
    }
}
