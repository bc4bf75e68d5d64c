package org.ogplod.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads a JSON array of flat objects whose keys are the column names; a key's value is a string, number, boolean,
 * null, or an array of those (a multi-valued cell). Locations are JSON Pointers ({@code commitments.json at /4/title}).
 * Nesting, string and number sizes are bounded; duplicate keys and trailing content are errors.
 */
public final class JsonRowReader implements RowReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(1 << 20)
                    .maxNumberLength(64).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public List<String> headers(Path file) throws InputException {
        List<String> headers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser json = FACTORY.createParser(in)) {
            try {
                expectArray(file, json);
                if (json.nextToken() == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        headers.add(json.currentName());
                        json.nextToken();
                        json.skipChildren();
                    }
                }
            } catch (IOException e) {
                throw malformed(file, e, json.currentLocation());
            }
        } catch (IOException e) {
            throw malformed(file, e, null);
        }
        return headers;
    }

    @Override
    public void read(Path file, Problems problems, Consumer<Row> rows) throws InputException {
        try (InputStream in = Files.newInputStream(file); JsonParser json = FACTORY.createParser(in)) {
            try {
                readArray(file, json, problems, rows);
            } catch (IOException e) {
                throw malformed(file, e, json.currentLocation());
            }
        } catch (IOException e) {
            throw malformed(file, e, null);
        }
    }

    private static void readArray(Path file, JsonParser json, Problems problems, Consumer<Row> rows)
            throws IOException, InputException {
        {
            expectArray(file, json);
            long index = 0;
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken(), index++) {
                if (token == null) {
                    throw new InputException(file.toString(), "the file ends before the array is closed");
                }
                String pointer = file + " at /" + index;
                if (token != JsonToken.START_OBJECT) {
                    problems.add(Problem.error(pointer, null, json.getText(), "is not an object; it is skipped"));
                    json.skipChildren();
                    continue;
                }
                readObject(json, pointer, problems).ifPresent(rows::accept);
            }
            if (json.nextToken() != null) {
                throw new InputException(file + " " + position(json.currentLocation()),
                        "unexpected content after the closing ']' of the array");
            }
        }
    }

    private static java.util.Optional<Row> readObject(JsonParser json, String pointer, Problems problems)
            throws IOException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        boolean valid = true;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            String text = value == JsonToken.START_ARRAY ? joinArray(json) : scalar(json, value);
            if (text == null) {
                problems.add(Problem.error(pointer + "/" + escape(name), name, null,
                        "must be a string, number, boolean, null or an array of those"));
                json.skipChildren();
                valid = false;
                continue;
            }
            names.add(name);
            values.add(text);
        }
        long number = Long.parseLong(pointer.substring(pointer.lastIndexOf('/') + 1)) + 1;
        return valid ? java.util.Optional.of(new Row(number, names, values,
                column -> column < 0 ? pointer : pointer + "/" + escape(names.get(column))))
                : java.util.Optional.empty();
    }

    /** The items of an array joined by ';'; null when an item is not a scalar (the array is read to its end). */
    private static String joinArray(JsonParser json) throws IOException {
        StringBuilder joined = new StringBuilder();
        boolean scalars = true;
        for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
            if (item == null) {
                throw new com.fasterxml.jackson.core.io.JsonEOFException(json, null, "the file ends inside an array");
            }
            String text = scalar(json, item);
            if (text == null) {
                json.skipChildren();
                scalars = false;
            } else if (!text.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : ";").append(text);
            }
        }
        return scalars ? joined.toString() : null;
    }

    private static String scalar(JsonParser json, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> json.getText();
            case VALUE_NULL -> "";
            default -> null;
        };
    }

    private static void expectArray(Path file, JsonParser json) throws IOException, InputException {
        if (json.nextToken() != JsonToken.START_ARRAY) {
            throw new InputException(file.toString(), "the file must hold a JSON array of objects");
        }
    }

    private static InputException malformed(Path file, IOException e, JsonLocation current) {
        String reason = e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
        JsonLocation location = e instanceof JsonProcessingException processing && processing.getLocation() != null
                ? processing.getLocation() : current;
        String where = location != null ? file + " " + position(location) : file.toString();
        return new InputException(where, "malformed JSON (" + String.valueOf(reason).replaceAll("\\s+", " ") + ")", e);
    }

    private static String position(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** JSON Pointer escaping (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
