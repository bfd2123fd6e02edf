package org.stancemap.draft.importer;

import java.util.ArrayList;
import java.util.List;

/** Puts paragraphs together the way explainer files hold them: trimmed, non-empty, one '\n' between. */
final class Paragraphs {

    private Paragraphs() {
    }

    static String join(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String trimmed = strip(paragraph);
            if (!trimmed.isEmpty()) {
                kept.add(trimmed);
            }
        }
        return String.join("\n", kept);
    }

    /** Trims spaces of every kind (including no-break spaces) and any line break inside the ends. */
    static String strip(String text) {
        String oneLine = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                ? text.replaceAll("\\s*[\\r\\n]+\\s*", " ") : text;
        int start = 0;
        int end = oneLine.length();
        while (start < end && isSpace(oneLine.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(oneLine.charAt(end - 1))) {
            end--;
        }
        return oneLine.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** True when the text has at least one letter: a file of digits and marks is no article. */
    static boolean hasUsableText(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** True when a line ends a sentence, so the next line likely starts a new one. */
    static boolean endsSentence(String line) {
        String trimmed = strip(line);
        if (trimmed.isEmpty()) {
            return true;
        }
        int end = trimmed.length() - 1;
        while (end > 0 && "\"'”’»)]".indexOf(trimmed.charAt(end)) >= 0) {
            end--;
        }
        return ".!?:…".indexOf(trimmed.charAt(end)) >= 0;
    }
}
