package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Shared helpers: the shipped explainer's bytes and tree, and loading mutated variants. */
final class TestFiles {

    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private TestFiles() {
    }

    static byte[] defaultBytes() {
        try (InputStream in = TestFiles.class.getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            assertNotNull(in, "the default explainer is not on the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String defaultText() {
        return new String(defaultBytes(), StandardCharsets.UTF_8);
    }

    static JsonObject defaultTree() {
        return JsonParser.parseString(defaultText()).getAsJsonObject();
    }

    static byte[] bytes(JsonElement tree) {
        return GSON.toJson(tree).getBytes(StandardCharsets.UTF_8);
    }

    static LoadResult load(JsonElement tree) {
        return new ExplainerLoader().load(bytes(tree), "test.json");
    }

    static LoadResult load(String rawJson) {
        return new ExplainerLoader().load(rawJson.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    static String describe(LoadResult result) {
        return result.problems().stream().map(Problem::format).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** Asserts the load failed and that an error names exactly this JSON path. */
    static Problem assertErrorAt(LoadResult result, String path) {
        assertFalse(result.isValid(), "expected the load to fail, but it succeeded:" + describe(result));
        assertFalse(result.errors().isEmpty(), "an invalid result must carry errors");
        return result.errors().stream().filter(p -> path.equals(p.jsonPath())).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + path + "; got:" + describe(result)));
    }

    /** Like {@link #assertErrorAt} and also checks the message mentions {@code fragment}. */
    static Problem assertErrorAt(LoadResult result, String path, String fragment) {
        assertFalse(result.isValid(), "expected the load to fail, but it succeeded:" + describe(result));
        return result.errors().stream()
                .filter(p -> path.equals(p.jsonPath()) && p.message().toLowerCase().contains(fragment.toLowerCase()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + path + " mentioning \"" + fragment
                        + "\"; got:" + describe(result)));
    }

    /** Asserts a syntax error (no path) at this line and column. */
    static Problem assertSyntaxErrorAt(LoadResult result, int line, int column) {
        assertFalse(result.isValid(), "expected the load to fail, but it succeeded:" + describe(result));
        assertTrue(result.errors().size() >= 1);
        Problem p = result.errors().get(0);
        assertFalse(p.hasPath(), "a syntax error has no JSON path:" + describe(result));
        assertTrue(p.line() == line && p.column() == column,
                "expected a syntax error at " + line + ":" + column + " but got:" + describe(result));
        assertTrue(p.format().startsWith("test.json:" + line + ":" + column + ": "), p.format());
        return p;
    }
}
