package org.stancemap.draft.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces an inflected English verb ("warned", "denies", "arguing", "told") to the base form it
 * has in a given list of verbs, or null when it is no form of any of them. Regular endings are
 * undone by rule (-s, -es, -ies, -ed, -ied, -ing, with a doubled last consonant or a dropped e);
 * the irregular past forms of verbs of saying and thinking come from a table. Knowing the list
 * decides between the candidates ("hoped" is "hope", not "hop"), which is all the engine needs
 * lemmas for.
 */
public final class VerbForms {

    private VerbForms() {
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("said", "say"),
            Map.entry("told", "tell"), Map.entry("thought", "think"), Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("knew", "know"), Map.entry("known", "know"),
            Map.entry("found", "find"), Map.entry("sought", "seek"), Map.entry("shown", "show"),
            Map.entry("felt", "feel"), Map.entry("saw", "see"), Map.entry("seen", "see"),
            Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("meant", "mean"),
            Map.entry("held", "hold"), Map.entry("foresaw", "foresee"), Map.entry("foreseen", "foresee"),
            Map.entry("forecast", "forecast"), Map.entry("swore", "swear"), Map.entry("sworn", "swear"),
            Map.entry("taught", "teach"), Map.entry("understood", "understand"), Map.entry("heard", "hear"),
            Map.entry("bet", "bet"), Map.entry("put", "put"), Map.entry("gave", "give"), Map.entry("given", "give"));

    /** The base form of {@code word} that {@code verbs} holds, or null. */
    public static String baseIn(String word, Set<String> verbs) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (verbs.contains(lower)) {
            return lower;
        }
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return verbs.contains(irregular) ? irregular : null;
        }
        for (String candidate : candidates(lower)) {
            if (verbs.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The base forms a regular inflection could come from, likeliest first. */
    static String[] candidates(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ing")) {
            String base = word.substring(0, n - 3);
            return new String[] {base, base + "e", undouble(base), base.endsWith("y") ? base : base + "ie"};
        }
        if (n > 3 && word.endsWith("ied")) {
            return new String[] {word.substring(0, n - 3) + "y"};
        }
        if (n > 3 && word.endsWith("ed")) {
            String base = word.substring(0, n - 2);
            return new String[] {base, base + "e", undouble(base), word.substring(0, n - 1)};
        }
        if (n > 3 && word.endsWith("ies")) {
            return new String[] {word.substring(0, n - 3) + "y", word.substring(0, n - 1)};
        }
        if (n > 3 && word.endsWith("es")) {
            return new String[] {word.substring(0, n - 2), word.substring(0, n - 1)};
        }
        if (n > 2 && word.endsWith("s") && !word.endsWith("ss")) {
            return new String[] {word.substring(0, n - 1)};
        }
        return new String[0];
    }

    private static String undouble(String base) {
        int n = base.length();
        return n > 2 && base.charAt(n - 1) == base.charAt(n - 2) ? base.substring(0, n - 1) : base;
    }
}
