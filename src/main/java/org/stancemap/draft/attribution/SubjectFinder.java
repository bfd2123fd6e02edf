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

    private static final Set<String> COORDINATORS = WordSet.of("and", "but", "then", "yet");

    /**
     * The subject of a cue that opens a second predicate ("Doe toured the plant and said …"): the
     * sentence's subject, when nothing but adverbs stands between the conjunction and the cue.
     */
    static Optional<Mention> coordinated(SentenceContext c, int i) {
        int k = i - 1;
        while (k > 0 && (c.token(k).tag().equals("ADV") || c.token(k).tag().contains("AUX") || SKIPPED.contains(c.lower(k)))) {
            k--;
        }
        if (k <= 0 || !COORDINATORS.contains(c.lower(k))) {
            return Optional.empty();
        }
        for (int p = 0; p < k; p++) {
            if (c.isPunct(p, ";:") || c.isQuoteMark(p)) {
                return Optional.empty();
            }
        }
        int conjunction = k;
        return c.mentions.stream()
                .filter(m -> (m.subject() || verbFollows(c, m.endToken())) && m.endToken() <= conjunction).reduce((a, b) -> b)
                .filter(m -> m.firstToken() <= 2 || c.isPunct(m.firstToken() - 1, ","));
    }

    /** Whether a verb comes next, after adverbs: the mention before it is that verb's subject. */
    private static boolean verbFollows(SentenceContext c, int k) {
        while (k < c.size() && c.token(k).tag().equals("ADV")) {
            k++;
        }
        return k < c.size() && c.token(k).isVerb();
    }

    private static final Set<String> INSERTION_OPENERS = WordSet.of("who", "which", "whose", "whom", "including",
            "where", "like");

    /**
     * A subject that opens the clause, kept apart from its cue by modifiers without a finite verb
     * ("Voters in six states going to the polls said", "Doe — who had said so before — said"): the
     * name or noun phrase at the start of the sentence, or after an opening phrase and its comma.
     */
    static Optional<Mention> clauseOpening(SentenceContext c, int i) {
        int start = 0;
        String first = c.token(0).tag();
        if (first.equals("ADP") || first.equals("SCONJ") || first.equals("ADV") || first.equals("CCONJ")) {
            while (start < i && !c.isPunct(start, ",")) {
                start++;
            }
            start++;
        }
        if (start >= i) {
            return Optional.empty();
        }
        Optional<Mention> subject = c.mentionStartingAt(start);
        if (subject.isEmpty()) {
            int head = start;
            while (head + 1 < i && isPhraseWord(c, head + 1) && !PHRASE_LINKS.contains(c.lower(head + 1))) {
                head++;
            }
            subject = head < i && isPhraseHead(c, head) ? phraseBetween(c, start, head) : Optional.empty();
        }
        if (subject.isEmpty() || subject.get().endToken() >= i) {
            return Optional.empty();
        }
        return noFiniteVerbBetween(c, subject.get().endToken(), i) ? subject : Optional.empty();
    }

    private static boolean isPhraseHead(SentenceContext c, int k) {
        String tag = c.token(k).tag();
        return tag.equals("NOUN") || tag.equals("PROPN") || (tag.equals("NUM") && c.is(k + 1, "percent"));
    }

    private static Optional<Mention> phraseBetween(SentenceContext c, int start, int head) {
        boolean possessive = c.token(start).tag().equals("PRON") && c.token(start).text().length() <= 5;
        if (!possessive && !c.token(start).tag().equals("DET") && !isPhraseWord(c, start)) {
            return Optional.empty();
        }
        int nameStart = c.token(start).tag().equals("DET") || possessive ? start + 1 : start;
        if (nameStart > head) {
            return Optional.empty();
        }
        String name = c.text.substring(c.token(nameStart).start(), c.token(head).end());
        TextRange range = new TextRange(c.token(start).start(), c.token(head).end());
        return Optional.of(new Mention(range, c.index, start, head + 1, MentionType.GROUP, name, "", "", "", true));
    }

    /** Whether tokens from..to hold no finite verb outside an insertion (dashes, brackets, ", who …,"). */
    private static boolean noFiniteVerbBetween(SentenceContext c, int from, int to) {
        boolean dash = false;
        boolean bracket = false;
        boolean relative = false;
        for (int k = from; k < to; k++) {
            if (c.isPunct(k, ";:") || c.isQuoteMark(k)) {
                return false;
            }
            if (c.isPunct(k, "—–") || c.token(k).text().equals("--") || (c.isPunct(k, "-") && c.token(k).start() > 0
                    && Character.isWhitespace(c.text.charAt(c.token(k).start() - 1)))) {
                dash = !dash;
            } else if (c.isPunct(k, "(")) {
                bracket = true;
            } else if (c.isPunct(k, ")")) {
                bracket = false;
            } else if (c.isPunct(k, ",")) {
                relative = INSERTION_OPENERS.contains(c.lower(k + 1));
            } else if (!dash && !bracket && !relative && isFinite(c, k)) {
                return false;
            }
        }
        return !dash && !bracket;
    }

    private static boolean isFinite(SentenceContext c, int k) {
        if (!c.token(k).isVerb()) {
            return false;
        }
        String word = c.lower(k);
        boolean afterAux = k > 0 && c.token(k - 1).tag().contains("AUX");
        if (c.is(k - 1, "to") || (word.endsWith("ing") && !afterAux)) {
            return false;
        }
        boolean passiveParticiple = !afterAux && c.is(k + 1, "by");
        return !passiveParticiple && !(word.endsWith("ed") && !afterAux && c.token(k - 1).tag().equals("NOUN"));
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
