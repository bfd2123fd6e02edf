package org.stancemap.draft.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits what the tokenizer model leaves joined but the later stages need apart: a possessive
 * ("Ukraine's" → "Ukraine" + "'s"), words joined by a dash ("security—a"), and quotation marks
 * glued to a word.
 */
final class TokenSplitter {

    private TokenSplitter() {
    }

    static Span[] split(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 8);
        for (Span span : spans) {
            splitOne(span.getStart(), span.getEnd(), text, out);
        }
        return joinAbbreviations(joinSurrogatePairs(out, text), text).toArray(Span[]::new);
    }

    private static void splitOne(int start, int end, String text, List<Span> out) {
        if (end <= start) {
            return;
        }
        if (end - start == 1) {
            out.add(new Span(start, end));
            return;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                splitOne(start, i, text, out);
                out.add(new Span(i, i + 2));
                splitOne(i + 2, end, text, out);
                return;
            }
            if (isQuote(c) || c == '—' || c == '–') {
                splitOne(start, i, text, out);
                out.add(new Span(i, i + 1));
                splitOne(i + 1, end, text, out);
                return;
            }
        }
        int possessive = possessiveStart(start, end, text);
        if (possessive > start) {
            out.add(new Span(start, possessive));
            out.add(new Span(possessive, end));
            return;
        }
        out.add(new Span(start, end));
    }

    private static int possessiveStart(int start, int end, String text) {
        if (end - start > 2 && Character.toLowerCase(text.charAt(end - 1)) == 's' && isApostrophe(text.charAt(end - 2))) {
            return end - 2;
        }
        return -1;
    }

    /** A token never ends between the two halves of one character (an emoji, say). */
    private static List<Span> joinSurrogatePairs(List<Span> spans, String text) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int start = span.getStart();
            boolean splitsPair = start > 0 && Character.isHighSurrogate(text.charAt(start - 1))
                    && Character.isLowSurrogate(text.charAt(start));
            if (splitsPair && !out.isEmpty() && out.get(out.size() - 1).getEnd() == start) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** "Sen" + "." → "Sen.", "B" + "." → "B." when a name follows: the title and initial stay words. */
    private static List<Span> joinAbbreviations(List<Span> spans, String text) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            boolean period = span.length() == 1 && text.charAt(span.getStart()) == '.' && i + 1 < spans.size();
            if (period && !out.isEmpty()) {
                Span previous = out.get(out.size() - 1);
                if (previous.getEnd() == span.getStart()
                        && Abbreviations.beforeName(text.substring(previous.getStart(), previous.getEnd()))) {
                    out.set(out.size() - 1, new Span(previous.getStart(), span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
