package org.stancemap.io.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.io.Wording;

/**
 * The one reader of JSON the app writes and people edit: explainers, settings, notes and kiosk
 * configs. Strict RFC 8259 JSON (no comments, no single quotes, no trailing commas), read without
 * recursion up to a nesting limit. It remembers where each value starts and which keys appear twice,
 * and says what is wrong in words for the person who wrote the file, at the character where reading
 * stopped and with the JSON path of the value being read.
 */
public final class StrictJson {

    /** Positions are a convenience for messages; past this many values they are no longer recorded. */
    private static final int MAX_RECORDED_POSITIONS = 200_000;
    /** Paths repeat every key above a value, so their total length is capped as well as their number. */
    private static final long MAX_RECORDED_PATH_CHARS = 8_000_000;
    /** Nobody reads more reports of duplicate keys than this. */
    private static final int MAX_DUPLICATES = 1_000;
    private static final int MAX_QUOTED = 24;

    private final String text;
    private final int maxDepth;
    private final Map<String, JsonPosition> positions = new HashMap<>();
    private final List<String> duplicates = new ArrayList<>();
    private long recordedChars;
    private int at;
    private int line = 1;
    private int lineStart;

    /** An open object or list; its path is built only when needed, since a path can be long. */
    private static final class Frame {
        final JsonElement container;
        final Frame parent;
        final String segment;
        private String path;

        Frame(JsonElement container, Frame parent, String segment) {
            this.container = container;
            this.parent = parent;
            this.segment = segment;
        }

        String path() {
            if (path == null) {
                path = pathOf(parent, segment);
            }
            return path;
        }
    }

    private StrictJson(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    /**
     * Reads {@code text} (a leading byte order mark is skipped) as one JSON value whose objects and
     * lists nest at most {@code maxDepth} deep.
     */
    public static JsonDocument parse(String text, int maxDepth) throws JsonSyntaxError {
        return new StrictJson(text, maxDepth).document();
    }

    private static String pathOf(Frame parent, String segment) {
        return parent == null ? segment : parent.path() + segment;
    }

    private JsonDocument document() throws JsonSyntaxError {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            at = 1;
            lineStart = 1;
        }
        skipSpace();
        if (at >= text.length()) {
            throw error("json.empty", "$");
        }
        Deque<Frame> stack = new ArrayDeque<>();
        JsonElement root = null;
        Frame parent = null;
        String segment = "$";
        String key = null;
        while (true) {
            // A value at parent + segment (under key in an object).
            skipSpace();
            String path = null;
            if (positions.size() < MAX_RECORDED_POSITIONS && recordedChars < MAX_RECORDED_PATH_CHARS) {
                path = pathOf(parent, segment);
                recordedChars += path.length();
                positions.putIfAbsent(path, here());
            }
            JsonElement value = value(parent, segment);
            if (parent == null) {
                root = value;
            } else if (parent.container instanceof JsonObject object) {
                if (object.has(key)) {
                    if (duplicates.size() < MAX_DUPLICATES) {
                        duplicates.add(path != null ? path : pathOf(parent, segment));
                    }
                } else {
                    object.add(key, value);
                }
            } else {
                parent.container.getAsJsonArray().add(value);
            }
            if (value.isJsonObject() || value.isJsonArray()) {
                if (stack.size() >= maxDepth) {
                    at--;
                    throw error("json.tooDeep", pathOf(parent, segment), maxDepth);
                }
                Frame opened = new Frame(value, parent, segment);
                stack.push(opened);
                skipSpace();
                char close = value.isJsonObject() ? '}' : ']';
                if (at < text.length() && text.charAt(at) == close) {
                    at++;
                    stack.pop();
                } else {
                    parent = opened;
                    if (value.isJsonObject()) {
                        key = key(opened);
                        segment = "." + key;
                    } else {
                        segment = "[0]";
                    }
                    continue;
                }
            }
            // After a value: a comma and the next one, or the end of what holds it.
            Frame next = null;
            while (!stack.isEmpty()) {
                Frame open = stack.peek();
                boolean object = open.container.isJsonObject();
                skipSpace();
                if (at >= text.length()) {
                    throw error("json.endsEarly", open.path());
                }
                char c = text.charAt(at);
                if (c == ',') {
                    at++;
                    skipSpace();
                    if (at < text.length() && text.charAt(at) == (object ? '}' : ']')) {
                        throw error("json.trailingComma", open.path(), found());
                    }
                    next = open;
                    break;
                }
                if (c == (object ? '}' : ']')) {
                    at++;
                    stack.pop();
                    continue;
                }
                throw error(object ? "json.objectNext" : "json.listNext", open.path(), found());
            }
            if (next == null) {
                skipSpace();
                if (at < text.length()) {
                    throw error("json.moreText", "$");
                }
                return new JsonDocument(root, positions, duplicates);
            }
            parent = next;
            if (next.container.isJsonObject()) {
                key = key(next);
                segment = "." + key;
            } else {
                segment = "[" + next.container.getAsJsonArray().size() + "]";
            }
        }
    }

