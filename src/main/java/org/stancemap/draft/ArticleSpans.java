package org.stancemap.draft;

import java.util.Optional;
import org.stancemap.model.Span;

/**
 * Turns ranges in Java string indexes (what the analyser reports) into the format's spans in code
 * points, trimmed to the words themselves: no surrounding spaces, quotation marks or trailing
 * commas, never half of a surrogate pair. Ranges outside the text give nothing.
 */
final class ArticleSpans {

    private static final String QUOTE_MARKS = "\"'“”‘’„‟«»‹›「」";
    private static final String TRAILING = ",;:";
    static final int MAX_SENTENCE = 2000;

    private final String text;
    /** String indexes of the second halves of surrogate pairs: each makes two chars one code point. */
    private final int[] lowSurrogates;
    /** String index where each line starts, and the paragraph number (¶) of that line. */
    private final int[] lineStarts;
    private final int[] lineParagraphs;

    ArticleSpans(String text) {
        this.text = text;
        this.lowSurrogates = java.util.stream.IntStream.range(1, text.length())
                .filter(i -> Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1)))
                .toArray();
        java.util.List<int[]> lines = new java.util.ArrayList<>();
        int number = 0;
        int lineStart = 0;
        while (true) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                number++;
            }
            lines.add(new int[] {lineStart, Math.max(number, 1)});
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        this.lineStarts = lines.stream().mapToInt(l -> l[0]).toArray();
        this.lineParagraphs = lines.stream().mapToInt(l -> l[1]).toArray();
    }

    String text() {
        return text;
    }

    Optional<Span> words(TextRange range) {
        return words(range.start(), range.end());
    }

    Optional<Span> words(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return Optional.empty();
        }
        int from = start;
        int to = end;
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            char first = text.charAt(from);
            char last = text.charAt(to - 1);
            if (Character.isWhitespace(first) || Character.isSpaceChar(first) || QUOTE_MARKS.indexOf(first) >= 0) {
                from++;
                changed = true;
            } else if (Character.isWhitespace(last) || Character.isSpaceChar(last) || QUOTE_MARKS.indexOf(last) >= 0
                    || TRAILING.indexOf(last) >= 0) {
                to--;
                changed = true;
            }
        }
        if (from < to && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (from < to && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        if (from >= to || to > text.length()) {
            return Optional.empty();
        }
        return Optional.of(new Span(codePoint(from), codePoint(to), text.substring(from, to)));
    }

    int codePoint(int index) {
        int pairsBefore = java.util.Arrays.binarySearch(lowSurrogates, index);
        return index - (pairsBefore >= 0 ? pairsBefore : -pairsBefore - 1);
    }

    /** The paragraph number (from 1, counting non-empty paragraphs, as the app does) holding the string index. */
    int paragraphAt(int index) {
        int line = java.util.Arrays.binarySearch(lineStarts, index);
        return lineParagraphs[line >= 0 ? line : Math.max(0, -line - 2)];
    }

    /**
     * String indexes [start, end) of the sentence around {@code index}, within its paragraph and at
     * most {@link #MAX_SENTENCE} characters either side (text without full stops has no sentences).
     */
    int[] sentenceAround(int index) {
        int at = Math.max(0, Math.min(index, text.length()));
        int start = at;
        while (start > 0 && at - start < MAX_SENTENCE && text.charAt(start - 1) != '\n' && !sentenceEndsBefore(start)) {
            start--;
        }
        int end = at;
        while (end < text.length() && end - at < MAX_SENTENCE && text.charAt(end) != '\n') {
            end++;
            if (sentenceEndsBefore(end)) {
                break;
            }
        }
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return new int[] {Math.min(start, end), end};
    }

    /** True when a sentence ends just before {@code index}: ". " with the space at index - 1. */
    private boolean sentenceEndsBefore(int index) {
        if (index < 2 || !Character.isWhitespace(text.charAt(index - 1))) {
            return false;
        }
        int i = index - 2;
        while (i > 0 && QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** Up to {@code count} whole words from the start of {@code words}, exactly as written. */
    static String firstWords(String words, int count) {
        int seen = 0;
        boolean inWord = false;
        for (int i = 0; i < words.length(); i++) {
            boolean space = Character.isWhitespace(words.charAt(i));
            if (!space && !inWord) {
                seen++;
                if (seen > count) {
                    return words.substring(0, i).strip();
                }
            }
            inWord = !space;
        }
        return words;
    }
}
