package org.ogplod.web.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogplod.web.SharedServer;
import org.ogplod.web.TestServer;

/** /changes/{release}.rdfp: an RDF Patch, sent gzip-encoded to clients that take gzip and plain to the others. */
@ExtendWith(SharedServer.class)
class ChangesPatchTest {
    private static TestServer server;
    private static String path;

    @BeforeAll
    static void startServer(TestServer shared) {
        server = shared;
        path = "/changes/" + server.release().id() + ".rdfp";
    }

    @Test
    void thePatchIsSentGzippedOnlyToClientsThatTakeGzip() throws IOException {
        HttpResponse<byte[]> plain = fetch(null);
        HttpResponse<byte[]> gzipped = fetch("gzip, deflate");
        HttpResponse<byte[]> refused = fetch("gzip;q=0, identity");
        assertEquals(200, plain.statusCode());
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertFalse(refused.headers().firstValue("Content-Encoding").isPresent());
        assertTrue(gzipped.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf-patch"));
        byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertArrayEquals(plain.body(), unpacked, "both encodings carry the same patch");
        assertArrayEquals(plain.body(), refused.body());

        RDFPatch patch = RDFPatchOps.read(new ByteArrayInputStream(plain.body()));
        PatchHeader header = patch.header();
        assertEquals("http://localhost:8080/id/release/" + server.release().id(), header.getId().getURI());
        assertEquals(server.release().info().triples(), RDFPatchOps.summary(patch).getCountAddData(),
                "a first release's patch adds every triple it holds");
    }

    @Test
    void aClientHoldingThePatchRevalidatesItWithA304PerEncoding() {
        HttpResponse<byte[]> plain = fetch(null);
        HttpResponse<byte[]> gzipped = fetch("gzip");
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plainTag, gzipTag, "each encoding is a representation of its own");
        HttpResponse<byte[]> again = fetch(null, "If-None-Match", plainTag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(304, fetch("gzip", "If-None-Match", "W/" + gzipTag).statusCode(), "compared weakly");
        assertEquals(200, fetch("gzip", "If-None-Match", plainTag).statusCode(), "the other encoding's tag");
    }

    @Test
    void acceptEncodingIsReadWithItsQualities() {
        assertTrue(ChangesPage.acceptsGzip("gzip"));
        assertTrue(ChangesPage.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(ChangesPage.acceptsGzip("*"));
        assertFalse(ChangesPage.acceptsGzip(null));
        assertFalse(ChangesPage.acceptsGzip("identity"));
        assertFalse(ChangesPage.acceptsGzip("gzip;q=0"));
        assertFalse(ChangesPage.acceptsGzip("gzip; q=0.000, *"));
        assertFalse(ChangesPage.acceptsGzip("*;q=0"));
    }

    private static HttpResponse<byte[]> fetch(String acceptEncoding, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return server.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
