package org.stancemap.model;

/** A verbatim span of the article that states a position, and how the article delivers it. */
public record Quote(Span span, Delivery delivery) {

    public String text() {
        return span.text();
    }
}
