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

    /** A term as written and case-folded; a term's length never changes with folding. */
    private record Term(GlossaryEntry entry, String folded) {
    }

    private final List<Term> longestFirst;

    public GlossaryMatcher(List<GlossaryEntry> glossary) {
        this.longestFirst = glossary.stream()
                .filter(e -> !e.term().isBlank())
                .sorted(Comparator.comparingInt((GlossaryEntry e) -> e.term().length()).reversed())
                .map(e -> new Term(e, fold(e.term().strip())))
                .toList();
    }

    public List<Occurrence> find(String text) {
        List<Occurrence> found = new ArrayList<>();
        if (longestFirst.isEmpty() || text == null || text.isEmpty()) {
            return found;
        }
        // Searched folded, with the string search the JVM does fastest: a reader's article is
        // searched for every term as the window opens.
        String folded = fold(text);
        boolean[] taken = new boolean[text.length()];
        for (Term term : longestFirst) {
            int length = term.folded().length();
            int at = folded.indexOf(term.folded());
            while (at >= 0) {
                int next = at + 1;
                if (isWordStart(text, at) && isWordEnd(text, at + length) && isFree(taken, at, at + length)) {
                    found.add(new Occurrence(at, at + length, term.entry()));
                    java.util.Arrays.fill(taken, at, at + length, true);
                    next = at + length;
                }
                at = folded.indexOf(term.folded(), next);
            }
        }
        found.sort(Comparator.comparingInt(Occurrence::start));
        return found;
    }

    /**
     * {@code text} with each char case-folded as {@link String#regionMatches(boolean, int, String, int, int)}
     * compares them ignoring case, char for char, so that indices into it are indices into {@code text}.
     */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
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
