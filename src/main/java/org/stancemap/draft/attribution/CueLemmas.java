package org.stancemap.draft.attribution;

import java.util.Locale;
import java.util.Map;
import org.stancemap.draft.text.Token;

/** Decides whether a token is a cue, and its lemma, tolerating the tagger's slips ("warning"/NOUN). */
final class CueLemmas {

    private CueLemmas() {
    }

    /** The cue lemma of a verb token, or null when it is not a cue verb. */
    static String verbLemma(Token token) {
        String unambiguous = UNAMBIGUOUS.get(token.text().toLowerCase(Locale.ROOT));
        if (unambiguous != null) {
            return unambiguous;
        }
        String tag = token.tag();
        if (!tag.equals("VERB") && !tag.equals("NOUN") && !tag.equals("ADJ")) {
            return null;
        }
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        if (tag.equals("VERB") && Cues.VERBS.contains(lemma)) {
            return lemma;
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        if (!word.endsWith("ing") && !word.endsWith("ed") && !(tag.equals("VERB") && word.endsWith("s"))) {
            return null;
        }
        for (String candidate : stems(word)) {
            if (Cues.VERBS.contains(candidate) && !Cues.NOUNS.contains(word)) {
                return candidate;
            }
        }
        return null;
    }

    /** Forms that are verbs of saying whatever the tagger makes of them ("the admiral said/NOUN"). */
    private static final Map<String, String> UNAMBIGUOUS = Map.of("said", "say", "says", "say", "told", "tell",
            "tells", "tell");

    private static String[] stems(String word) {
        if (word.endsWith("ing")) {
            String base = word.substring(0, word.length() - 3);
            return new String[] {base, base + "e", undouble(base)};
        }
        if (word.endsWith("ed")) {
            String base = word.substring(0, word.length() - 2);
            return new String[] {base, base + "e", undouble(base), base.endsWith("i") ? base.substring(0, base.length() - 1) + "y" : base};
        }
        if (word.endsWith("es")) {
            return new String[] {word.substring(0, word.length() - 2), word.substring(0, word.length() - 1)};
        }
        return new String[] {word.substring(0, word.length() - 1)};
    }

    private static String undouble(String base) {
        int n = base.length();
        return n > 2 && base.charAt(n - 1) == base.charAt(n - 2) ? base.substring(0, n - 1) : base;
    }

    /** A noun such as "warning" after a possessive, followed by "that" or a colon. */
    static boolean isNominalCue(SentenceContext c, int i) {
        if (!Cues.NOUNS.contains(c.lower(i))) {
            return false;
        }
        boolean possessive = c.is(i - 1, "'s") || c.is(i - 1, "’s");
        return possessive && (c.is(i + 1, "that") || c.isPunct(i + 1, ":"));
    }
}
