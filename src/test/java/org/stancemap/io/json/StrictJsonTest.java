package org.stancemap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken JSON is reported at the character where it breaks, inside the value being read, in plain words. */
class StrictJsonTest {

    /** Each broken text, what is wrong with it, and where and how the reader says so. */
    static Stream<Arguments> brokenTexts() {
        return Stream.of(
                broken("a missing comma between keys, at the second key",
                        "{\n  \"title\": \"Paris\"\n  \"date\": \"2025\"\n}", 3, 3, "$", "expected a comma or a closing }"),
                broken("a missing colon, naming the key and its path",
                        "{\"actors\": [{\"id\": \"a\", \"name\" \"Anna\"}]}", 1, 32, "$.actors[0].name",
                        "colon (:) is missing after the key “name”"),
                broken("a trailing comma, called that",
                        "{\"list\": [1, 2,\n   ]}", 2, 4, "$.list", "remove the comma after the last item"),
                broken("an unclosed text, at its opening quote",
                        "{\"a\": [\"fine\", \"not closed\n]}", 1, 16, "$.a[1]", "closing quotation mark is missing"),
                broken("single quotes", "{\"a\": 'x'}", 1, 7, "$.a", "single quotation mark"),
                broken("a bare word", "{\"a\": True}", 1, 7, "$.a", "found “True”"),
                broken("a key without quotes", "{a: 1}", 1, 2, "$", "expected a key in \"double quotes\""),
                broken("a leading zero", "[1, 012]", 1, 5, "$[1]", "“012” is not a number as JSON writes them"),
                broken("a point with no digits after it", "[1, 1.]", 1, 5, "$[1]", "“1.” is not a number"),
                broken("a lone minus", "[-]", 1, 2, "$[0]", "“-” is not a number"),
                broken("an escape JSON does not know", "[\"C:\\dir\"]", 1, 5, "$[0]",
                        "\\d, which is not an escape JSON knows"),
                broken("a raw control character", "[\"tab\there\"]", 1, 6, "$[0]", "U+0009"),
                broken("a short \\u escape", "[\"\\u12\"]", 1, 3, "$[0]", "four hexadecimal digits"),
                broken("the file ending too early", "{\"a\": [1, 2", 1, 12, "$.a", "ends too early"),
                broken("text after the document", "{} {}", 1, 4, "$", "more text after the end"),
                broken("an empty file", "  \n  ", 2, 3, "$", "the file is empty"),
                broken("nesting past the limit, at the bracket that goes too deep",
                        "[[[[[[[[[1]]]]]]]]]", 1, 9, "$[0][0][0][0][0][0][0][0]", "more than 8 levels deep"));
    }

    private static Arguments broken(String what, String text, int line, int column, String path, String words) {
        return Arguments.of(what, text, line, column, path, words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTexts")
    void brokenJsonIsPlacedAndNamed(String what, String text, int line, int column, String path, String words) {
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class, () -> StrictJson.parse(text, 8));
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), "where: " + e.getMessage());
        assertEquals(path, e.path(), "path: " + e.getMessage());
        assertTrue(e.getMessage().contains(words), "\"" + e.getMessage() + "\" should say \"" + words + "\"");
    }

    @Test
    void aGoodDocumentKeepsPositionsAndTheFirstOfTwoKeys() throws JsonSyntaxError {
        JsonDocument doc = StrictJson.parse("\uFEFF{\n  \"a\": {\"b\": [true, null, -1.5e3]},\n  \"a\": 2,\n"
                + "  \"t\": \"\\u00e9\\n\\\"\"\n}", 8);
        assertEquals(-1500, doc.root().getAsJsonObject().getAsJsonObject("a").getAsJsonArray("b").get(2)
                .getAsInt());
        assertEquals("é\n\"", doc.root().getAsJsonObject().get("t").getAsString());
        assertEquals(new JsonPosition(2, 8), doc.at("$.a"));
        assertEquals(new JsonPosition(2, 21), doc.at("$.a.b[1]"));
        assertEquals(new JsonPosition(1, 1), doc.at("$"));
        assertEquals(List.of("$.a"), doc.duplicateKeys());
        assertEquals(JsonPosition.UNKNOWN, doc.at("$.nowhere"));
    }
}
