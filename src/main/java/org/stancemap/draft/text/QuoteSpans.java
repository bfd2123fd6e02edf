package org.stancemap.draft.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.stancemap.draft.TextRange;

/**
 * The stretches of an article inside quotation marks, marks included. Curly quotes pair by
 * direction; straight quotes pair in turn within a paragraph. A quote left open at the end of a
 * paragraph ends there (news style reopens it in the next paragraph).
 */
public final class QuoteSpans {

    /** In text order and never overlapping, as one quote at a time is open. */
    private final List<TextRange> spans;
    private final int[] starts;

    private QuoteSpans(List<TextRange> spans) {
        this.spans = List.copyOf(spans);
        this.starts = spans.stream().mapToInt(TextRange::start).toArray();
    }

    public static QuoteSpans of(String text) {
        List<TextRange> spans = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = markAt(text, i);
            if (text.charAt(i) == '\n') {
                if (open >= 0 && i - open > 1) {
                    spans.add(new TextRange(open, i));
                }
                open = -1;
            } else if (c == 0) {
                continue;
            } else if (open < 0 && (c == '“' || c == '"' || c == '„' || c == '«' || c == '\'')) {
                open = i;
                opener = c;
            } else if (open >= 0 && closes(opener, c)) {
                int end = i + (c == '\'' ? 2 : 1);
                spans.add(new TextRange(open, end));
                open = -1;
            } else if (open >= 0 && c == '“' && opener == '“') {
                open = i;
            }
            if (c == '\'') {
                i++;
            }
        }
        if (open >= 0 && text.length() - open > 1) {
            spans.add(new TextRange(open, text.length()));
        }
        return new QuoteSpans(spans);
    }

    /** The quotation mark at i, or 0; two apostrophes ('') stand for a straight double quote and read as '\''. */
    private static char markAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            return '\'';
        }
        return c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»' ? c : 0;
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '"' -> c == '"';
            case '\'' -> c == '\'';
            case '«' -> c == '»';
            default -> c == '”';
        };
    }

    public List<TextRange> all() {
        return spans;
    }

    /** The quote that holds this offset, if any. */
    public Optional<TextRange> around(int offset) {
        int last = lastStartingAtOrBefore(offset);
        return last >= 0 && offset < spans.get(last).end() ? Optional.of(spans.get(last)) : Optional.empty();
    }

    /** The quote that starts at this offset, if any. */
    public Optional<TextRange> startingAt(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? Optional.of(spans.get(at)) : Optional.empty();
    }

    /** The quote that ends at this offset (after its closing mark), if any. */
    public Optional<TextRange> endingAt(int offset) {
        int last = lastStartingAtOrBefore(offset - 1);
        return last >= 0 && spans.get(last).end() == offset ? Optional.of(spans.get(last)) : Optional.empty();
    }

    private int lastStartingAtOrBefore(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }

    public boolean inside(int offset) {
        return around(offset).filter(s -> s.start() < offset).isPresent();
    }
}
