package org.stancemap.io;

import com.google.gson.stream.JsonToken;
import java.util.Locale;

/** JSON's kinds of value in words a reader of a message understands. */
public final class JsonWords {

    private JsonWords() {
    }

    public static String describe(JsonToken token) {
        return switch (token) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case BEGIN_ARRAY -> "a list";
            case BEGIN_OBJECT -> "an object";
            default -> token.toString().toLowerCase(Locale.ROOT);
        };
    }
}
