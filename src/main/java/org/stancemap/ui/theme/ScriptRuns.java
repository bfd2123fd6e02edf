package org.stancemap.ui.theme;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a text changes between the scripts the interface's own fonts (Inter, Noto Serif: Latin,
 * Greek, Cyrillic) draw and those it draws with a font bundled for them (Arabic, Hebrew, Chinese,
 * Japanese and Korean, emoji; see assets/fonts/README.md). JavaFX fills a character its font lacks
 * only from fonts the computer has installed, never from fonts the app loads, so each run of
 * another script must name its font itself.
 */
public final class ScriptRuns {

    /** A script the window draws with a bundled font, and the style class that names that font. */
    public enum Script {
        /** What the style's own font draws, or what no bundled font covers (left to the system). */
        OWN(null),
        ARABIC("script-arabic"),
        HEBREW("script-hebrew"),
        /** Chinese, Japanese kana and Korean, with their punctuation and full-width forms. */
        CJK("script-cjk"),
        EMOJI(Styles.EMOJI);

        private final String styleClass;

        Script(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The style class that gives a run of this script its bundled font; null for {@link #OWN}. */
        public String styleClass() {
            return styleClass;
        }
    }

    /** Chars {@code start} (inclusive) to {@code end} (exclusive) of the text, all in {@code script}. */
    public record Run(int start, int end, Script script) {
    }

    private ScriptRuns() {
    }

    /**
     * Whether any character of {@code text} needs a bundled font. Cheap for the usual Latin name:
     * nothing below U+0590 does, so most texts are answered in one pass over their chars.
     */
    public static boolean needsBundledFont(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x0590 && scriptOf(cp) != null) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The runs of {@code text} in order, covering it whole; one {@link Script#OWN} run for a plain text. */
    public static List<Run> of(String text) {
        List<Run> runs = new ArrayList<>();
        Script current = Script.OWN;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Script script = scriptOf(cp);
            if (script == null) {
                script = current != Script.OWN && continues(current, cp, text, i) ? current : Script.OWN;
            }
            if (script != current) {
                if (i > start) {
                    runs.add(new Run(start, i, current));
                }
                start = i;
                current = script;
            }
            i += Character.charCount(cp);
        }
        if (text.length() > start || runs.isEmpty()) {
            runs.add(new Run(start, text.length(), current));
        }
        return runs;
    }

    /**
     * Whether a character of no script of its own stays in the run before it: marks and joiners do
     * (they belong to the letter or emoji before them), and a space does when the same script comes
     * after it, so that an Arabic phrase is one run the text engine shapes and orders as a whole.
     */
    private static boolean continues(Script current, int cp, String text, int at) {
        if (current == Script.EMOJI && joinsEmoji(cp)) {
            return true;
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK
                || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        if (!Character.isWhitespace(cp)) {
            return false;
        }
        int next = at + Character.charCount(cp);
        while (next < text.length() && Character.isWhitespace(text.codePointAt(next))) {
            next += Character.charCount(text.codePointAt(next));
        }
        return next < text.length() && scriptOf(text.codePointAt(next)) == current;
    }

    /** The bundled font's script for {@code cp}, or null when the style's own font or the system draws it. */
    private static Script scriptOf(int cp) {
        if (cp < 0x0590) {
            return null;
        }
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return Script.EMOJI;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        switch (script) {
            case ARABIC:
                return Script.ARABIC;
            case HEBREW:
                return Script.HEBREW;
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO:
                return Script.CJK;
            default:
                break;
        }
        UnicodeBlock block = UnicodeBlock.of(cp);
        if (block == UnicodeBlock.ARABIC || block == UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                || block == UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
            // The Arabic comma, question mark and tatweel are "common" to scripts but drawn in Arabic.
            return script == UnicodeScript.INHERITED ? null : Script.ARABIC;
        }
        if (block == UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == UnicodeBlock.CJK_COMPATIBILITY || block == UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS) {
            return Script.CJK;
        }
        return null;
    }

    /** What binds emoji into one picture: joiner, variation selector, keycap, tags. */
    private static boolean joinsEmoji(int cp) {
        return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || cp >= 0xE0020 && cp <= 0xE007F;
    }
}
