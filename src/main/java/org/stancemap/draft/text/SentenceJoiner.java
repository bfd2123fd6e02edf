package org.stancemap.draft.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Mends the sentence model's splits that break a sentence in two: after a title ("Sen.", "Mrs."),
 * after an initial ("James B."), and before a part that cannot open a sentence (a lower-case word
 * or a comma: "“Enough!” said the mayor", "Jane Doe, R-Ky., told …").
 */
final class SentenceJoiner {

    private SentenceJoiner() {
    }

    static List<Span> join(List<Span> spans, String paragraph) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (endsOnTitleOrInitial(paragraph, last) || cannotOpen(paragraph, span)) {
                    out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }

    private static boolean endsOnTitleOrInitial(String text, Span span) {
        int end = span.getEnd();
        while (end > span.getStart() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= span.getStart() || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > span.getStart() && !Character.isWhitespace(text.charAt(start - 1))
                && text.charAt(start - 1) != '(' && !isQuote(text.charAt(start - 1))) {
            start--;
        }
        return Abbreviations.beforeName(text.substring(start, end - 1));
    }

    private static boolean cannotOpen(String text, Span span) {
        int k = span.getStart();
        while (k < span.getEnd() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= span.getEnd()) {
            return false;
        }
        char c = text.charAt(k);
        return Character.isLowerCase(c) || c == ',' || c == ';' || c == ')';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’';
    }
}
