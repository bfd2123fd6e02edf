package org.stancemap.export;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.export.HandoutFonts.Face;

/** Cleans text for print and breaks it into lines that fit a width. */
final class TextLines {

    private TextLines() {
    }

    /**
     * One line's worth of text: line breaks, tabs and other spacing become single spaces and
     * invisible control and format characters (soft hyphens, byte-order marks) are dropped,
     * so every character left is one the page can show.
     */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) && cp != 0x00A0 && cp != 0x202F) {
                space = out.length() > 0;
            } else if (type == Character.CONTROL || type == Character.FORMAT && !isJoinControl(cp)
                    || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                continue;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * The zero-width non-joiner and joiner are kept although they show nothing: they decide whether
     * Arabic letters join (a Persian word breaks its join with a non-joiner) and bind emoji together.
     */
    private static boolean isJoinControl(int cp) {
        return cp == 0x200C || cp == 0x200D;
    }

    /** Paragraphs of a multi-line text (split at line breaks, blank ones dropped), each made {@link #inline}. */
    static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String part : text.split("\\R")) {
            String clean = inline(part);
            if (!clean.isEmpty()) {
                result.add(clean);
            }
        }
        return result;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width} at spaces; a word longer than a
     * whole line is broken between characters, so nothing runs past the edge.
     */
    static List<String> wrap(String text, HandoutFonts fonts, Face face, float size, float width) {
        String clean = inline(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float spaceWidth = fonts.width(" ", face, size);
        for (String word : clean.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = fonts.width(word, face, size);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
                continue;
            }
            for (String piece : breakWord(word, fonts, face, size, width)) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(piece);
                lineWidth = fonts.width(piece, face, size);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> breakWord(String word, HandoutFonts fonts, Face face, float size, float width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            String next = piece + new String(Character.toChars(cp));
            if (piece.length() > 0 && fonts.width(next, face, size) > width) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /**
     * The text cut to fit {@code width}, ending in an ellipsis when it had to be cut. The cut is found by
     * halving (a few measurements of the text's start, however long the text), not one character at a time.
     */
    static String fit(String text, HandoutFonts fonts, Face face, float size, float width) {
        String clean = inline(text);
        if (fonts.width(clean, face, size) <= width) {
            return clean;
        }
        // Nothing wider than the width can fit, and no glyph is narrower than a hair: look only that far.
        int[] cps = clean.codePoints().limit(Math.max(1, (long) Math.ceil(width / (size * 0.05f)))).toArray();
        int low = 0;
        int high = cps.length;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (fonts.width(new String(cps, 0, mid).strip() + "…", face, size) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? "…" : new String(cps, 0, low).strip() + "…";
    }

    /**
     * At most {@code maxLines} lines of {@code text} wrapped to {@code width}, the last one ending in an
     * ellipsis when the text goes on: what a title or a name may take of a page.
     */
    static List<String> clamp(String text, HandoutFonts fonts, Face face, float size, float width, int maxLines) {
        String clean = inline(text);
        // Only the start of a very long text can show; wrapping all of it would be wasted work.
        int enough = (int) Math.min(clean.length(), (long) maxLines * Math.ceil(width / (size * 0.05f)) + 1);
        if (enough < clean.length() && Character.isLowSurrogate(clean.charAt(enough))) {
            enough++;
        }
        List<String> lines = wrap(clean.substring(0, enough), fonts, face, size, width);
        if (lines.size() <= maxLines && enough == clean.length()) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(maxLines, lines.size())));
        String last = kept.remove(kept.size() - 1);
        String next = lines.size() > maxLines ? lines.get(maxLines) : "…";
        kept.add(fit(last + " " + next, fonts, face, size, width));
        return kept;
    }
}
