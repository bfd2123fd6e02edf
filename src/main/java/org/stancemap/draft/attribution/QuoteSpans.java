package org.stancemap.draft.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.draft.TextRange;

/**
 * The stretches of an article inside quotation marks, marks included. Curly quotes pair by
 * direction; straight quotes pair in turn within a paragraph. A quote left open at the end of a
 * paragraph ends there (news style reopens it in the next paragraph).
 */
public final class QuoteSpans {

    private final List<TextRange> spans;

    private QuoteSpans(List<TextRange> spans) {
        this.spans = List.copyOf(spans);
    }

    public static QuoteSpans of(String text) {
        List<TextRange> spans = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && i - open > 1) {
                    spans.add(new TextRange(open, i));
                }
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"' || c == '„' || c == '«')) {
                open = i;
                opener = c;
            } else if (open >= 0 && closes(opener, c)) {
                spans.add(new TextRange(open, i + 1));
                open = -1;
            } else if (open >= 0 && c == '“' && opener == '“') {
                open = i;
            }
        }
        if (open >= 0 && text.length() - open > 1) {
            spans.add(new TextRange(open, text.length()));
        }
        return new QuoteSpans(spans);
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '"' -> c == '"';
            case '«' -> c == '»';
            default -> c == '”';
        };
    }

    public List<TextRange> all() {
        return spans;
    }

    /** The quote that holds this offset, if any. */
    public Optional<TextRange> around(int offset) {
        for (TextRange span : spans) {
            if (span.start() <= offset && offset < span.end()) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }

    /** The quote that starts at this offset, if any. */
    public Optional<TextRange> startingAt(int offset) {
        return spans.stream().filter(s -> s.start() == offset).findFirst();
    }

    /** The quote that ends at this offset (after its closing mark), if any. */
    public Optional<TextRange> endingAt(int offset) {
        return spans.stream().filter(s -> s.end() == offset).findFirst();
    }

    public boolean inside(int offset) {
        return around(offset).filter(s -> s.start() < offset).isPresent();
    }
}
