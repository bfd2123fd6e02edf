package org.stancemap.draft.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Re-tags as proper nouns the capitalised words the tagger took for common words although the
 * article never writes them in lower case: a surname that is also a verb or an adjective ("Trump
 * said", "Stovall said") is a name when nothing else in the text uses it as a word. Adjectives
 * only count right before a verb of saying, since "Democratic" or "Mexican" are adjectives
 * whatever their case.
 */
final class NameTagRepair {

    private NameTagRepair() {
    }

    private static final Set<String> SAYING = WordSet.of("said", "says", "told", "tells", "added", "wrote", "argued",
            "insisted", "noted", "explained", "warned", "claimed", "stated", "declared", "tweeted", "asked",
            "replied", "responded", "believes", "thinks", "predicted", "recalled", "acknowledged", "has", "had",
            "is", "was", "will", "would");

    static List<Sentence> repair(List<Sentence> sentences) {
        Set<String> lowerCase = new HashSet<>();
        Set<String> namesInside = new HashSet<>();
        for (Sentence s : sentences) {
            boolean headline = titleCase(s);
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                    lowerCase.add(t.text());
                } else if (i > 0 && t.isProperNoun() && !headline && isLetter(s.token(i - 1))) {
                    namesInside.add(t.text());
                }
            }
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(titleCase(s) ? s : repair(s, lowerCase, namesInside));
        }
        return out;
    }

    private static boolean isLetter(Token t) {
        return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0));
    }

    private static Sentence repair(Sentence s, Set<String> lowerCase, Set<String> namesInside) {
        List<Token> tokens = null;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (isMistakenName(s, i, lowerCase) || isNameOpeningSentence(s, i, lowerCase, namesInside)) {
                if (tokens == null) {
                    tokens = new ArrayList<>(s.tokens());
                }
                tokens.set(i, new Token(t.text(), t.start(), t.end(), "PROPN"));
            }
        }
        return tokens == null ? s : new Sentence(s.start(), s.end(), tokens);
    }

    private static boolean isMistakenName(Sentence s, int i, Set<String> lowerCase) {
        Token t = s.token(i);
        String text = t.text();
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || !Character.isLowerCase(text.charAt(1))
                || lowerCase.contains(text.toLowerCase(Locale.ROOT)) || !text.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String tag = t.tag();
        boolean beforeSaying = i + 1 < s.size() && SAYING.contains(s.token(i + 1).text().toLowerCase(Locale.ROOT));
        if (tag.equals("VERB")) {
            return i > 0 || beforeSaying;
        }
        if (tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("INTJ")) {
            return beforeSaying && !text.endsWith("s");
        }
        return false;
    }

    /**
     * A word opening the sentence (or its quote) that the tagger took for a verb or an adjective
     * ("Trump further summed up …") although the article names it mid-sentence as a proper noun
     * and never writes it in lower case.
     */
    private static boolean isNameOpeningSentence(Sentence s, int i, Set<String> lowerCase, Set<String> namesInside) {
        Token t = s.token(i);
        boolean opening = i == 0 || (i == 1 && !isLetter(s.token(0)));
        return opening && !t.isProperNoun() && namesInside.contains(t.text())
                && !lowerCase.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A headline in title case, where capitals say nothing about names. */
    private static boolean titleCase(Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (Token t : s.tokens()) {
            if (!t.text().isEmpty() && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 2 > words;
    }
}
