package org.stancemap.ui.theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the emoji are in a text, so that a reader can draw them with the bundled Noto Emoji (style
 * class {@link Styles#EMOJI}): JavaFX fills a character its font lacks only from fonts installed on
 * the computer, and many have none for emoji that JavaFX can draw, which left a box in the article.
 */
public final class EmojiRuns {

    private EmojiRuns() {
    }

    /** The char index where each run of emoji starts and ends, in order: start, end, start, end… */
    public static List<Integer> boundaries(String text) {
        List<Integer> bounds = new ArrayList<>();
        boolean inside = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean emoji = isEmoji(cp) || inside && joinsEmoji(cp);
            if (emoji != inside) {
                bounds.add(i);
                inside = emoji;
            }
            i += Character.charCount(cp);
        }
        if (inside) {
            bounds.add(text.length());
        }
        return bounds;
    }

    /** True when {@code piece} is all emoji (with the joiners and selectors between them). */
    public static boolean isAllEmoji(String piece) {
        List<Integer> bounds = boundaries(piece);
        return bounds.size() == 2 && bounds.get(0) == 0 && bounds.get(1) == piece.length();
    }

    /** Pictographs, emoticons, transport and map symbols, flags' letters and the supplements after them. */
    private static boolean isEmoji(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF;
    }

    /** What binds emoji into one picture: joiner, variation selector, keycap, tags. */
    private static boolean joinsEmoji(int cp) {
        return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || cp >= 0xE0020 && cp <= 0xE007F;
    }
}
