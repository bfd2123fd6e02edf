package org.stancemap.store;

import org.stancemap.io.Wording;
import org.stancemap.io.json.JsonPosition;
import org.stancemap.io.json.JsonSyntaxError;

/** What is wrong with the content of one of the user's files, and where, said for the reader of a message. */
final class Damage extends Exception {

    private final JsonPosition position;
    private final String path;

    Damage(String message) {
        this(message, JsonPosition.UNKNOWN, "");
    }

    Damage(String message, JsonPosition position, String path) {
        super(message, null, false, false);
        this.position = position;
        this.path = path;
    }

    static Damage of(JsonSyntaxError e) {
        return new Damage(e.getMessage(), e.position(), e.path());
    }

    /** "line 3, column 16, $.textScale: “textScale” is 9, outside 50–200", or the bare message if it has no place. */
    String describe() {
        if (!position.isKnown()) {
            return getMessage();
        }
        if (path.isEmpty() || path.equals("$")) {
            return Wording.format("store.damage.at", position.line(), position.column(), getMessage());
        }
        return Wording.format("store.damage.atPath", position.line(), position.column(), path, getMessage());
    }
}
