package org.stancemap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stancemap.draft.TextRange;
import org.stancemap.draft.text.Sentence;
import org.stancemap.draft.text.SentenceReader;
import org.stancemap.draft.text.Token;
import org.stancemap.draft.text.VerbForms;

/**
 * The reference the engine is compared with: each sentence with a speech verb is one quote, given
 * to the nearest proper-noun run before the verb (or after it).
 */
final class NaiveDrafter {

    private static final Set<String> SPEECH = Set.of("say", "tell", "claim", "warn", "state", "add", "announce",
            "argue", "insist", "believe", "write", "according", "explain", "note", "suggest", "deny");

    private final SentenceReader reader;

    NaiveDrafter(SentenceReader reader) {
        this.reader = reader;
    }

    List<QuoteScorer.DraftQuote> draft(String text) {
        List<QuoteScorer.DraftQuote> quotes = new ArrayList<>();
        for (Sentence sentence : reader.read(text)) {
            for (int i = 0; i < sentence.size(); i++) {
                if (VerbForms.baseIn(sentence.token(i).text(), SPEECH) != null) {
                    quotes.add(new QuoteScorer.DraftQuote(new TextRange(sentence.start(), sentence.end()),
                            speaker(sentence, i)));
                    break;
                }
            }
        }
        return quotes;
    }

    private static String speaker(Sentence sentence, int verb) {
        for (int k = verb - 1; k >= 0; k--) {
            if (sentence.token(k).isProperNoun()) {
                return run(sentence, k);
            }
        }
        for (int k = verb + 1; k < sentence.size(); k++) {
            if (sentence.token(k).isProperNoun()) {
                return run(sentence, k);
            }
        }
        return "";
    }

    private static String run(Sentence sentence, int k) {
        int a = k;
        while (a > 0 && sentence.token(a - 1).isProperNoun()) {
            a--;
        }
        StringBuilder name = new StringBuilder();
        for (int i = a; i <= k; i++) {
            Token t = sentence.token(i);
            name.append(i > a ? " " : "").append(t.text());
        }
        return name.toString();
    }
}
