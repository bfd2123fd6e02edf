package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines are put in the order their glyphs are laid from left to right. */
class VisualOrderTest {

    @Test
    void leftToRightTextIsUnchanged() {
        assertEquals("Peace talks, ¶2 — 1948", VisualOrder.of("Peace talks, ¶2 — 1948"));
    }

    @Test
    void aHebrewWordInsideEnglishIsReversed() {
        assertEquals("the word םולש means peace", VisualOrder.of("the word שלום means peace"));
    }

    @Test
    void numbersInsideRightToLeftTextKeepTheirOrder() {
        // "in 1948" in Hebrew: the number reads left to right inside the reversed words.
        assertEquals("1948 תנשב", VisualOrder.of("בשנת 1948"));
    }

    @Test
    void theLineStaysLeftToRightForTheHandoutsOwnQuoteMarks() {
        assertEquals("“םולש”", VisualOrder.of("“שלום”"));
    }

    @Test
    void bracketsInsideRightToLeftTextAreMirrored() {
        assertEquals("(ב) א", VisualOrder.of("א (ב)"));
    }

    @Test
    void combiningMarksStayAfterTheirLetter() {
        // שָׁלוֹם with points: each point follows its letter in drawing order too.
        assertEquals("\u05DD\u05D5\u05B9\u05DC\u05E9\u05C1\u05B8", VisualOrder.of("\u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD"));
    }

    @Test
    void aLineOfAHebrewParagraphIsLaidOutFromTheRight() {
        assertEquals(true, VisualOrder.startsRightToLeft("“שלום”, he said"));
        assertEquals(false, VisualOrder.startsRightToLeft("1948: peace, שלום"));
        // The sentence's full stop goes to its end, which is the left.
        assertEquals(".םולש", VisualOrder.of("שלום.", true));
        assertEquals("םולש.", VisualOrder.of("שלום."));
    }
}
