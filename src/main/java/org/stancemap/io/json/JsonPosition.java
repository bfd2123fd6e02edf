package org.stancemap.io.json;

/** Where something starts in a JSON text: 1-based line and column (in UTF-16 characters), or unknown. */
public record JsonPosition(int line, int column) {

    public static final JsonPosition UNKNOWN = new JsonPosition(0, 0);

    public boolean isKnown() {
        return line > 0;
    }
}
