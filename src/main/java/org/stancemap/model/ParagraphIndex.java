package org.stancemap.model;

import java.util.Arrays;

/**
 * Where each paragraph of an article text starts and ends, in code points, for finding the
 * paragraph of an offset by binary search. Callers ask for the paragraph of every quote in turn,
 * so the index of the last text asked about is kept and reused while the text is the same.
 */
final class ParagraphIndex {

    private static volatile ParagraphIndex last;

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private ParagraphIndex(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static ParagraphIndex of(String text) {
        ParagraphIndex known = last;
        if (known != null && known.text == text) {
            return known;
        }
        ParagraphIndex built = build(text);
        last = built;
        return built;
    }

    private static ParagraphIndex build(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int codePoint = 0;
        int lineStart = 0;
        boolean blank = true;
        for (int i = 0; i <= text.length(); ) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!blank) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    starts[count] = lineStart;
                    ends[count] = codePoint;
                    count++;
                }
                codePoint++;
                lineStart = codePoint;
                blank = true;
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                blank = false;
            }
            i += Character.charCount(c);
            codePoint++;
        }
        return new ParagraphIndex(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** The number (from 1) of the paragraph holding the code point at {@code offset}, or 0. */
    int numberAt(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        int paragraph = at >= 0 ? at : -at - 2;
        return paragraph >= 0 && offset < ends[paragraph] ? paragraph + 1 : 0;
    }
}
