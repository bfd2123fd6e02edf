package org.stancemap.tour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.stancemap.io.Wording;

/**
 * Which keys trigger which presenter action. A key is either a JavaFX KeyCode name ({@code PAGE_DOWN},
 * {@code N}) or, in double quotes, the text a key types ({@code "."}), so a clicker that sends a
 * different key code on another keyboard layout still works.
 *
 * <p>The string form lists actions separated by semicolons, each with its keys separated by commas:
 * <pre>next=PAGE_DOWN,RIGHT,DOWN,SPACE,ENTER,N; previous=PAGE_UP,LEFT,UP,BACK_SPACE,P; first=HOME;
 * last=END; black=B,"."; white=W,","; exit=ESCAPE; console=C</pre>
 * Inside quotes, {@code \"} and {@code \\} stand for a quote and a backslash. Action names and key code
 * names are case-insensitive. A blank text means the defaults. Digits cannot be bound: typing a number
 * and Enter jumps to that step.
 */
public final class PresenterKeyMap {

    /** One binding: a key code name, or a typed text. */
    public record Key(String code, String text) {
        public Key {
            if ((code == null) == (text == null)) {
                throw new IllegalArgumentException("a key is either a code or a text");
            }
        }

        public static Key code(String name) {
            return new Key(name, null);
        }

        public static Key text(String text) {
            return new Key(null, text);
        }

        public boolean isText() {
            return text != null;
        }

        String format() {
            if (code != null) {
                return code;
            }
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    private static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DIGIT_CODE = Pattern.compile("(DIGIT|NUMPAD)[0-9]");

    private final Map<PresenterAction, List<Key>> keys;

    private PresenterKeyMap(Map<PresenterAction, List<Key>> keys) {
        EnumMap<PresenterAction, List<Key>> copy = new EnumMap<>(PresenterAction.class);
        for (PresenterAction a : PresenterAction.values()) {
            copy.put(a, List.copyOf(keys.getOrDefault(a, List.of())));
        }
        this.keys = Collections.unmodifiableMap(copy);
    }

    public static PresenterKeyMap defaults() {
        Map<PresenterAction, List<Key>> m = new EnumMap<>(PresenterAction.class);
        m.put(PresenterAction.NEXT, codes("PAGE_DOWN", "RIGHT", "DOWN", "SPACE", "ENTER", "N"));
        m.put(PresenterAction.PREVIOUS, codes("PAGE_UP", "LEFT", "UP", "BACK_SPACE", "P"));
        m.put(PresenterAction.FIRST, codes("HOME"));
        m.put(PresenterAction.LAST, codes("END"));
        m.put(PresenterAction.BLACK, List.of(Key.code("B"), Key.text(".")));
        m.put(PresenterAction.WHITE, List.of(Key.code("W"), Key.text(",")));
        m.put(PresenterAction.EXIT, codes("ESCAPE"));
        m.put(PresenterAction.CONSOLE, codes("C"));
        return new PresenterKeyMap(m);
    }

    private static List<Key> codes(String... names) {
        return Arrays.stream(names).map(Key::code).toList();
    }

    /**
     * Reads the string form (see the class comment). A blank text gives the defaults; actions left
     * out have no keys.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static PresenterKeyMap parse(String text) {
        if (text == null || text.isBlank()) {
            return defaults();
        }
        Map<PresenterAction, List<Key>> m = new EnumMap<>(PresenterAction.class);
        Map<Key, PresenterAction> owner = new LinkedHashMap<>();
        for (String part : split(text, ';', true)) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue; // tolerate "a=X;;b=Y" and a trailing semicolon
            }
            int eq = indexOutsideQuotes(entry, '=');
            if (eq < 0) {
                throw new IllegalArgumentException(Wording.format("keys.noEquals", entry));
            }
            String name = entry.substring(0, eq).strip();
            PresenterAction action = action(name, entry);
            if (m.containsKey(action)) {
                throw new IllegalArgumentException(Wording.format("keys.actionTwice", name));
            }
            List<Key> list = new ArrayList<>();
            String keyText = entry.substring(eq + 1);
            if (keyText.isBlank()) {
                throw new IllegalArgumentException(Wording.format("keys.noKeys", entry));
            }
            for (String raw : split(keyText, ',', false)) {
                Key key = key(raw.strip(), entry);
                PresenterAction previous = owner.putIfAbsent(key, action);
                if (previous != null) {
                    throw new IllegalArgumentException(Wording.format("keys.keyTwice", key.format(),
                            lower(previous), lower(action)));
                }
                list.add(key);
            }
            m.put(action, list);
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException(Wording.format("keys.noActions", text.strip()));
        }
        return new PresenterKeyMap(m);
    }

    private static PresenterAction action(String name, String entry) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException(Wording.format("keys.noAction", entry));
        }
        for (PresenterAction a : PresenterAction.values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException(Wording.format("keys.unknownAction", name, entry,
                Arrays.stream(PresenterAction.values()).map(PresenterKeyMap::lower)
                        .collect(Collectors.joining(", "))));
    }

    private static Key key(String raw, String entry) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException(Wording.format("keys.emptyKey", entry));
        }
        if (raw.startsWith("\"")) {
            if (raw.length() < 2 || !raw.endsWith("\"") || endsWithEscapedQuote(raw)) {
                throw new IllegalArgumentException(Wording.format("keys.unclosedQuote", raw, entry));
            }
            String text = unescape(raw.substring(1, raw.length() - 1), raw, entry);
            if (text.isEmpty()) {
                throw new IllegalArgumentException(Wording.format("keys.emptyQuoted", entry));
            }
            if (text.chars().anyMatch(Character::isDigit)) {
                throw new IllegalArgumentException(Wording.format("keys.digit", raw, entry));
            }
            return Key.text(text);
        }
        String code = raw.toUpperCase(Locale.ROOT);
        if (!CODE_NAME.matcher(code).matches()) {
            throw new IllegalArgumentException(Wording.format("keys.notAName", raw, entry));
        }
        if (DIGIT_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(Wording.format("keys.digit", code, entry));
        }
        return Key.code(code);
    }

    private static boolean endsWithEscapedQuote(String raw) {
        int backslashes = 0;
        for (int i = raw.length() - 2; i >= 1 && raw.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String unescape(String s, String raw, String entry) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= s.length() || (s.charAt(i + 1) != '"' && s.charAt(i + 1) != '\\')) {
                    throw new IllegalArgumentException(Wording.format("keys.backslash", raw, entry));
                }
                out.append(s.charAt(++i));
            } else if (c == '"') {
                throw new IllegalArgumentException(Wording.format("keys.quoteInQuotes", raw, entry));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits on {@code sep} outside double quotes. */
    private static List<String> split(String s, char sep, boolean checkClosed) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\' && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == sep && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted && checkClosed) {
            throw new IllegalArgumentException(Wording.format("keys.quoteNotClosed", s.strip()));
        }
        parts.add(cur.toString());
        return parts;
    }

