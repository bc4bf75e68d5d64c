package org.ogplod.web.editor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.ogplod.ontology.ExampleQueries;
import org.ogplod.web.common.Citation;
import org.ogplod.web.common.Html;
import org.ogplod.web.common.SitePaths;

/**
 * What the editor's script needs, as a JSON data block in the page (the Content-Security-Policy allows no inline
 * script, but a {@code <script type="application/json">} element is data, never run): the endpoint, the base, the
 * prefixes and terms to complete, the examples and the facts of the citation.
 */
record EditorData(String base, EditorVocabulary vocabulary, List<ExampleQueries.Example> examples,
        Citation citation) {
    private static final JsonFactory JSON = new JsonFactory();

    EditorData {
        examples = List.copyOf(examples);
    }

    /** The complete {@code <script type="application/json" id="editor-data">} element, safe in an HTML page. */
    String scriptElement() {
        return "<script type=\"application/json\" id=\"editor-data\">" + Html.scriptSafe(json()) + "</script>";
    }

    String json() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("base", base);
            json.writeStringField("endpoint", SitePaths.SPARQL);
            json.writeStringField("publicEndpoint", base + SitePaths.SPARQL.substring(1));
            json.writeStringField("page", base + "query");
            json.writeObjectFieldStart("prefixes");
            for (var prefix : vocabulary.prefixes().entrySet()) {
                json.writeStringField(prefix.getKey(), prefix.getValue());
            }
            json.writeEndObject();
            terms(json);
            examples(json);
            json.writeObjectFieldStart("citation");
            json.writeStringField("title", Citation.TITLE);
            json.writeStringField("publisher", Citation.PUBLISHER);
            json.writeStringField("releaseId", citation.releaseId());
            json.writeStringField("released", citation.released().toString());
            json.writeStringField("sha256", citation.sha256());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data of the query editor", e);
        }
        return text.toString();
    }

    private void terms(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("terms");
        for (EditorVocabulary.Term term : vocabulary.terms()) {
            json.writeStartObject();
            json.writeStringField("name", term.name());
            json.writeStringField("iri", term.iri());
            json.writeStringField("kind", term.kind());
            json.writeStringField("label", term.label());
            json.writeStringField("comment", term.comment());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void examples(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("examples");
        for (ExampleQueries.Example example : examples) {
            json.writeStartObject();
            json.writeStringField("name", example.name());
            json.writeStringField("title", example.title());
            json.writeStringField("question", example.question());
            json.writeStringField("text", example.text());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
