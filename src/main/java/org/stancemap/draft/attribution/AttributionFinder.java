package org.stancemap.draft.attribution;

import org.stancemap.draft.text.QuoteSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancemap.draft.TextRange;
import org.stancemap.draft.actor.Mention;
import org.stancemap.draft.text.Sentence;
import org.stancemap.draft.text.Token;
import org.stancemap.draft.text.WordSet;

/**
 * Finds attributions sentence by sentence: a cue (a verb of saying or stance, "according to", or
 * a noun such as "warning"), the mention naming its source (before the cue, after it when
 * inverted, or the subject of the clause a participle hangs on), and the content (after the cue,
 * or before it when the source and cue close the sentence). Quotes that continue an attributed
 * quote in the next sentences are given to the same source.
 */
public final class AttributionFinder {

    public List<Attribution> find(String text, List<Sentence> sentences, List<Mention> mentions, QuoteSpans quotes) {
        List<Attribution> found = new ArrayList<>();
        List<List<Mention>> bySentence = groupBySentence(sentences.size(), mentions);
        for (int s = 0; s < sentences.size(); s++) {
            SentenceContext context = new SentenceContext(sentences.get(s), s, bySentence.get(s), text);
            new ClauseReader(context, quotes, found).read();
        }
        found.addAll(new QuoteContinuation(text, quotes).extend(found));
        return found;
    }

