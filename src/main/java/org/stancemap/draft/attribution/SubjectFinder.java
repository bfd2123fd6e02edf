package org.stancemap.draft.attribution;

import java.util.Optional;
import java.util.Set;
import org.stancemap.draft.text.WordSet;
import org.stancemap.draft.actor.Mention;

/** Finds the mention that is the source of a cue: its subject, or the name after an inverted cue. */
final class SubjectFinder {

    private SubjectFinder() {
    }

    private static final Set<String> SKIPPED = WordSet.of("also", "not", "n't", "has", "have", "had", "was", "is",
            "were", "are", "be", "been", "would", "will", "could", "did", "does", "do", "repeatedly", "once",
            "again", "later", "previously", "then", "reportedly", "publicly", "privately", "recently",
            "often", "never", "already", "still", "even", "just", "quickly", "angrily", "flatly", "firmly",
            "himself", "herself", "themselves", "itself", "both", "all", "too", "alone");

    private static final Set<String> CONTINUATIVE = WordSet.of("continue", "continues", "continued", "went",
            "seemed", "appeared", "wants", "want", "tried", "used", "began", "begins");

    /** The subject before the cue at i: "Putin (has repeatedly) said", "Zelensky, who believes". */
    static Optional<Mention> before(SentenceContext c, int i) {
        int k = i - 1;
        for (int skips = 0; k >= 0 && skips < 6; skips++) {
            if (SKIPPED.contains(c.lower(k)) || c.token(k).tag().equals("ADV")
                    || (c.token(k).tag().equals("AUX") && !c.isPunct(k, ","))) {
                k--;
            } else if (c.is(k, "to") && CONTINUATIVE.contains(c.lower(k - 1))) {
                k -= 2;
            } else if (c.is(k, "as") && c.lower(k - 1).startsWith("quot")) {
                k -= 2;
            } else if (c.isPunct(k, ")")) {
                int open = k;
                while (open > 0 && k - open < 12 && !c.isPunct(open, "(")) {
                    open--;
                }
                k = c.isPunct(open, "(") ? open - 1 : -1;
            } else {
                break;
            }
        }
        if (k < 0) {
            return Optional.empty();
        }
        Optional<Mention> direct = c.mentionEndingAt(k);
        if (direct.isPresent()) {
            return direct;
        }
        if ((c.token(k).tag().equals("NOUN") || c.token(k).isProperNoun()) && (c.is(k - 1, "'s") || c.is(k - 1, "’s"))) {
            return c.mentionEndingAt(k - 2);
        }
        if ((c.is(k, "who") || c.is(k, "which")) && c.isPunct(k - 1, ",")) {
            return c.mentionEndingAt(k - 2);
        }
        if (c.isPunct(k, ",")) {
            return appositive(c, k);
        }
        return Optional.empty();
    }

    /** "Mark Rutte, NATO's chief, said": the mention before the appositive. */
    private static Optional<Mention> appositive(SentenceContext c, int comma) {
        for (int p = comma - 1; p >= Math.max(0, comma - 30); p--) {
            if (c.isQuoteMark(p) || c.isPunct(p, ";:")) {
                return Optional.empty();
            }
            if (c.isPunct(p, ",—–(")) {
                Optional<Mention> named = c.mentionEndingAt(p - 1);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a source may follow the cue at i: after a comma or a closing quote ("…,” said Putin). */
    static boolean mayInvert(SentenceContext c, int i) {
        return c.isPunct(i - 1, ",") || c.isQuoteMark(i - 1);
    }

    /** The name right after an inverted cue: "said Putin", "said the senator". */
    static Optional<Mention> after(SentenceContext c, int j) {
        return c.mentionStartingAt(j);
    }
}
