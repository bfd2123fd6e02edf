package org.stancemap.model;

import java.util.Arrays;

/**
 * Converts between code point offsets (how explainer files address the article) and Java string
 * indexes (UTF-16 units) in logarithmic time. Built once per text in one pass, it records where
 * the characters outside the Basic Multilingual Plane (emoji, some CJK) sit, the only ones that
 * take two string indexes. Counting code points from the start of the text for every quote made
 * checking an explainer quadratic as soon as its article held one emoji.
 */
public final class CodePointIndex {

    private final String text;
    private final int length;
    /** String index of the high surrogate of each surrogate pair, in order. */
    private final int[] pairAt;
    /** Code point offset of each surrogate pair, in order. */
    private final int[] pairOffset;

    private CodePointIndex(String text, int[] pairAt) {
        this.text = text;
        this.pairAt = pairAt;
        this.pairOffset = new int[pairAt.length];
        for (int i = 0; i < pairAt.length; i++) {
            pairOffset[i] = pairAt[i] - i;
        }
        this.length = text.length() - pairAt.length;
    }

    public static CodePointIndex of(String text) {
        int[] pairs = new int[16];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == pairs.length) {
                    pairs = Arrays.copyOf(pairs, count * 2);
                }
                pairs[count++] = i++;
            }
        }
        return new CodePointIndex(text, Arrays.copyOf(pairs, count));
    }

    public String text() {
        return text;
    }

    /** The number of code points, as {@code text.codePointCount(0, text.length())}. */
    public int length() {
        return length;
    }

    /** Whether every code point is one string index (no surrogate pairs). */
    public boolean isSimple() {
        return pairAt.length == 0;
    }

    /**
     * The string index of the code point at {@code offset} (0 to {@link #length()}), as
     * {@code text.offsetByCodePoints(0, offset)}.
     */
    public int charIndex(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("code point offset " + offset + " outside 0.." + length);
        }
        return offset + countBelow(pairOffset, offset);
    }

    /**
     * The number of code points before string index {@code index} (0 to the text's length), as
     * {@code text.codePointCount(0, index)}.
     */
    public int codePointOffset(int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("string index " + index + " outside 0.." + text.length());
        }
        // A pair counts as one code point once both its halves are before the index.
        return index - countBelow(pairAt, index - 1);
    }

    /** The text between two code point offsets (end exclusive). */
    public String slice(int start, int end) {
        return text.substring(charIndex(start), charIndex(end));
    }

    /** How many of the sorted {@code values} are below {@code limit}. */
    private static int countBelow(int[] values, int limit) {
        int found = Arrays.binarySearch(values, limit);
        return found >= 0 ? found : -found - 1;
    }
}
