package org.stancemap.io;

import org.stancemap.model.Span;

/** Slices the article by code point offsets, which is how explainer files address it. */
final class ArticleText {

    private final String text;
    private final int length;
    private final boolean simple;

    ArticleText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        this.simple = length == text.length();
    }

    int length() {
        return length;
    }

    boolean inRange(Span span) {
        return span.start() >= 0 && span.end() <= length && span.start() < span.end();
    }

    String slice(Span span) {
        if (simple) {
            return text.substring(span.start(), span.end());
        }
        int from = text.offsetByCodePoints(0, span.start());
        int to = text.offsetByCodePoints(from, span.end() - span.start());
        return text.substring(from, to);
    }
}
