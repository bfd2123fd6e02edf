package org.stancemap.draft.attribution;

import org.stancemap.draft.text.QuoteSpans;
import java.util.Optional;
import java.util.Set;
import org.stancemap.draft.text.WordSet;
import org.stancemap.draft.TextRange;

/** Finds what an attribution's source said: after the cue, or before it when the cue closes the sentence. */
final class ContentFinder {

    private ContentFinder() {
    }

    private static final Set<String> CONNECTIVES = WordSet.of("but", "and", "yet", "so", "however", "still", "now",
            ",", "meanwhile", "instead", "also", "then");

    private static final Set<String> TIME_WORDS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "last", "this", "earlier", "recently",
            "afterward", "afterwards", "later");

    /**
     * Whether nothing that could be the content follows the cue: the sentence ends, or only a
     * circumstance ("on Tuesday", "in a statement") or a participle cue (", adding …") follows.
     */
    static boolean restIsTrivial(SentenceContext c, int after) {
        int last = c.lastWord();
        if (after > last) {
            return true;
        }
        if (c.isPunct(after, ",") && CueLemmas.verbLemma(c.token(after + 1)) != null
                && c.token(after + 1).text().endsWith("ing")) {
            return true;
        }
        boolean circumstance = c.token(after).tag().equals("ADP") || TIME_WORDS.contains(c.lower(after));
        if (!circumstance) {
            return false;
        }
        for (int k = after; k <= last; k++) {
            if (c.token(k).isVerb() || c.isQuoteMark(k) || c.is(k, "that") || c.isPunct(k, ":")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a quote closes right before token g ("“…,” Putin said"). */
    static boolean quoteEndsAt(SentenceContext c, int g) {
        int p = g - 1;
        while (p >= 0 && c.isPunct(p, ",—–-")) {
            p--;
        }
        return p >= 0 && c.isQuoteMark(p);
    }

    private static final Set<String> SUBORDINATORS = WordSet.of("when", "as", "while", "after", "before",
            "because", "during", "at", "in", "on", "to", "since", "with", "of", "about", "from", "referring");

    /** Whether a circumstance follows the cue ("said when …", "said in Iowa"), so the content is before it. */
    static boolean subordinateFollows(SentenceContext c, int after) {
        int k = c.isPunct(after, ",") ? after + 1 : after;
        if (!SUBORDINATORS.contains(c.lower(k)) || k <= 0) {
            return false;
        }
        // "said at a news conference that …": the circumstance comes first, the content after it.
        for (int t = k + 1; t < Math.min(c.size(), k + 12) && !c.token(t).isVerb(); t++) {
            if ((c.is(t, "that") && c.token(t).tag().equals("SCONJ")) || c.isPunct(t, ":")) {
                return false;
            }
        }
        return true;
    }

    static Optional<TextRange> forward(SentenceContext c, QuoteSpans quotes, String lemma, int from) {
        int k = skipToClause(c, lemma, from);
        boolean marked = false;
        if (c.is(k, "that")) {
            k++;
            marked = true;
        } else if (c.isPunct(k, ":,")) {
            k++;
            marked = c.isPunct(k - 1, ":");
        }
        if (k >= c.size()) {
            return Optional.empty();
        }
        int end = clauseEnd(c, k);
        if (c.isQuoteMark(k)) {
            Optional<TextRange> quote = quotes.startingAt(c.token(k).start());
            if (quote.isPresent() && (quote.get().end() >= c.token(end - 1).start() || quote.get().end() > c.sentence.end())) {
                return quote;
            }
        }
        if (Cues.NEED_CLAUSE.contains(lemma) && !marked) {
            boolean infinitive = c.is(k, "to") && Cues.TAKE_INFINITIVE.contains(lemma);
            boolean pronounSubject = SUBJECT_PRONOUNS.contains(c.lower(k)) && k + 1 < end && isWord(c, k + 1);
            if (!infinitive && !pronounSubject && !c.hasVerb(k, Math.min(end, k + CLAUSE_VERB_WINDOW))) {
                return Optional.empty();
            }
        }
        return span(c, k, end);
    }

    /** How far into an unmarked content its verb may come ("says the new rules for gun sales in most states are …"). */
    private static final int CLAUSE_VERB_WINDOW = 20;

    private static final Set<String> SUBJECT_PRONOUNS = WordSet.of("he", "she", "they", "we", "i", "it", "there",
            "you");

    private static boolean isWord(SentenceContext c, int k) {
        return AttributionFinder.isWordToken(c.token(k));
    }

    /** Skips the person told ("told reporters") and a circumstance ("in a statement") before the content. */
    private static int skipToClause(SentenceContext c, String lemma, int from) {
        if (from >= c.size()) {
            return from;
        }
        boolean circumstance = c.token(from).tag().equals("ADP") || c.token(from).tag().equals("ADV")
                || TIME_WORDS.contains(c.lower(from)) || c.isPunct(from, ",");
        boolean takesObject = Cues.TAKE_OBJECT.contains(lemma);
        if (circumstance || takesObject) {
            int limit = Math.min(c.size(), from + 10);
            for (int k = from; k < limit; k++) {
                if (c.is(k, "that") || c.isPunct(k, ":") || (c.isQuoteMark(k) && k > from && c.isPunct(k - 1, ",:"))) {
                    return k;
                }
                if (c.token(k).isVerb() || c.isQuoteMark(k)) {
                    break;
                }
            }
        }
        if (takesObject) {
            Optional<org.stancemap.draft.actor.Mention> object = c.mentionStartingAt(from);
            if (object.isPresent()) {
                return object.get().endToken();
            }
            if (c.token(from).tag().equals("PRON") || c.token(from).tag().equals("NOUN")) {
                return from + 1;
            }
        }
        return from;
    }

    /** The end (exclusive token index) of a content starting at k: the sentence end or a following cue clause. */
    static int clauseEnd(SentenceContext c, int k) {
        for (int t = k; t < c.size(); t++) {
            if (c.isPunct(t, ",") && t + 1 < c.size()) {
                boolean participle = CueLemmas.verbLemma(c.token(t + 1)) != null && c.token(t + 1).text().endsWith("ing");
                if (participle || (c.is(t + 1, "according") && c.is(t + 2, "to"))) {
                    return t;
                }
            }
        }
        return c.size();
    }

    /** The content before the source and cue that start at token g. */
    static Optional<TextRange> backward(SentenceContext c, QuoteSpans quotes, int g) {
        int p = g - 1;
        while (p >= 0 && c.isPunct(p, ",—–-")) {
            p--;
        }
        if (p < 0 || c.is(p, "but") || c.is(p, "and")) {
            // "…, but she said at …": what comes before is another clause, not her words.
            return Optional.empty();
        }
        if (c.isQuoteMark(p)) {
            Optional<TextRange> quote = quotes.endingAt(c.token(p).end());
            if (quote.isPresent()) {
                return quote;
            }
        }
        int a = 0;
        while (a < p && CONNECTIVES.contains(c.lower(a))) {
            a++;
        }
        return words(c, a, p + 1) >= 3 ? span(c, a, p + 1) : Optional.empty();
    }

    static boolean onlyConnectivesBefore(SentenceContext c, int i) {
        for (int k = 0; k < i; k++) {
            if (!CONNECTIVES.contains(c.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Tokens a (inclusive) to b (exclusive), without punctuation at either end except quote marks. */
    static Optional<TextRange> span(SentenceContext c, int a, int b) {
        b = Math.min(b, c.size());
        while (b > a && !AttributionFinder.isWordToken(c.token(b - 1)) && !c.isQuoteMark(b - 1)) {
            b--;
        }
        while (a < b && !AttributionFinder.isWordToken(c.token(a)) && !c.isQuoteMark(a)) {
            a++;
        }
        if (words(c, a, b) < 1) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(c.token(a).start(), c.token(b - 1).end()));
    }

    private static int words(SentenceContext c, int a, int b) {
        int n = 0;
        for (int k = Math.max(0, a); k < Math.min(b, c.size()); k++) {
            if (AttributionFinder.isWordToken(c.token(k))) {
                n++;
            }
        }
        return n;
    }
}