    private static List<List<Mention>> groupBySentence(int count, List<Mention> mentions) {
        List<List<Mention>> groups = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            groups.get(m.sentence()).add(m);
        }
        return groups;
    }

    /** Reads the attributions of one sentence. */
    private static final class ClauseReader {
        private final SentenceContext c;
        private final QuoteSpans quotes;
        private final List<Attribution> out;
        private final int firstOfSentence;

        ClauseReader(SentenceContext context, QuoteSpans quotes, List<Attribution> out) {
            this.c = context;
            this.quotes = quotes;
            this.out = out;
            this.firstOfSentence = out.size();
        }

        void read() {
            speakerColon();
            for (int i = 0; i < c.size(); i++) {
                if (quotes.inside(c.token(i).start())) {
                    continue;
                }
                if (c.is(i, "according") && c.is(i + 1, "to")) {
                    accordingTo(i);
                } else {
                    String lemma = CueLemmas.verbLemma(c.token(i));
                    if (lemma != null) {
                        verbCue(i, lemma);
                    } else if (CueLemmas.isNominalCue(c, i)) {
                        nominalCue(i);
                    }
                }
            }
            endAtCoordinatedAttributions();
        }

        /**
         * A content ends where a second attribution joined to it by a conjunction begins: "Doe said
         * the plan failed, and Roe said it never started", "Doe praised the plan and said it would
         * pass". An attribution inside a content without a conjunction ("Doe said that Roe told
         * her …") is part of what Doe said and stays in it.
         */
        private void endAtCoordinatedAttributions() {
            for (int k = firstOfSentence; k < out.size(); k++) {
                Attribution a = out.get(k);
                int cut = a.content().end();
                for (int m = firstOfSentence; m < out.size(); m++) {
                    Attribution b = out.get(m);
                    int start = startInside(b, a.content());
                    if (m != k && start < cut && !quotes.inside(start)) {
                        cut = Math.min(cut, coordinatedEnd(start, a.content().start()));
                    }
                }
                if (cut < a.content().end()) {
                    TextRange content = new TextRange(a.content().start(), cut);
                    out.set(k, new Attribution(a.source(), a.cue(), a.cueLemma(), content, isDirect(content)));
                }
            }
        }

        /** Where attribution b starts inside the content (its source, else its cue), or MAX_VALUE. */
        private int startInside(Attribution b, TextRange content) {
            int source = b.source().sentence() == c.index ? b.source().range().start() : Integer.MAX_VALUE;
            int start = source > content.start() && source < content.end() ? source : b.cue().start();
            return start > content.start() && start < content.end() ? start : Integer.MAX_VALUE;
        }

        /**
         * The end of a content before a second attribution starting at {@code start} when a
         * conjunction (and, but, while, a semicolon) joins the two; else MAX_VALUE.
         */
        private int coordinatedEnd(int start, int contentStart) {
            int t = c.sentence.tokenAt(start) - 1;
            while (t > 0 && (c.token(t).tag().equals("ADV") || c.token(t).tag().equals("AUX"))) {
                t--;
            }
            if (t <= 0 || !(JOINERS.contains(c.lower(t)) || c.isPunct(t, ";"))) {
                return Integer.MAX_VALUE;
            }
            while (t > 0 && (JOINERS.contains(c.lower(t)) || c.isPunct(t, ",;—–-"))) {
                t--;
            }
            return c.token(t).start() > contentStart ? c.token(t).end() : Integer.MAX_VALUE;
        }

        private void verbCue(int i, String lemma) {
            int cueEnd = i + 1;
            if (lemma.equals("point") && c.is(i + 1, "out")) {
                cueEnd++;
            } else if (lemma.equals("point")) {
                return;
            }
            if (SubjectFinder.isPassiveWithAgent(c, i)) {
                return;
            }
            Optional<Mention> source = SubjectFinder.before(c, i);
            boolean inverted = false;
            if (source.isEmpty() && SubjectFinder.mayInvert(c, i)) {
                source = SubjectFinder.after(c, cueEnd);
                inverted = source.isPresent();
            }
            if (source.isEmpty() && c.token(i).text().endsWith("ing")
                    && (c.isPunct(i - 1, ",") || PARTICIPLE_OPENERS.contains(c.lower(i - 1)))) {
                source = clauseSubject(i);
            }
            if (source.isEmpty() && !inverted) {
                source = SubjectFinder.coordinated(c, i);
            }
            if (source.isEmpty() && !inverted && !c.token(i).text().endsWith("ing")) {
                source = SubjectFinder.clauseOpening(c, i);
            }
            if (source.isEmpty()) {
                return;
            }
            int after = inverted ? source.get().endToken() : cueEnd;
            int groupStart = inverted ? i : Math.min(i, source.get().firstToken());
            Optional<TextRange> content;
            boolean quoteBefore = ContentFinder.quoteEndsAt(c, groupStart);
            if (quoteBefore || inverted || ContentFinder.restIsTrivial(c, after) || ContentFinder.subordinateFollows(c, after)) {
                content = quoteBefore || Cues.BACKWARD.contains(lemma)
                        ? ContentFinder.backward(c, quotes, groupStart) : Optional.empty();
                if (content.isEmpty() && !inverted && !Cues.QUOTE_ONLY.contains(lemma)) {
                    content = ContentFinder.forward(c, quotes, lemma, after);
                }
            } else {
                content = Cues.QUOTE_ONLY.contains(lemma) ? Optional.empty() : ContentFinder.forward(c, quotes, lemma, after);
            }
            if (content.isEmpty()) {
                return;
            }
            TextRange cue = new TextRange(c.token(i).start(), c.token(cueEnd - 1).end());
            out.add(new Attribution(source.get(), cue, lemma, content.get(), isDirect(content.get())));
        }

        /** A line opened by a name and a colon, as in a headline or a transcript: "Jane Doe: We will win". */
        private void speakerColon() {
            int first = 0;
            while (first < c.size() && c.isQuoteMark(first)) {
                first++;
            }
            Optional<Mention> source = c.mentionStartingAt(first);
            if (source.isEmpty() || source.get().isPronoun() || !c.isPunct(source.get().endToken(), ":")) {
                return;
            }
            int colon = source.get().endToken();
            Optional<TextRange> content = ContentFinder.span(c, colon + 1, c.size());
            if (content.isPresent() && content.get().end() - content.get().start() > 10) {
                TextRange cue = new TextRange(c.token(colon).start(), c.token(colon).end());
                out.add(new Attribution(source.get(), cue, "say", content.get(), isDirect(content.get())));
            }
        }

        /** The source of the clause a participle cue hangs on: "Putin condemned …, warning that". */
        private Optional<Mention> clauseSubject(int i) {
            for (int k = out.size() - 1; k >= firstOfSentence; k--) {
                if (out.get(k).cue().end() <= c.token(i).start()) {
                    return Optional.of(out.get(k).source());
                }
            }
            return c.mentions.stream().filter(m -> m.endToken() <= i && !c.hasVerb(0, m.firstToken()))
                    .findFirst();
        }

        private void accordingTo(int i) {
            Optional<Mention> source = c.mentions.stream()
                    .filter(m -> m.firstToken() >= i + 2 && m.firstToken() <= i + 5)
                    .findFirst();
            if (source.isEmpty()) {
                source = SubjectFinder.phraseAt(c, i + 2);
            }
            if (source.isEmpty()) {
                return;
            }
            Optional<TextRange> content;
            if (ContentFinder.onlyConnectivesBefore(c, i)) {
                int comma = i + 2;
                while (comma < c.size() && !c.isPunct(comma, ",")) {
                    comma++;
                }
                content = ContentFinder.span(c, comma + 1, ContentFinder.clauseEnd(c, comma + 1));
            } else {
                content = ContentFinder.backward(c, quotes, i);
            }
            if (content.isPresent()) {
                TextRange cue = new TextRange(c.token(i).start(), c.token(i + 1).end());
                out.add(new Attribution(source.get(), cue, "according to", content.get(), isDirect(content.get())));
            }
        }

        /** "Putin's warning that …". */
        private void nominalCue(int i) {
            Optional<Mention> source = c.mentionEndingAt(i - 2);
            if (source.isEmpty()) {
                return;
            }
            Optional<TextRange> content = ContentFinder.forward(c, quotes, "say", i + 1);
            if (content.isPresent()) {
                TextRange cue = new TextRange(c.token(i).start(), c.token(i).end());
                out.add(new Attribution(source.get(), cue, c.lower(i), content.get(), isDirect(content.get())));
            }
        }

        private boolean isDirect(TextRange content) {
            return quotes.all().stream().anyMatch(q -> q.contains(content)
                    || (content.contains(q) && (q.end() - q.start()) * 2 > content.end() - content.start()));
        }
    }

    /** Words that open a participle cue of the clause's subject: "…, while saying that", "responded by saying". */
    private static final Set<String> PARTICIPLE_OPENERS = WordSet.of("while", "by", "after", "before", "when",
            "without");

    private static final Set<String> JOINERS = WordSet.of("and", "but", "while",
            "whereas", "yet", "then");

    static boolean isWordToken(Token token) {
        return Character.isLetterOrDigit(token.text().charAt(0));
    }
}
