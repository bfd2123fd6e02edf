package org.stancemap.explainer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses strict JSON into a Gson tree without recursion, remembering where each value starts and
 * which keys appear twice (Gson's own tree keeps the last duplicate silently).
 */
final class JsonTree {

    static final int MAX_DEPTH = 64;
    /** Positions are a convenience for messages; past this many values we stop recording them. */
    private static final int MAX_RECORDED_POSITIONS = 200_000;
    /** Paths repeat every key above a value, so their total length is capped as well as their number. */
    private static final long MAX_RECORDED_PATH_CHARS = 8_000_000;
    /** More duplicates than the collector will report are not worth keeping. */
    private static final int MAX_DUPLICATES = ProblemCollector.MAX_PROBLEMS + 1;
    private static final Pattern LOCATION = Pattern.compile("at line (\\d+) column (\\d+)");

    record Position(int line, int column) {
    }

    record Parsed(JsonElement root, Map<String, Position> positions, List<String> duplicateKeys) {
    }

    /** The text is not well-formed JSON; line and column say where the parser gave up. */
    static final class SyntaxError extends Exception {
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    /** An open object or list; its path is built only when needed, since a path can be long. */
    private static final class Frame {
        private final JsonElement container;
        private final Frame parent;
        private final String segment;
        private String path;

        Frame(JsonElement container, Frame parent, String segment) {
            this.container = container;
            this.parent = parent;
            this.segment = segment;
        }

        JsonElement container() {
            return container;
        }

        String path() {
            if (path == null) {
                path = pathOf(parent, segment);
            }
            return path;
        }
    }

    private static String pathOf(Frame parent, String segment) {
        return parent == null ? segment : parent.path() + segment;
    }

    private JsonTree() {
    }

    static Parsed parse(String text) throws SyntaxError {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(MAX_DEPTH);
        Map<String, Position> positions = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        JsonElement root = null;
        long recordedChars = 0;
        try {
            do {
                JsonToken token = reader.peek();
                if (token == JsonToken.END_OBJECT) {
                    reader.endObject();
                    stack.pop();
                    continue;
                }
                if (token == JsonToken.END_ARRAY) {
                    reader.endArray();
                    stack.pop();
                    continue;
                }
                Frame parent = stack.peek();
                String name = null;
                String segment;
                if (parent == null) {
                    segment = "$";
                } else if (parent.container() instanceof JsonObject) {
                    name = reader.nextName();
                    segment = "." + name;
                    token = reader.peek();
                } else {
                    segment = "[" + parent.container().getAsJsonArray().size() + "]";
                }
                String path = null;
                if (positions.size() < MAX_RECORDED_POSITIONS && recordedChars < MAX_RECORDED_PATH_CHARS) {
                    path = pathOf(parent, segment);
                    recordedChars += path.length();
                    positions.putIfAbsent(path, startOf(reader, token));
                }
                JsonElement value = readScalarOrOpen(reader, token);
                if (parent == null) {
                    root = value;
                } else if (parent.container() instanceof JsonObject object) {
                    if (object.has(name)) {
                        if (duplicates.size() < MAX_DUPLICATES) {
                            duplicates.add(path != null ? path : pathOf(parent, segment));
                        }
                    } else {
                        object.add(name, value);
                    }
                } else {
                    parent.container().getAsJsonArray().add(value);
                }
                if (value.isJsonObject() || value.isJsonArray()) {
                    stack.push(new Frame(value, parent, segment));
                }
            } while (!stack.isEmpty());
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw syntaxError(reader, "there is more text after the end of the JSON document");
            }
        } catch (SyntaxError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(reader, e);
        }
        return new Parsed(root, positions, duplicates);
    }

    private static JsonElement readScalarOrOpen(JsonReader reader, JsonToken token) throws IOException, SyntaxError {
        switch (token) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                return new JsonObject();
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                return new JsonArray();
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                String digits = reader.nextString();
                try {
                    return new JsonPrimitive(new BigDecimal(digits));
                } catch (NumberFormatException e) {
                    // Gson stands just past the number by now (a number never spans lines): point at its start.
                    Position after = locate(reader.toString());
                    int column = after.column() == Problem.UNKNOWN ? Problem.UNKNOWN
                            : Math.max(1, after.column() - digits.length());
                    throw new SyntaxError("the number " + abbreviate(digits) + " is too large to read", after.line(),
                            column);
                }
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw syntaxError(reader, "unexpected " + token.name().toLowerCase().replace('_', ' '));
        }
    }

    /** Gson reports the position just after what it peeked; step back to the value's first character. */
    private static Position startOf(JsonReader reader, JsonToken token) {
        Position after = locate(reader.toString());
        int back = switch (token) {
            case BEGIN_OBJECT, BEGIN_ARRAY, STRING -> 1;
            default -> 0;
        };
        return new Position(after.line(), Math.max(1, after.column() - back));
    }

    private static Position locate(String gsonMessage) {
        Matcher m = LOCATION.matcher(gsonMessage == null ? "" : gsonMessage);
        if (m.find()) {
            try {
                return new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (NumberFormatException ignored) {
                // falls through to the unknown position
            }
        }
        return new Position(Problem.UNKNOWN, Problem.UNKNOWN);
    }

    private static SyntaxError syntaxError(JsonReader reader, String message) {
        Position at = locate(reader.toString());
        return new SyntaxError(message, at.line(), offending(at.column()));
    }

    /** Gson's column is just after the character it stopped at; point at that character instead. */
    private static int offending(int column) {
        return column == Problem.UNKNOWN ? column : Math.max(1, column - 1);
    }

    private static SyntaxError translate(JsonReader reader, Exception e) {
        String raw = e.getMessage() == null ? "" : e.getMessage();
        Position at = locate(raw);
        if (at.line() == Problem.UNKNOWN) {
            at = locate(reader.toString());
        }
        return new SyntaxError(plainLanguage(raw), at.line(), offending(at.column()));
    }

    /** Turns Gson's parser messages into a sentence a teacher can act on. */
    static String plainLanguage(String gsonMessage) {
        String core = gsonMessage;
        int cut = core.indexOf(" at line ");
        if (cut >= 0) {
            core = core.substring(0, cut);
        }
        int see = core.indexOf("\nSee ");
        if (see >= 0) {
            core = core.substring(0, see);
        }
        String lower = core.toLowerCase();
        if (lower.contains("nesting limit")) {
            return "the file nests objects or lists more than " + MAX_DEPTH + " levels deep";
        }
        if (lower.contains("unterminated string")) {
            return "a text value is missing its closing quotation mark";
        }
        if (lower.contains("end of input")) {
            return "the file ends too early; a closing } or ] or a value is missing";
        }
        if (lower.contains("unterminated object") || lower.contains("expected name")) {
            return "something is wrong inside an object: expected a quoted key, a comma or a closing }";
        }
        if (lower.contains("unterminated array")) {
            return "something is wrong inside a list: expected a comma or a closing ]";
        }
        if (lower.contains("expected ':'")) {
            return "a colon (:) is missing after a key";
        }
        if (lower.contains("unescaped control character") || lower.contains("invalid escape")) {
            return "a text value contains a character that must be escaped (" + core + ")";
        }
        if (lower.contains("malformed json") || lower.contains("use jsonreader.setstrictness")
                || lower.contains("setlenient")) {
            return "this is not valid JSON here (check quotes, commas and brackets)";
        }
        return "this is not valid JSON: " + (core.isBlank() ? "unreadable text" : core);
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 20) + "…";
    }
}
