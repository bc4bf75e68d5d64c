package org.ogplod.web.about;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.ogplod.store.DumpFile;
import org.ogplod.web.common.Html;
import org.ogplod.web.ld.ResourcePages;

/**
 * The landing page's description of the dataset for search engines: a schema.org {@code Dataset} in JSON-LD, with a
 * {@code DataDownload} for each dump. The context is written inline, so that a JSON-LD reader needs no network.
 *
 * @param base              the configured base IRI, ending in "/"
 * @param temporalCoverage  an ISO 8601 interval such as "2012/2025", or null when unknown
 * @param keywords          free words; any text is safe here (the script element cannot be broken out of)
 */
public record DatasetJsonLd(String base, String releaseId, LocalDate released, String temporalCoverage,
        List<String> keywords) {
    public static final String NAME = "Open Government Partnership commitments as Linked Open Data";
    static final String DESCRIPTION = "Commitments that members of the Open Government Partnership (OGP) made in "
            + "their action plans, with the members, action plans, institutions, policy areas, OGP values and "
            + "Independent Reporting Mechanism assessments, as Linked Open Data. An extract of "
            + "public OGP pages and of a public copy of OGP's commitment sheet, in which every record names its "
            + "source.";
    private static final JsonFactory JSON = new JsonFactory();

    public DatasetJsonLd {
        keywords = List.copyOf(keywords);
    }

    /** The complete {@code <script type="application/ld+json">} element, safe to place in an HTML page. */
    public String scriptElement() {
        return "<script type=\"application/ld+json\">\n" + Html.scriptSafe(json()) + "\n</script>";
    }

    /** The JSON-LD text itself (not yet safe for HTML). */
    String json() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            context(json);
            json.writeStringField("@type", "Dataset");
            about(json);
            distributions(json);
            named(json, "includedInDataCatalog", "DataCatalog", "ogp-lod catalogue", base + "catalog");
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON-LD of the landing page", e);
        }
        return text.toString();
    }

    private void about(JsonGenerator json) throws IOException {
        json.writeStringField("name", NAME);
        json.writeStringField("description", DESCRIPTION);
        json.writeStringField("url", base);
        json.writeStringField("license", ResourcePages.LICENSE);
        json.writeStringField("isBasedOn", "https://www.opengovpartnership.org/");
        named(json, "creator", "Organization", "ogp-lod", base);
        json.writeStringField("version", releaseId);
        json.writeStringField("datePublished", released.toString());
        if (temporalCoverage != null) {
            json.writeStringField("temporalCoverage", temporalCoverage);
        }
        json.writeArrayFieldStart("keywords");
        for (String keyword : keywords) {
            json.writeString(keyword);
        }
        json.writeEndArray();
        json.writeBooleanField("isAccessibleForFree", true);
    }

    /** A nested thing with a type, a name and a URL. */
    private static void named(JsonGenerator json, String field, String type, String name, String url)
            throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("@type", type);
        json.writeStringField("name", name);
        json.writeStringField("url", url);
        json.writeEndObject();
    }

    /** schema.org as the vocabulary, and the properties whose values are IRIs typed as such. */
    private static void context(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("@context");
        json.writeStringField("@vocab", "https://schema.org/");
        for (String property : List.of("url", "license", "isBasedOn", "contentUrl")) {
            json.writeObjectFieldStart(property);
            json.writeStringField("@type", "@id");
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void distributions(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("distribution");
        for (DumpFile dump : DumpFile.all()) {
            json.writeStartObject();
            json.writeStringField("@type", "DataDownload");
            json.writeStringField("name", dump.fileName());
            json.writeStringField("description", "The whole release as " + dump.label()
                    + (dump.gzipped() ? ", gzip-compressed" : "") + "; its SHA-256 is at " + base + "dumps/" + dump.checksumName() + ".");
            json.writeStringField("contentUrl", base + "dumps/" + dump.fileName());
            json.writeStringField("encodingFormat", dump.mediaType());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
