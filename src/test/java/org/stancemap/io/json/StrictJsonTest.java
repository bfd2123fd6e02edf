package org.stancemap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken JSON is reported at the character where it breaks, inside the value being read, in plain words. */
class StrictJsonTest {

    private static JsonSyntaxError broken(String text) {
        return assertThrows(JsonSyntaxError.class, () -> StrictJson.parse(text, 8));
    }

    private static void assertAt(JsonSyntaxError e, int line, int column, String path, String words) {
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), "where: " + e.getMessage());
        assertEquals(path, e.path(), "path: " + e.getMessage());
        assertTrue(e.getMessage().contains(words), "\"" + e.getMessage() + "\" should say \"" + words + "\"");
    }

    @Test
    void aMissingCommaBetweenKeysIsFoundAtTheSecondKey() {
        JsonSyntaxError e = broken("{\n  \"title\": \"Paris\"\n  \"date\": \"2025\"\n}");
        assertAt(e, 3, 3, "$", "expected a comma or a closing }");
    }

    @Test
    void aMissingColonNamesTheKeyAndItsPath() {
        JsonSyntaxError e = broken("{\"actors\": [{\"id\": \"a\", \"name\" \"Anna\"}]}");
        assertAt(e, 1, 32, "$.actors[0].name", "colon (:) is missing after the key “name”");
    }

    @Test
    void aTrailingCommaIsCalledThat() {
        JsonSyntaxError e = broken("{\"list\": [1, 2,\n   ]}");
        assertAt(e, 2, 4, "$.list", "remove the comma after the last item");
    }

    @Test
    void anUnclosedTextPointsAtItsOpeningQuote() {
        JsonSyntaxError e = broken("{\"a\": [\"fine\", \"not closed\n]}");
        assertAt(e, 1, 16, "$.a[1]", "closing quotation mark is missing");
    }

    @Test
    void singleQuotesAndBareWordsAreNamed() {
        assertAt(broken("{\"a\": 'x'}"), 1, 7, "$.a", "single quotation mark");
        assertAt(broken("{\"a\": True}"), 1, 7, "$.a", "found “True”");
        assertAt(broken("{a: 1}"), 1, 2, "$", "expected a key in \"double quotes\"");
    }

    @Test
    void numbersMustBeWrittenAsJsonWritesThem() {
        assertAt(broken("[1, 012]"), 1, 5, "$[1]", "“012” is not a number as JSON writes them");
        assertAt(broken("[1, 1.]"), 1, 5, "$[1]", "“1.” is not a number");
        assertAt(broken("[-]"), 1, 2, "$[0]", "“-” is not a number");
    }

    @Test
    void badEscapesAndControlCharactersArePlaced() {
        assertAt(broken("[\"C:\\dir\"]"), 1, 5, "$[0]", "\\d, which is not an escape JSON knows");
        assertAt(broken("[\"tab\there\"]"), 1, 6, "$[0]", "U+0009");
        assertAt(broken("[\"\\u12\"]"), 1, 3, "$[0]", "four hexadecimal digits");
    }

    @Test
    void theEndOfTheFileAndWhatFollowsTheDocumentAreNamed() {
        assertAt(broken("{\"a\": [1, 2"), 1, 12, "$.a", "ends too early");
        assertAt(broken("{} {}"), 1, 4, "$", "more text after the end");
        assertAt(broken("  \n  "), 2, 3, "$", "the file is empty");
    }

    @Test
    void nestingPastTheLimitIsRefusedAtTheBracketThatGoesTooDeep() {
        JsonSyntaxError e = broken("[[[[[[[[[1]]]]]]]]]");
        assertAt(e, 1, 9, "$[0][0][0][0][0][0][0][0]", "more than 8 levels deep");
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
