package org.stancemap.ui.editor;

/**
 * Why an edit was refused, as a sentence for the author. The edits word their reasons as clauses
 * ("this overlaps a quote of …") so that other layers can build on them; on screen they stand alone.
 */
final class RefusalSentence {

    private RefusalSentence() {
    }

    static String of(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        String sentence = new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
        char last = sentence.charAt(sentence.length() - 1);
        return last == '.' || last == '!' || last == '?' ? sentence : sentence + ".";
    }
}
