package org.stancemap.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancemap.tour.PresenterAction.BLACK;
import static org.stancemap.tour.PresenterAction.CONSOLE;
import static org.stancemap.tour.PresenterAction.EXIT;
import static org.stancemap.tour.PresenterAction.FIRST;
import static org.stancemap.tour.PresenterAction.LAST;
import static org.stancemap.tour.PresenterAction.NEXT;
import static org.stancemap.tour.PresenterAction.PREVIOUS;
import static org.stancemap.tour.PresenterAction.WHITE;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PresenterKeyMapTest {

    private final PresenterKeyMap defaults = PresenterKeyMap.defaults();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "PAGE_DOWN, NEXT", "RIGHT, NEXT", "DOWN, NEXT", "SPACE, NEXT", "ENTER, NEXT", "N, NEXT",
            "PAGE_UP, PREVIOUS", "LEFT, PREVIOUS", "UP, PREVIOUS", "BACK_SPACE, PREVIOUS", "P, PREVIOUS",
            "HOME, FIRST", "END, LAST", "B, BLACK", "W, WHITE", "ESCAPE, EXIT", "C, CONSOLE"})
    void defaultKeyCodesTriggerTheirActions(String code, PresenterAction action) {
        assertEquals(Optional.of(action), defaults.actionFor(code, ""));
        assertEquals(Optional.of(action), defaults.actionFor(code, null));
    }

    @Test
    void typedPunctuationBlanksTheScreenWhateverTheKeyCode() {
        assertEquals(Optional.of(BLACK), defaults.actionFor("UNDEFINED", "."));
        assertEquals(Optional.of(BLACK), defaults.actionFor("PERIOD", "."));
        assertEquals(Optional.of(WHITE), defaults.actionFor("UNDEFINED", ","));
        assertEquals(Optional.of(WHITE), defaults.actionFor("COMMA", ","));
    }

    @Test
    void lettersMatchByTypedTextInEitherCase() {
        assertEquals(Optional.of(NEXT), defaults.actionFor("UNDEFINED", "n"));
        assertEquals(Optional.of(NEXT), defaults.actionFor(null, "N"));
        assertEquals(Optional.of(PREVIOUS), defaults.actionFor("UNDEFINED", "p"));
        assertEquals(Optional.of(BLACK), defaults.actionFor("UNDEFINED", "b"));
        assertEquals(Optional.of(CONSOLE), defaults.actionFor("UNDEFINED", "c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DIGIT1", "DIGIT0", "NUMPAD5", "PERIOD", "A", "UNDEFINED", "F5", ""})
    void unboundKeysAndDigitsDoNothing(String code) {
        assertEquals(Optional.empty(), defaults.actionFor(code, ""));
    }

    @Test
    void digitsTypedAsTextDoNothing() {
        assertEquals(Optional.empty(), defaults.actionFor("DIGIT3", "3"));
        assertEquals(Optional.empty(), defaults.actionFor(null, null));
    }

    @Test
    void theKeyCodeWinsOverTheText() {
        PresenterKeyMap m = PresenterKeyMap.parse("next=RIGHT; black=\".\"");
        assertEquals(Optional.of(NEXT), m.actionFor("RIGHT", "."));
    }

    @Test
    void defaultsFormatAsTheDocumentedText() {
        assertEquals("next=PAGE_DOWN,RIGHT,DOWN,SPACE,ENTER,N; previous=PAGE_UP,LEFT,UP,BACK_SPACE,P; first=HOME;"
                + " last=END; black=B,\".\"; white=W,\",\"; exit=ESCAPE; console=C", defaults.format());
    }

    @Test
    void formatThenParseGivesTheSameMap() {
        assertEquals(defaults, PresenterKeyMap.parse(defaults.format()));
        PresenterKeyMap odd = PresenterKeyMap.parse("next=\";\",\"=\",\"\\\"\",\"\\\\\",F5; exit=ESCAPE,\"q\"");
        assertEquals(odd, PresenterKeyMap.parse(odd.format()));
        assertEquals(Optional.of(NEXT), odd.actionFor("UNDEFINED", ";"));
        assertEquals(Optional.of(NEXT), odd.actionFor("UNDEFINED", "\""));
        assertEquals(Optional.of(NEXT), odd.actionFor("UNDEFINED", "\\"));
        assertEquals(Optional.of(EXIT), odd.actionFor("UNDEFINED", "Q"));
    }

    @Test
    void parsingIsForgivingAboutCaseAndSpacesAndLeavesOutActionsUnbound() {
        PresenterKeyMap m = PresenterKeyMap.parse("  NEXT = page_down , right ;first=home;  ");
        assertEquals(Optional.of(NEXT), m.actionFor("PAGE_DOWN", ""));
        assertEquals(Optional.of(NEXT), m.actionFor("RIGHT", ""));
        assertEquals(Optional.of(FIRST), m.actionFor("HOME", ""));
        assertEquals(Optional.empty(), m.actionFor("END", ""));
        assertEquals(Optional.empty(), m.actionFor("ESCAPE", ""));
        assertTrue(m.keysFor(LAST).isEmpty());
        assertNotEquals(defaults, m);
    }

    @Test
    void blankTextMeansTheDefaults() {
        assertEquals(defaults, PresenterKeyMap.parse(""));
        assertEquals(defaults, PresenterKeyMap.parse("   "));
        assertEquals(defaults, PresenterKeyMap.parse(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nxt=RIGHT | unknown action 'nxt'",
            "next=RIGHT,,LEFT | empty key in 'next=RIGHT,,LEFT'",
            "next=RIGHT, | empty key",
            "next= | lists no keys",
            "next=RIGHT; next=LEFT | 'next' is given twice",
            "next=RIGHT; previous=RIGHT | RIGHT is given to both next and previous",
            "next RIGHT | 'next RIGHT' has no '='",
            "=RIGHT | no action",
            "next=\"\" | empty key",
            "black=\". | quote is not closed",
            "next=PAGE DOWN | 'PAGE DOWN' in 'next=PAGE DOWN' is not a key name",
            "next=DIGIT1 | digit",
            "next=\"5\" | digit",
            "; | lists no actions"})
    void badTextIsRejectedNamingTheBadPart(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PresenterKeyMap.parse(text));
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }

    @Test
    void everyActionHasADefaultKey() {
        for (PresenterAction a : PresenterAction.values()) {
            assertTrue(!defaults.keysFor(a).isEmpty(), a + " has no default key");
        }
        assertEquals(Optional.of(LAST), defaults.actionFor("END", ""));
    }
}
