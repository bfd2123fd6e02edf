package org.stancemap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stancemap.model.CodePointIndex;

/** Selecting the article's words for a quote: whole words by default, single characters when asked. */
class WordSelectionTest {

    private static final CodePointIndex TEXT = CodePointIndex.of(
            "Kyiv’s mayor said “we won’t leave” — 🙂 the co-operative agreed.");

    private static String words(WordSelection s) {
        return TEXT.slice(s.start(), s.end());
    }

    private static int at(String part) {
        return TEXT.codePointOffset(TEXT.text().indexOf(part));
    }

    @Test
    void aSelectionMadeInsideWordsSnapsOutToWholeWords() {
        WordSelection s = WordSelection.snapped(TEXT, at("ayor") + 1, at("aid") + 1);
        assertEquals("mayor said", words(s));
    }

    @Test
    void apostrophesAndHyphensInsideWordsBelongToThem() {
        assertEquals("Kyiv’s", words(WordSelection.wordAt(TEXT, 2)));
        assertEquals("won’t", words(WordSelection.wordAt(TEXT, at("on’t"))));
        assertEquals("co-operative", words(WordSelection.wordAt(TEXT, at("operative"))));
    }

    @Test
    void spacesAndMarksAtTheEdgesAreLeftOut() {
        WordSelection s = WordSelection.snapped(TEXT, at("“we"), at("” —") + 1);
        assertEquals("we won’t leave", words(s), "the quotation marks stay outside the quote");
    }

    @Test
    void eitherEndMovesByAWordOrACharacter() {
        WordSelection s = WordSelection.wordAt(TEXT, at("mayor"));
        assertEquals("mayor said", words(s.moveEnd(TEXT, true, false)));
        assertEquals("mayo", words(s.moveEnd(TEXT, false, true)));
        assertEquals("Kyiv’s mayor", words(s.moveStart(TEXT, false, false)));
        assertEquals("mayor", words(s.moveEnd(TEXT, false, false)), "the end never passes the start");
    }

    @Test
    void offsetsAreCodePointsPastCharactersOutsideTheBasicPlane() {
        WordSelection s = WordSelection.snapped(TEXT, at("the co"), at("agreed") + 2);
        assertEquals("the co-operative agreed", words(s));
        String plain = TEXT.text();
        assertEquals(plain.codePointCount(0, plain.indexOf("the co")), s.start(), "one emoji is one code point");
    }

    @Test
    void findSelectsTheNextMatchAndWrapsRound() {
        WordSelection first = WordSelection.find(TEXT, "said", 0).orElseThrow();
        assertEquals("said", words(first));
        WordSelection again = WordSelection.find(TEXT, "said", first.end()).orElseThrow();
        assertEquals(first, again, "past the last match, it starts again from the top");
        assertTrue(WordSelection.find(TEXT, "nowhere", 0).isEmpty());
    }
}
