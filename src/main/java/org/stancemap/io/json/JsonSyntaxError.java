package org.stancemap.io.json;

/**
 * The text is not well-formed JSON. The message is a sentence for the person who wrote the file;
 * line and column point at the character where reading stopped; the path names the value being
 * read there ({@code $} at the top).
 */
public final class JsonSyntaxError extends Exception {

    private final JsonPosition position;
    private final String path;

    public JsonSyntaxError(String message, JsonPosition position, String path) {
        super(message, null, false, false);
        this.position = position;
        this.path = path;
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    public JsonPosition position() {
        return position;
    }

    /** The message with the path of the value it concerns, unless that is the whole document. */
    public String messageWithPath() {
        return path.isEmpty() || path.equals("$") ? getMessage()
                : getMessage() + " " + org.stancemap.io.Wording.format("json.inside", path);
    }

    /** The JSON path of the value being read when reading stopped. */
    public String path() {
        return path;
    }
}
