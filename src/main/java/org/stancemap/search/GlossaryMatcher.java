package org.stancemap.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stancemap.model.GlossaryEntry;

/**
 * Finds where glossary terms appear in a piece of text: whole words only, ignoring case, the
 * longest term winning where two overlap ("security guarantees" over "security").
 */
public final class GlossaryMatcher {

    /** One appearance of a term, in char indices of the searched text (end exclusive). */
    public record Occurrence(int start, int end, GlossaryEntry entry) {
    }

    private final List<GlossaryEntry> longestFirst;

    public GlossaryMatcher(List<GlossaryEntry> glossary) {
        this.longestFirst = glossary.stream()
                .filter(e -> !e.term().isBlank())
                .sorted(Comparator.comparingInt((GlossaryEntry e) -> e.term().length()).reversed())
                .toList();
    }

    public List<Occurrence> find(String text) {
        List<Occurrence> found = new ArrayList<>();
        if (longestFirst.isEmpty() || text == null || text.isEmpty()) {
            return found;
        }
        boolean[] taken = new boolean[text.length()];
        for (GlossaryEntry entry : longestFirst) {
            String term = entry.term().strip();
            int length = term.length();
            for (int at = 0; at + length <= text.length(); at++) {
                if (text.regionMatches(true, at, term, 0, length) && isWordStart(text, at)
                        && isWordEnd(text, at + length) && isFree(taken, at, at + length)) {
                    found.add(new Occurrence(at, at + length, entry));
                    java.util.Arrays.fill(taken, at, at + length, true);
                    at += length - 1;
                }
            }
        }
        found.sort(Comparator.comparingInt(Occurrence::start));
        return found;
    }

    private static boolean isFree(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
    }

    private static boolean isWordEnd(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.codePointAt(at));
    }
}
