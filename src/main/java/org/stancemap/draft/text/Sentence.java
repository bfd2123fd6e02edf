package org.stancemap.draft.text;

import java.util.List;

/** A sentence of the article, where it is, and its tokens in order. */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /**
     * The words of tokens {@code from} to {@code to} (exclusive), one space where the article has
     * any space between two of them, none where it has none.
     */
    public String text(int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && t.start() > tokens.get(k - 1).end()) {
                words.append(' ');
            }
            words.append(t.text());
        }
        return words.toString();
    }

    /** The index of the first token that starts at or after {@code offset}, or size() if none. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
