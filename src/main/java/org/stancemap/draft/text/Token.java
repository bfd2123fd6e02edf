package org.stancemap.draft.text;

/**
 * One word or punctuation mark of the article: its characters, where it is (Java string indexes,
 * end exclusive) and its part of speech (Universal Dependencies tags: PROPN, NOUN, VERB, …).
 */
public record Token(String text, int start, int end, String tag) {

    public boolean isProperNoun() {
        return tag.equals("PROPN");
    }

    public boolean isVerb() {
        return tag.equals("VERB") || tag.contains("AUX");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
