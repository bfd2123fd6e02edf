package org.stancemap.draft.attribution;

import java.util.Locale;
import java.util.Map;
import org.stancemap.draft.text.Token;
import org.stancemap.draft.text.VerbForms;

/** Decides whether a token is a cue, and its lemma, tolerating the tagger's slips ("warning"/NOUN). */
final class CueLemmas {

    private CueLemmas() {
    }

    /** The cue lemma of a verb token, or null when it is not a cue verb. */
    static String verbLemma(Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        String unambiguous = UNAMBIGUOUS.get(word);
        if (unambiguous != null) {
            return unambiguous;
        }
        String tag = token.tag();
        if (tag.equals("VERB")) {
            return VerbForms.baseIn(word, Cues.VERBS);
        }
        boolean participle = word.endsWith("ing") || word.endsWith("ed");
        if ((tag.equals("NOUN") || tag.equals("ADJ")) && participle && !Cues.NOUNS.contains(word)) {
            return VerbForms.baseIn(word, Cues.VERBS);
        }
        return null;
    }

    /** Forms that are verbs of saying whatever the tagger makes of them ("the admiral said/NOUN"). */
    private static final Map<String, String> UNAMBIGUOUS = Map.of("said", "say", "says", "say", "told", "tell",
            "tells", "tell");

    /** A noun such as "warning" after a possessive, followed by "that" or a colon. */
    static boolean isNominalCue(SentenceContext c, int i) {
        if (!Cues.NOUNS.contains(c.lower(i))) {
            return false;
        }
        boolean possessive = c.is(i - 1, "'s") || c.is(i - 1, "’s");
        return possessive && (c.is(i + 1, "that") || c.isPunct(i + 1, ":"));
    }
}
