package org.stancemap.export;

import java.text.Bidi;
import java.util.Map;

/**
 * Puts one line of text into the order its glyphs are laid down from left to right, as the Unicode
 * bidirectional algorithm says, since PDFBox draws characters in the order it is given them. Arabic
 * and Hebrew runs come out reversed and numbers inside them keep their own order. Every line is laid
 * out left to right as a whole, because the handout is an English document that quotes other
 * languages: “quote marks” and the "name:" before a summary stay where an English reader looks for
 * them, while the quoted words inside read from the right.
 */
final class VisualOrder {

    /** Paired punctuation that a right-to-left run shows mirrored (Unicode's Bidi_Mirroring_Glyph). */
    private static final Map<Integer, Integer> MIRRORED = Map.ofEntries(
            Map.entry((int) '(', (int) ')'), Map.entry((int) ')', (int) '('),
            Map.entry((int) '[', (int) ']'), Map.entry((int) ']', (int) '['),
            Map.entry((int) '{', (int) '}'), Map.entry((int) '}', (int) '{'),
            Map.entry((int) '<', (int) '>'), Map.entry((int) '>', (int) '<'),
            Map.entry(0x00AB, 0x00BB), Map.entry(0x00BB, 0x00AB),
            Map.entry(0x2039, 0x203A), Map.entry(0x203A, 0x2039));

    private VisualOrder() {
    }

    static String of(String line) {
        return of(line, false);
    }

    /**
     * {@code rightToLeft} lays the whole line out from the right, for a line of a paragraph written in
     * Arabic or Hebrew ({@link #startsRightToLeft}): its end punctuation then goes to its left end.
     */
    static String of(String line, boolean rightToLeft) {
        char[] chars = line.toCharArray();
        if (!rightToLeft && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder out = new StringBuilder(line.length());
        for (Integer run : runs) {
            String text = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            out.append(bidi.getRunLevel(run) % 2 == 0 ? text : reversed(text));
        }
        return out.toString();
    }

    /**
     * A right-to-left run written backwards, one character with its combining marks at a time (a mark
     * is drawn over the glyph just before it, so it must stay after its letter), brackets mirrored.
     */
    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int end = run.length();
        while (end > 0) {
            int start = end;
            int cp;
            do {
                cp = run.codePointBefore(start);
                start -= Character.charCount(cp);
            } while (start > 0 && isMark(cp));
            int base = run.codePointAt(start);
            out.appendCodePoint(MIRRORED.getOrDefault(base, base));
            out.append(run, start + Character.charCount(base), end);
            end = start;
        }
        return out.toString();
    }

    /** True when the first letter with a direction of its own is Arabic, Hebrew or another right-to-left script. */
    static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
