package org.ogplod.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** What the self-description tests share: fetching and parsing RDF, and reading the bundled CSV files directly. */
public final class CatalogFixture {
    public static final String BASE = "http://localhost:8080/";

    private CatalogFixture() {
    }

    /** GETs {@code path} as {@code mediaType}, checks 200 and that media type, and parses the body. */
    public static Model fetch(TestServer server, String path, String mediaType) {
        HttpResponse<String> response = server.get(path, "Accept", mediaType);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " as " + mediaType + " gave " + response.statusCode() + ": "
                    + response.body());
        }
        if (!mediaType(response).equals(mediaType)) {
            throw new AssertionError(path + " as " + mediaType + " came as " + mediaType(response));
        }
        return parse(response.body(), RDFLanguages.contentTypeToLang(mediaType), BASE + path.substring(1));
    }

    public static Model parse(String text, Lang lang, String base) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).base(base).parse(model);
        return model;
    }

    /** The media type of a response without its parameters. */
    public static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    public static HttpResponse<byte[]> bytes(TestServer server, String path) {
        HttpRequest request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return server.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of {@code data/<name>.csv} (the bundled data the test server converts), as column to value. */
    public static List<Map<String, String>> csv(String name) {
        try (Reader in = Files.newBufferedReader(Path.of("data", name + ".csv"), StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of triples of the release the server serves. */
    public static long releaseTriples(TestServer server) {
        DatasetGraph dataset = server.release().dataset();
        return Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
    }
}
