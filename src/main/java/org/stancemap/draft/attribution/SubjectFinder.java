package org.stancemap.draft.attribution;

import java.util.Optional;
import java.util.Set;
import org.stancemap.draft.TextRange;
import org.stancemap.draft.actor.MentionType;
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
        return nounPhrase(c, k);
    }

    private static final Set<String> PHRASE_LINKS = WordSet.of("of", "for", "'s", "’s", "at", "in", "from", "on");

    /**
     * A subject that names no known actor but a body or a group by its own words ("Some advocates
     * of the plan say", "52 percent of voters said"): a new mention for a new actor.
     */
    private static Optional<Mention> nounPhrase(SentenceContext c, int head) {
        String tag = c.token(head).tag();
        if (!tag.equals("NOUN") && !tag.equals("PROPN") && !tag.equals("NUM")) {
            return Optional.empty();
        }
        int start = head;
        while (start > 0 && head - start < 10 && isPhraseWord(c, start - 1)) {
            start--;
        }
        while (start < head && (PHRASE_LINKS.contains(c.lower(start)) || c.token(start).tag().equals("ADP"))) {
            start++;
        }
        boolean boundary = start == 0 || c.isQuoteMark(start - 1) || c.isPunct(start - 1, ",;:—–(")
                || c.token(start - 1).tag().equals("CCONJ") || c.token(start - 1).tag().equals("SCONJ")
                || c.is(start - 1, "that");
        if (!boundary) {
            return Optional.empty();
        }
        int nameStart = c.token(start).tag().equals("DET") ? start + 1 : start;
        if (nameStart > head) {
            return Optional.empty();
        }
        String name = c.text.substring(c.token(nameStart).start(), c.token(head).end());
        TextRange range = new TextRange(c.token(start).start(), c.token(head).end());
        return Optional.of(new Mention(range, c.index, start, head + 1, MentionType.GROUP, name, "", "", "", true));
    }

    /**
     * A source named by a noun phrase that starts at token {@code from} and names no known actor:
     * "according to state records", "according to early results of the polls".
     */
    static Optional<Mention> phraseAt(SentenceContext c, int from) {
        int k = from;
        int head = -1;
        while (k < c.size() && k - from < 8) {
            String tag = c.token(k).tag();
            if (tag.equals("NOUN") || tag.equals("PROPN")) {
                head = k;
            } else if (!(tag.equals("ADJ") || tag.equals("NUM") || tag.equals("DET") || c.is(k, "'s") || c.is(k, "’s")
                    || (c.is(k, "of") && head >= 0) || c.token(k).text().equals("-"))) {
                break;
            }
            k++;
        }
        if (head < 0) {
            return Optional.empty();
        }
        int nameStart = c.token(from).tag().equals("DET") ? from + 1 : from;
        if (nameStart > head) {
            return Optional.empty();
        }
        String name = c.text.substring(c.token(nameStart).start(), c.token(head).end());
        TextRange range = new TextRange(c.token(from).start(), c.token(head).end());
        return Optional.of(new Mention(range, c.index, from, head + 1, MentionType.GROUP, name, "", "", "", false));
    }

    private static boolean isPhraseWord(SentenceContext c, int k) {
        String tag = c.token(k).tag();
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("NUM")
                || tag.equals("DET") || PHRASE_LINKS.contains(c.lower(k)) || c.token(k).text().equals("-");
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

    private static final Set<String> BE = WordSet.of("is", "was", "were", "are", "been", "be", "being");

    /** "The plan was mocked by …": the subject is what was spoken of, not the speaker. */
    static boolean isPassiveWithAgent(SentenceContext c, int i) {
        int k = i - 1;
        while (k >= 0 && c.token(k).tag().equals("ADV")) {
            k--;
        }
        return BE.contains(c.lower(k)) && c.is(i + 1, "by");
    }

    /** Whether a source may follow the cue at i: after a comma or a closing quote ("…,” said Putin). */
    static boolean mayInvert(SentenceContext c, int i) {
        return c.isPunct(i - 1, ",") || c.isQuoteMark(i - 1);
    }

    /** The name right after an inverted cue: "said Putin", "said the senator". */
    static Optional<Mention> after(SentenceContext c, int j) {
        Optional<Mention> named = c.mentionStartingAt(j);
        for (int k = j; named.isEmpty() && k < Math.min(c.size(), j + 6) && isDescriptor(c, k); k++) {
            named = c.mentionStartingAt(k + 1);
        }
        return named;
    }

    /** A word of a description before a name: "said conservative activist Jane Doe". */
    private static boolean isDescriptor(SentenceContext c, int k) {
        String tag = c.token(k).tag();
        return tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("DET") || tag.equals("NUM")
                || c.token(k).text().equals("-");
    }
}
