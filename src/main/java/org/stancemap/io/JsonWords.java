package org.stancemap.io;

import com.google.gson.stream.JsonToken;
import java.util.Locale;

/** JSON's kinds of value in words a reader of a message understands. */
public final class JsonWords {

    private JsonWords() {
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)");

    /** Gson's syntax messages speak to programmers; this keeps only where the problem is. */
    public static String syntaxProblem(String gsonMessage) {
        java.util.regex.Matcher m = AT.matcher(gsonMessage == null ? "" : gsonMessage);
        return m.find() ? "it is not valid JSON near line " + m.group(1) + ", column " + m.group(2)
                : "it is not valid JSON";
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