    private static int indexOutsideQuotes(String s, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String lower(PresenterAction a) {
        return a.name().toLowerCase(Locale.ROOT);
    }

    /** The string form; {@code parse(format())} gives an equal map. */
    public String format() {
        return keys.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> lower(e.getKey()) + "="
                        + e.getValue().stream().map(Key::format).collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
    }

    /**
     * The action for a key event: first by its KeyCode name, then by the text it typed (which may be
     * empty or null). A single letter matches case-insensitively, so text "n" finds the key N.
     */
    public Optional<PresenterAction> actionFor(String keyCodeName, String text) {
        if (keyCodeName != null && !keyCodeName.isEmpty()) {
            for (Map.Entry<PresenterAction, List<Key>> e : keys.entrySet()) {
                for (Key k : e.getValue()) {
                    if (!k.isText() && k.code().equals(keyCodeName)) {
                        return Optional.of(e.getKey());
                    }
                }
            }
        }
        if (text != null && !text.isEmpty()) {
            for (Map.Entry<PresenterAction, List<Key>> e : keys.entrySet()) {
                for (Key k : e.getValue()) {
                    if (k.isText() ? matchesText(k.text(), text) : isLetter(k.code()) && k.code().equalsIgnoreCase(text)) {
                        return Optional.of(e.getKey());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matchesText(String bound, String typed) {
        return bound.equals(typed) || (isLetter(bound) && bound.equalsIgnoreCase(typed));
    }

    private static boolean isLetter(String s) {
        return s.length() == 1 && Character.isLetter(s.charAt(0));
    }

    /** The keys bound to {@code action}, in the order given. */
    public List<Key> keysFor(PresenterAction action) {
        return keys.get(action);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresenterKeyMap m && m.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keys);
    }

    @Override
    public String toString() {
        return format();
    }
}
