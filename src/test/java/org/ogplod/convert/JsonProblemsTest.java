package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON that is not a flat array of objects: syntax errors name the file with line and column, record errors the
 * file with a JSON pointer.
 */
class JsonProblemsTest {
    private static final String SOURCE = "\"source\": \"https://opengovpartnership.org/c/KE0001\"";

    @TempDir
    Path folder;
    Path commitments;

    @BeforeEach
    void writeMembers() throws IOException {
        InputFormat.JSON.write(Fixture.MEMBERS, folder, "members");
        commitments = folder.resolve("commitments.json");
    }

    @Test
    void deeplyNestedJsonIsRefused() throws IOException {
        writeDeeplyNested();
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments.toString(), "malformed JSON", "nesting depth");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void deeplyNestedJsonNamesLineAndColumn() throws IOException {
        writeDeeplyNested();
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " line 3, column ", "nesting depth");
    }

    private void writeDeeplyNested() throws IOException {
        String deep = "[".repeat(40) + "\"x\"" + "]".repeat(40);
        Files.writeString(commitments, "[\n{\"id\": \"KE0001\", \"member\": \"kenya\",\n \"title\": " + deep + ",\n "
                + SOURCE + "}\n]\n");
    }

    @Test
    void truncatedJsonNamesTheLineWhereItEnds() throws IOException {
        String whole = Files.readString(Fixture.COMMITMENTS.writeJson(commitments));
        String half = whole.substring(0, whole.indexOf("KE0002"));
        Files.writeString(commitments, half);
        long lines = half.chars().filter(c -> c == '\n').count() + 1;
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " line " + lines + ", column ", "malformed JSON", "end-of-input");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void trailingGarbageAfterTheArrayNamesLineAndColumn() throws IOException {
        String whole = Files.readString(Fixture.COMMITMENTS.writeJson(commitments)).stripTrailing();
        long lines = whole.chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(commitments, whole + "\nthen some text\n");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " line " + (lines + 1) + ", column 1");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void secondArrayAfterTheFirstIsTrailingContent() throws IOException {
        String whole = Files.readString(Fixture.COMMITMENTS.writeJson(commitments)).stripTrailing();
        long lines = whole.chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(commitments, whole + "\n[]\n");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " line " + (lines + 1) + ", column ",
                "unexpected content after the closing ']'");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void duplicateKeyNamesLineColumnAndKey() throws IOException {
        Files.writeString(commitments, "[\n{\"id\": \"KE0001\", \"member\": \"kenya\", \"title\": \"A\", "
                + SOURCE + "},\n{\"id\": \"KE0002\", \"member\": \"kenya\",\n \"title\": \"B\", \"title\": \"C\", "
                + SOURCE + "}\n]\n");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " line 4, column ", "malformed JSON", "'title'");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void elementThatIsNotAnObjectNamesItsPointer() throws IOException {
        Files.writeString(commitments, "[\n{\"id\": \"KE0001\", \"member\": \"kenya\", " + SOURCE + "},\n"
                + "\"KE0002\"\n]\n");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " at /1: 'KE0002' is not an object");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void objectValueInACellNamesItsPointerAndColumn() throws IOException {
        Files.writeString(commitments, "[\n{\"id\": \"KE0001\", \"member\": \"kenya\", \"title\": {\"en\": \"A\"}, "
                + SOURCE + "}\n]\n");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " at /0/title column 'title': must be a string");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void objectWithoutARequiredKeyNamesTheObjectAndColumn() throws IOException {
        writeObjectWithoutSource();
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " at /1", "column 'source'", "is required");
        assertEquals(1, problems.errors(), problems.text());
    }

    @Test
    void objectWithoutARequiredKeyIsNotLocatedAtAnotherKey() throws IOException {
        writeObjectWithoutSource();
        Problems problems = Conversion.failure(false, folder);
        Problem missing = Conversion.problem(problems, commitments + " at /1", "column 'source'");
        assertFalse(missing.location().endsWith("/id"), "the problem points at the id cell: " + missing);
    }

    private void writeObjectWithoutSource() throws IOException {
        Files.writeString(commitments, "[\n{\"id\": \"KE0001\", \"member\": \"kenya\", " + SOURCE + "},\n"
                + "{\"id\": \"KE0002\", \"member\": \"kenya\"}\n]\n");
    }

    @Test
    void nestedArrayInACellIsOneErrorAtItsPointer() throws IOException {
        Files.writeString(commitments, "[\n{\"id\": \"KE0001\", \"member\": \"kenya\", "
                + "\"policy_areas\": [[\"Open Data\"]], "
                + "\"title\": \"A\", " + SOURCE + "}\n]\n");
        Problems problems = Conversion.failure(false, folder);
        Conversion.problem(problems, commitments + " at /0/policy_areas column 'policy_areas': must be a string");
        assertEquals(1, problems.errors(), problems.text());
    }
}
