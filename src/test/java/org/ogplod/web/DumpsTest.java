package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.triples.IteratorTripleString;

/** The dumps: listed with sizes and checksums, complete, checksummed, conditional, rangeable, and nothing else. */
@ExtendWith(SharedServer.class)
class DumpsTest {
    private static final List<String> FILES = List.of("ogp-lod.nt.gz", "ogp-lod.ttl.gz", "ogp-lod.jsonld.gz",
            "ogp-lod.hdt");

    private static TestServer server;
    private static Graph release;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        release = server.releaseGraph();
        assertTrue(release.size() > 1000, "the release holds the bundled data");
    }

    @Test
    void indexListsEveryDumpWithSizesAndChecksums() {
        HttpResponse<String> index = server.get("/dumps/");
        assertEquals(200, index.statusCode());
        assertEquals("text/html", LinkedDataTest.mediaType(index));
        for (String file : FILES) {
            HttpResponse<byte[]> dump = download("/dumps/" + file);
            assertTrue(index.body().contains("href=\"/dumps/" + file + "\""), file + " is not linked");
            assertTrue(index.body().contains(dump.body().length + " bytes"), file + " has no size: " + index.body());
            assertTrue(index.body().contains(sha256(dump.body())), file + " has no checksum");
            assertTrue(index.body().contains("href=\"/dumps/" + file + ".sha256\""), file + ".sha256 is not linked");
        }
    }

    @Test
    void nTriplesDumpHoldsExactlyTheRelease() {
        assertDumpIsTheRelease("ogp-lod.nt.gz", Lang.NTRIPLES);
    }

    @Test
    void turtleDumpHoldsExactlyTheRelease() {
        assertDumpIsTheRelease("ogp-lod.ttl.gz", Lang.TURTLE);
    }

    @Test
    void jsonLdDumpHoldsExactlyTheRelease() {
        assertDumpIsTheRelease("ogp-lod.jsonld.gz", Lang.JSONLD);
    }

    /** Opened with the HDT library itself, whose triples are read back as N-Triples and compared with the N-Triples dump. */
    @Test
    void hdtDumpOpensWithTheHdtLibraryAndHoldsTheTriplesOfTheNTriplesDump() throws Exception {
        HttpResponse<byte[]> dump = download("/dumps/ogp-lod.hdt");
        assertEquals(200, dump.statusCode());
        assertEquals("application/octet-stream", LinkedDataTest.mediaType(dump));
        StringBuilder ntriples = new StringBuilder();
        try (HDT hdt = HDTManager.loadHDT(new ByteArrayInputStream(dump.body()))) {
            assertEquals(release.size(), hdt.getTriples().getNumberOfElements());
            for (IteratorTripleString triples = hdt.search("", "", ""); triples.hasNext();) {
                triples.next().dumpNtriple(ntriples);
            }
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ntriples.toString(), Lang.NTRIPLES).parse(graph);
        assertTrue(graph.isIsomorphicWith(release), "the HDT triples are not the release's default graph");
    }

    @Test
    void everyDumpMatchesItsPublishedSha256() {
        for (String file : FILES) {
            HttpResponse<byte[]> dump = download("/dumps/" + file);
            HttpResponse<String> sum = server.get("/dumps/" + file + ".sha256");
            assertEquals(200, sum.statusCode(), file + ".sha256");
            assertTrue(LinkedDataTest.mediaType(sum).startsWith("text/plain"), LinkedDataTest.mediaType(sum));
            String published = sum.body().trim().split("\\s+")[0];
            assertTrue(published.matches("[0-9a-f]{64}"), published);
            assertEquals(sha256(dump.body()), published, file);
        }
    }

    @Test
    void dumpsHaveAnEtagAndAnswer304WhenItMatches() {
        for (String file : FILES) {
            HttpResponse<byte[]> dump = download("/dumps/" + file);
            String etag = dump.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(file + ": no ETag"));
            assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
            HttpResponse<byte[]> again = download("/dumps/" + file, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), file);
            assertEquals(0, again.body().length);
            HttpResponse<byte[]> stale = download("/dumps/" + file, "If-None-Match", "\"something-else\"");
            assertEquals(200, stale.statusCode());
        }
    }

    @Test
    void dumpsHaveLastModifiedAndAnswer304ToIfModifiedSince() {
        HttpResponse<byte[]> dump = download("/dumps/ogp-lod.nt.gz");
        String lastModified = dump.headers().firstValue("Last-Modified").orElseThrow();
        ZonedDateTime when = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
        assertFalse(when.isAfter(ZonedDateTime.now().plusMinutes(1)), lastModified);
        assertEquals(304, download("/dumps/ogp-lod.nt.gz", "If-Modified-Since", lastModified).statusCode());
        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(when.plusDays(1));
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(when.minusSeconds(1));
        assertEquals(304, download("/dumps/ogp-lod.nt.gz", "If-Modified-Since", later).statusCode());
        assertEquals(200, download("/dumps/ogp-lod.nt.gz", "If-Modified-Since", earlier).statusCode());
        assertEquals(200, download("/dumps/ogp-lod.nt.gz", "If-Modified-Since", "yesterday").statusCode(),
                "an invalid date is ignored");
        assertEquals(200, download("/dumps/ogp-lod.nt.gz", "If-Modified-Since", later, "If-None-Match", "\"other\"")
                .statusCode(), "If-None-Match, when given, decides alone");
    }

    @Test
    void rangeRequestGivesPartialContent() {
        byte[] whole = download("/dumps/ogp-lod.nt.gz").body();
        assertTrue(whole.length > 100);
        HttpResponse<byte[]> part = download("/dumps/ogp-lod.nt.gz", "Range", "bytes=0-99");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 0-99/" + whole.length, part.headers().firstValue("Content-Range").orElse(null));
        assertEquals(100, part.body().length, "bytes=0-99 is 100 bytes");
        assertArrayEquals(Arrays.copyOf(whole, 100), part.body());
    }

    @Test
    void rangeRequestInTheMiddleGivesThoseBytes() {
        byte[] whole = download("/dumps/ogp-lod.ttl.gz").body();
        HttpResponse<byte[]> part = download("/dumps/ogp-lod.ttl.gz", "Range", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + whole.length, part.headers().firstValue("Content-Range").orElse(null));
        assertArrayEquals(Arrays.copyOfRange(whole, 100, 200), part.body());
    }

    @Test
    void unknownDumpIsNotFound() {
        for (String name : List.of("ogp-lod.nq.gz", "release.properties", "ogp-lod.nt", "index.html")) {
            HttpResponse<String> response = server.get("/dumps/" + name);
            assertEquals(404, response.statusCode(), name);
            assertTrue(response.body().contains("/dumps/"), "a sentence pointing at the index: " + response.body());
        }
    }

    @Test
    void traversalFormsNeverServeAFile() {
        for (String path : List.of("/dumps/..%2Fpom.xml", "/dumps/%2e%2e/pom.xml", "/dumps/%2e%2e%2fpom.xml",
                "/dumps/../pom.xml", "/dumps/..%5Cpom.xml", "/dumps/..;/pom.xml", "/dumps/%2e%2e/%2e%2e/pom.xml",
                "/dumps/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/static/..%2F..%2Fpom.xml", "/static/%2e%2e/%2e%2e/pom.xml",
                "/static/../../pom.xml", "/static/%2e%2e%2f%2e%2e%2fpom.xml")) {
            HttpResponse<String> response = server.get(path);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400,
                    path + " answered " + response.statusCode());
            assertFalse(response.body().contains("<modelVersion>") || response.body().contains("root:x:"),
                    path + " served a file");
        }
    }

    @Test
    void siteStylesheetIsServed() {
        HttpResponse<String> css = server.get("/static/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css", LinkedDataTest.mediaType(css));
        assertTrue(css.body().contains("{") && css.body().contains("}"), "a stylesheet");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static void assertDumpIsTheRelease(String file, Lang lang) {
        HttpResponse<byte[]> dump = download("/dumps/" + file);
        assertEquals(200, dump.statusCode());
        assertEquals("application/gzip", LinkedDataTest.mediaType(dump));
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(dump.body()))) {
            RDFParser.source(in).lang(lang).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not gzip", e);
        }
        assertEquals(release.size(), graph.size(), file + " triple count");
        assertTrue(graph.isIsomorphicWith(release), file + " is not isomorphic to the release's default graph");
    }

    private static HttpResponse<byte[]> download(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return server.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
