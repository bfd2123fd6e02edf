package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancemap.explainer.TestFiles.assertErrorAt;
import static org.stancemap.explainer.TestFiles.assertSyntaxErrorAt;
import static org.stancemap.explainer.TestFiles.describe;
import static org.stancemap.explainer.TestFiles.load;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** What an author is told about offsets and numbers: where, and what to do. */
class OffsetMessagesTest {

    private final JsonObject tree = TestFiles.defaultTree();

    private JsonObject quote(int stance, int quote) {
        return tree.getAsJsonArray("stances").get(stance).getAsJsonObject().getAsJsonArray("quotes").get(quote)
                .getAsJsonObject();
    }

    /** Puts an emoji (one code point, two UTF-16 units) before the article, shifting every span by {@code by}. */
    private void emojiFirstAndShiftSpansBy(int by) {
        JsonObject article = tree.getAsJsonObject("article");
        article.addProperty("text", "\uD83D\uDE42 " + article.get("text").getAsString());
        for (JsonElement stance : tree.getAsJsonArray("stances")) {
            stance.getAsJsonObject().getAsJsonArray("quotes").forEach(q -> shift(q.getAsJsonObject(), by));
        }
        for (JsonElement link : tree.getAsJsonArray("links")) {
            JsonObject l = link.getAsJsonObject();
            if (l.has("evidence")) {
                l.getAsJsonArray("evidence").forEach(e -> shift(e.getAsJsonObject(), by));
            }
        }
    }

    private static void shift(JsonObject span, int by) {
        span.addProperty("start", span.get("start").getAsInt() + by);
        span.addProperty("end", span.get("end").getAsInt() + by);
    }

    @Test
    void anArticleWithAnEmojiFirstIsAddressedInCodePoints() {
        emojiFirstAndShiftSpansBy(2); // the emoji and the space after it
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
    }

    @Test
    void offsetsCountedInUtf16GetAHintSayingSo() {
        emojiFirstAndShiftSpansBy(3); // as JavaScript counts: the emoji is two units
        LoadResult result = load(tree);
        assertFalse(result.isValid());
        Problem p = assertErrorAt(result, "$.stances[0].quotes[0].text", "UTF-16");
        int start = quote(0, 0).get("start").getAsInt();
        int end = quote(0, 0).get("end").getAsInt();
        assertTrue(p.message().contains("from " + (start - 1) + " to " + (end - 1)), p.message());
    }

    @Test
    void offsetsThatAreSimplyWrongGetNoUtf16Hint() {
        emojiFirstAndShiftSpansBy(2);
        shift(quote(0, 0), 2);
        Problem p = assertErrorAt(load(tree), "$.stances[0].quotes[0].text", "not exactly");
        assertFalse(p.message().contains("UTF-16"), p.message());
    }

    @Test
    void anEmptySpanSaysItIsEmptyNotThatItEndsBeforeItStarts() {
        JsonObject q = quote(0, 0);
        int start = q.get("start").getAsInt();
        q.addProperty("end", start);
        Problem p = assertErrorAt(load(tree), "$.stances[0].quotes[0].end");
        assertEquals("the quote is empty: it starts and ends at " + start + "; the end is the character after"
                + " the last one quoted", p.message());
    }

    @Test
    void aNumberTooLargeToReadIsPointedAtWhereItStarts() {
        //                               1234567890123
        Problem p = assertSyntaxErrorAt(load("{\n  \"format\": 1e99999999999,\n  \"id\": \"x\"\n}"), 2, 13);
        assertTrue(p.message().contains("too large"), p.message());
    }
}
