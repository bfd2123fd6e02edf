package org.stancemap.draft;

/** A stretch of the article text in Java string indexes (UTF-16 units), end exclusive. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
