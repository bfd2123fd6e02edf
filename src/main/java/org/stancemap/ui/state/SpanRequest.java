package org.stancemap.ui.state;

import org.stancemap.model.Span;

/**
 * A request to show a span in the article. The serial makes asking twice for the same span a new
 * request, so the reader scrolls and flashes again.
 */
public record SpanRequest(Span span, long serial) {
}
