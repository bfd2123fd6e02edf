package org.stancemap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index answers exactly as String's own (linear) code point methods do. */
class CodePointIndexTest {

    private static void assertAgreesWithString(String text) {
        CodePointIndex index = CodePointIndex.of(text);
        int length = text.codePointCount(0, text.length());
        assertEquals(length, index.length(), text);
        for (int offset = 0; offset <= length; offset++) {
            assertEquals(text.offsetByCodePoints(0, offset), index.charIndex(offset), "offset " + offset);
        }
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(text.codePointCount(0, i), index.codePointOffset(i), "index " + i);
        }
    }

    @Test
    void emojiCjkAndPlainTextAgree() {
        assertAgreesWithString("");
        assertAgreesWithString("plain text");
        assertAgreesWithString("\uD83D\uDE42 first, \uD840\uDC00 then \uD83C\uDDFA\uD83C\uDDE6 flags");
        assertAgreesWithString("\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42");
    }

    @Test
    void loneSurrogatesCountAsOneCodePointEach() {
        assertAgreesWithString("a\uD83Db\uDE42c\uDE42\uD83D");
    }

    @Test
    void randomTextsAgree() {
        Random random = new Random(17);
        char[] alphabet = {'a', ' ', '\u2019', '\uD83D', '\uDE42', '\uD840', '\uDC00', '\n'};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int size = random.nextInt(40);
            for (int i = 0; i < size; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertAgreesWithString(text.toString());
        }
    }

    @Test
    void slicesByCodePoints() {
        CodePointIndex index = CodePointIndex.of("\uD83D\uDE42 Putin\u2019s stance");
        assertEquals("Putin\u2019s", index.slice(2, 9));
        assertTrue(!index.isSimple());
        assertThrows(IndexOutOfBoundsException.class, () -> index.charIndex(index.length() + 1));
    }
}
