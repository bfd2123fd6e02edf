package org.stancemap.explainer;

import org.stancemap.model.CodePointIndex;
import org.stancemap.model.Span;

/** Slices the article by code point offsets, which is how explainer files address it. */
final class ArticleText {

    private final CodePointIndex index;

    ArticleText(String text) {
        this.index = CodePointIndex.of(text);
    }

    int length() {
        return index.length();
    }

    boolean inRange(Span span) {
        return span.start() >= 0 && span.end() <= index.length() && span.start() < span.end();
    }

    String slice(Span span) {
        return index.slice(span.start(), span.end());
    }

    CodePointIndex index() {
        return index;
    }
}
