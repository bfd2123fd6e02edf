package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.export.HandoutFonts.Face;

/** Cutting text to a width and to a number of lines, as the footer, the title and names need. */
class TextLinesTest {

    private static PDDocument doc;
    private static HandoutFonts fonts;

    @BeforeAll
    static void loadFonts() throws IOException {
        doc = new PDDocument();
        fonts = HandoutFonts.load(doc);
    }

    @AfterAll
    static void close() throws IOException {
        fonts.close();
        doc.close();
    }

    private static String words(int chars) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; out.length() < chars; i++) {
            out.append(i % 3 == 0 ? "reassurance " : "force ");
        }
        return out.substring(0, chars);
    }

    /** The cut keeps as much of the start as fits, with an ellipsis: one more character would not fit. */
    @Test
    void fitKeepsTheLongestStartThatFits() {
        for (int chars : List.of(400, 4_000, 40_000)) {
            String text = words(chars);
            String fitted = TextLines.fit(text, fonts, Face.SANS, 8, 200);
            assertTrue(fonts.width(fitted, Face.SANS, 8) <= 200, fitted);
            assertTrue(fitted.endsWith("…"), fitted);
            String kept = fitted.substring(0, fitted.length() - 1);
            assertTrue(text.startsWith(kept.strip()), fitted);
            String oneMore = text.substring(0, text.indexOf(kept.strip()) + kept.strip().length() + 1).strip() + "…";
            assertTrue(oneMore.equals(fitted) || fonts.width(oneMore, Face.SANS, 8) > 200,
                    "one more character would still fit: " + oneMore);
        }
        assertEquals("short", TextLines.fit("short", fonts, Face.SANS, 8, 200));
    }

    /** A 40,000-character title takes four lines at most, the last ending in an ellipsis. */
    @Test
    void clampHoldsATitleToItsLinesAndSaysItWasCut() {
        List<String> lines = TextLines.clamp(words(40_000), fonts, Face.SANS_BOLD, 16, 480, 4);
        assertEquals(4, lines.size());
        assertTrue(lines.get(3).endsWith("…"), lines.get(3));
        lines.forEach(line -> assertTrue(fonts.width(line, Face.SANS_BOLD, 16) <= 480, line));
        assertEquals(List.of("Vladimir Putin"), TextLines.clamp("Vladimir Putin", fonts, Face.SANS_BOLD, 10.5f, 480, 2));
    }
}
