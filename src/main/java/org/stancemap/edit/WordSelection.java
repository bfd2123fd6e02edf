package org.stancemap.edit;

import org.stancemap.model.CodePointIndex;

/**
 * A stretch of the article being selected for a quote or a glossary term, in code points (end
 * exclusive). A selection made by pointing snaps out to whole words, since a quote that starts or
 * ends inside a word is almost always a slip of the hand; either end then moves by a word, or by a
 * single character when the author asks for it.
 */
public record WordSelection(int start, int end) {

    public WordSelection {
        if (start > end) {
            int was = start;
            start = end;
            end = was;
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** The words touched by the stretch from {@code a} to {@code b} (either order), whole. */
    public static WordSelection snapped(CodePointIndex text, int a, int b) {
        WordSelection raw = new WordSelection(clamp(text, a), clamp(text, b));
        int start = raw.start;
        int end = raw.end;
        // A stretch that begins on a space or a mark begins at the first word inside it.
        while (start < end && !isWord(text, start)) {
            start++;
        }
        while (end > start && !isWord(text, end - 1)) {
            end--;
        }
        if (start == end) {
            return wordAt(text, raw.start);
        }
        while (start > 0 && isWord(text, start - 1)) {
            start--;
        }
        while (end < text.length() && isWord(text, end)) {
            end++;
        }
        return new WordSelection(start, end);
    }

    /** The word at {@code offset}, or an empty selection there when it is not in a word. */
    public static WordSelection wordAt(CodePointIndex text, int offset) {
        int at = clamp(text, offset);
        if (at < text.length() && isWord(text, at) || at > 0 && isWord(text, at - 1)) {
            int start = at < text.length() && isWord(text, at) ? at : at - 1;
            int end = start;
            while (start > 0 && isWord(text, start - 1)) {
                start--;
            }
            while (end < text.length() && isWord(text, end)) {
                end++;
            }
            return new WordSelection(start, end);
        }
        return new WordSelection(at, at);
    }

    /**
     * The first whole-word match of {@code words} at or after {@code from}, wrapping round to the
     * start; empty when the article does not hold them.
     */
    public static java.util.Optional<WordSelection> find(CodePointIndex text, String words, int from) {
        String needle = words.strip();
        if (needle.isEmpty()) {
            return java.util.Optional.empty();
        }
        String haystack = text.text();
        int fromChar = text.charIndex(clamp(text, from));
        int found = haystack.indexOf(needle, fromChar);
        if (found < 0) {
            found = haystack.indexOf(needle);
        }
        if (found < 0) {
            return java.util.Optional.empty();
        }
        int start = text.codePointOffset(found);
        int end = text.codePointOffset(found + needle.length());
        return java.util.Optional.of(snapped(text, start, end));
    }

    /** This selection with its end moved by one word (or one character) forward or back. */
    public WordSelection moveEnd(CodePointIndex text, boolean forward, boolean byCharacter) {
        int end = byCharacter ? clamp(text, this.end + (forward ? 1 : -1))
                : forward ? nextWordEnd(text, this.end) : previousWordEnd(text, this.end);
        return end <= start ? this : new WordSelection(start, end);
    }

    /** This selection with its start moved by one word (or one character) forward or back. */
    public WordSelection moveStart(CodePointIndex text, boolean forward, boolean byCharacter) {
        int start = byCharacter ? clamp(text, this.start + (forward ? 1 : -1))
                : forward ? nextWordStart(text, this.start) : previousWordStart(text, this.start);
        return start >= end ? this : new WordSelection(start, end);
    }

    private static int nextWordEnd(CodePointIndex text, int from) {
        int at = from;
        while (at < text.length() && !isWord(text, at)) {
            at++;
        }
        while (at < text.length() && isWord(text, at)) {
            at++;
        }
        return at;
    }

    private static int previousWordEnd(CodePointIndex text, int from) {
        int at = from;
        while (at > 0 && isWord(text, at - 1)) {
            at--;
        }
        while (at > 0 && !isWord(text, at - 1)) {
            at--;
        }
        return at;
    }

    private static int nextWordStart(CodePointIndex text, int from) {
        int at = from;
        while (at < text.length() && isWord(text, at)) {
            at++;
        }
        while (at < text.length() && !isWord(text, at)) {
            at++;
        }
        return at;
    }

    private static int previousWordStart(CodePointIndex text, int from) {
        int at = from;
        while (at > 0 && !isWord(text, at - 1)) {
            at--;
        }
        while (at > 0 && isWord(text, at - 1)) {
            at--;
        }
        return at;
    }

    /** Letters and digits, and an apostrophe or hyphen between two of them ("Kyiv’s", "co-operate"). */
    private static boolean isWord(CodePointIndex text, int offset) {
        int c = codePoint(text, offset);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-' || c == '‑';
        return joiner && offset > 0 && offset + 1 < text.length()
                && Character.isLetterOrDigit(codePoint(text, offset - 1))
                && Character.isLetterOrDigit(codePoint(text, offset + 1));
    }

    private static int codePoint(CodePointIndex text, int offset) {
        return text.text().codePointAt(text.charIndex(offset));
    }

    private static int clamp(CodePointIndex text, int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
