package org.stancemap.draft.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.draft.actor.Mention;
import org.stancemap.draft.text.Sentence;
import org.stancemap.draft.text.Token;

/** One sentence with the mentions found in it, and small questions about its tokens. */
final class SentenceContext {

    final Sentence sentence;
    final int index;
    final List<Mention> mentions;
    final String text;

    SentenceContext(Sentence sentence, int index, List<Mention> mentions, String text) {
        this.sentence = sentence;
        this.index = index;
        this.mentions = mentions;
        this.text = text;
    }

    int size() {
        return sentence.size();
    }

    Token token(int i) {
        return sentence.token(i);
    }

    String lower(int i) {
        return i >= 0 && i < size() ? token(i).text().toLowerCase(Locale.ROOT) : "";
    }

    boolean is(int i, String word) {
        return lower(i).equals(word);
    }

    boolean isPunct(int i, String marks) {
        return i >= 0 && i < size() && token(i).text().length() == 1 && marks.indexOf(token(i).text().charAt(0)) >= 0;
    }

    boolean isQuoteMark(int i) {
        return isPunct(i, "\"“”„«»") || (i >= 0 && i < size() && token(i).text().equals("''"));
    }

    /** The mention whose last token is i (the longest if several). */
    Optional<Mention> mentionEndingAt(int i) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.endToken() == i + 1 && (best == null || m.firstToken() < best.firstToken())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The mention whose first token is i (the longest if several). */
    Optional<Mention> mentionStartingAt(int i) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.firstToken() == i && (best == null || m.endToken() > best.endToken())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    boolean hasVerb(int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, size()); k++) {
            if (token(k).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** The last token that is a word (not punctuation), from the end of the sentence. */
    int lastWord() {
        int k = size() - 1;
        while (k >= 0 && !Character.isLetterOrDigit(token(k).text().charAt(0))) {
            k--;
        }
        return k;
    }
}