    /** Reads a scalar, or opens an object or list (left empty: the caller fills it). */
    private JsonElement value(Frame parent, String segment) throws JsonSyntaxError {
        if (at >= text.length()) {
            throw error("json.endsEarly", pathOf(parent, segment));
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> {
                at++;
                return new JsonObject();
            }
            case '[' -> {
                at++;
                return new JsonArray();
            }
            case '"' -> {
                return new JsonPrimitive(string(parent, segment));
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number(parent, segment);
                }
                String word = word();
                switch (word) {
                    case "true" -> {
                        at += 4;
                        return new JsonPrimitive(true);
                    }
                    case "false" -> {
                        at += 5;
                        return new JsonPrimitive(false);
                    }
                    case "null" -> {
                        at += 4;
                        return JsonNull.INSTANCE;
                    }
                    default -> throw error("json.expectedValue", pathOf(parent, segment), found());
                }
            }
        }
    }

    /** A key and its colon; the reader stands before the key's opening quotation mark (or what is there instead). */
    private String key(Frame object) throws JsonSyntaxError {
        skipSpace();
        if (at >= text.length()) {
            throw error("json.endsEarly", object.path());
        }
        if (text.charAt(at) != '"') {
            throw error("json.expectedKey", object.path(), found());
        }
        String key = string(object, "");
        skipSpace();
        if (at >= text.length() || text.charAt(at) != ':') {
            throw error("json.missingColon", object.path() + "." + key, quoted(key));
        }
        at++;
        return key;
    }

    private String string(Frame parent, String segment) throws JsonSyntaxError {
        int open = at;
        at++;
        StringBuilder out = null;
        int runStart = at;
        while (true) {
            if (at >= text.length()) {
                at = open;
                throw error("json.unterminatedString", pathOf(parent, segment));
            }
            char c = text.charAt(at);
            if (c == '"') {
                String value = out == null ? text.substring(runStart, at) : out.append(text, runStart, at).toString();
                at++;
                return value;
            }
            if (c == '\n' || c == '\r') {
                at = open;
                throw error("json.lineBreakInText", pathOf(parent, segment));
            }
            if (c < 0x20) {
                throw error("json.controlCharacter", pathOf(parent, segment), String.format("%04X", (int) c));
            }
            if (c != '\\') {
                at++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(text, runStart, at);
            if (at + 1 >= text.length()) {
                at = open;
                throw error("json.unterminatedString", pathOf(parent, segment));
            }
            char escaped = text.charAt(at + 1);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int code = at + 6 <= text.length() ? hex(text.substring(at + 2, at + 6)) : -1;
                    if (code < 0) {
                        throw error("json.badUnicodeEscape", pathOf(parent, segment));
                    }
                    out.append((char) code);
                    at += 4;
                }
                default -> throw error("json.badEscape", pathOf(parent, segment), printable(escaped));
            }
            at += 2;
            runStart = at;
        }
    }

    private static int hex(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** A number as JSON writes it: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private JsonElement number(Frame parent, String segment) throws JsonSyntaxError {
        int start = at;
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        String token = text.substring(start, end);
        if (!isJsonNumber(token)) {
            throw error("json.badNumber", pathOf(parent, segment), quoted(token));
        }
        try {
            JsonPrimitive number = new JsonPrimitive(new BigDecimal(token));
            at = end;
            return number;
        } catch (NumberFormatException e) {
            throw error("json.numberTooLarge", pathOf(parent, segment), abbreviate(token));
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_';
    }

    static boolean isJsonNumber(String token) {
        int i = 0;
        int n = token.length();
        if (i < n && token.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (token.charAt(i) == '0') {
            i++;
        } else if (token.charAt(i) >= '1' && token.charAt(i) <= '9') {
            while (i < n && isDigit(token.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i < n && token.charAt(i) == '.') {
            i++;
            int digits = i;
            while (i < n && isDigit(token.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return false;
            }
        }
        if (i < n && (token.charAt(i) == 'e' || token.charAt(i) == 'E')) {
            i++;
            if (i < n && (token.charAt(i) == '+' || token.charAt(i) == '-')) {
                i++;
            }
            int digits = i;
            while (i < n && isDigit(token.charAt(i))) {
                i++;
            }
            if (i == digits) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The letters and digits from here: what a bare word (True, undefined, NaN) says. */
    private String word() {
        int end = at;
        while (end < text.length() && end - at <= MAX_QUOTED && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    /** What stands where a value, key or comma was expected, in words. */
    private String found() {
        if (at >= text.length()) {
            return Wording.get("json.found.end");
        }
        String word = word();
        if (!word.isEmpty()) {
            return quoted(word);
        }
        char c = text.charAt(at);
        if (c == '\'') {
            return Wording.get("json.found.singleQuote");
        }
        return quoted(printable(c));
    }

    private static String printable(char c) {
        return c < 0x20 || Character.isWhitespace(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private static String quoted(String text) {
        return "“" + abbreviate(text) + "”";
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED - 1) + "…";
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                lineStart = at + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private JsonPosition here() {
        return new JsonPosition(line, at - lineStart + 1);
    }

    private JsonSyntaxError error(String key, String path, Object... args) {
        return new JsonSyntaxError(Wording.format(key, args), here(), path);
    }
}
