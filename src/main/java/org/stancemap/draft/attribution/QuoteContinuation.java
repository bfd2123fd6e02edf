package org.stancemap.draft.attribution;

import org.stancemap.draft.text.QuoteSpans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stancemap.draft.TextRange;

/**
 * Gives a quote no cue claims to the source of the attributed quote next to it: the quote goes
 * on in the next sentence or paragraph (“… ,” he said. “…”), or opens the paragraph before the
 * sentence that attributes it.
 */
final class QuoteContinuation {

    private final String text;
    private final QuoteSpans quotes;

    QuoteContinuation(String text, QuoteSpans quotes) {
        this.text = text;
        this.quotes = quotes;
    }

    /**
     * Adds the quotes that go on from an attributed one: within its paragraph they join its content
     * (the cue between them lies inside the attribution); in the next paragraph they are new
     * attributions of the same source.
     */
    List<Attribution> extend(List<Attribution> found) {
        List<Attribution> direct = new ArrayList<>(found.stream().filter(Attribution::direct).toList());
        direct.sort(Comparator.comparingInt(a -> a.content().start()));
        List<Attribution> added = new ArrayList<>();
        for (TextRange quote : quotes.all()) {
            if (words(quote) < 3 || found.stream().anyMatch(a -> a.content().overlaps(quote) || quote.contains(a.cue()))) {
                continue;
            }
            Attribution neighbour = previous(direct, quote);
            if (neighbour == null) {
                neighbour = next(direct, quote);
            }
            if (neighbour != null) {
                Attribution continued;
                if (sameParagraph(neighbour.content(), quote)) {
                    TextRange joined = new TextRange(Math.min(neighbour.content().start(), quote.start()),
                            Math.max(neighbour.content().end(), quote.end()));
                    continued = new Attribution(neighbour.source(), neighbour.cue(), neighbour.cueLemma(), joined, true);
                    replace(found, neighbour, continued);
                    replace(added, neighbour, continued);
                    direct.remove(neighbour);
                    if (!added.contains(continued) && !found.contains(continued)) {
                        added.add(continued);
                    }
                } else {
                    continued = new Attribution(neighbour.source(), neighbour.cue(), neighbour.cueLemma(), quote, true);
                    added.add(continued);
                }
                direct.add(continued);
                direct.sort(Comparator.comparingInt(a -> a.content().start()));
            }
        }
        return added;
    }

    private boolean sameParagraph(TextRange a, TextRange b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return from >= to || text.substring(from, to).indexOf('\n') < 0;
    }

    private static void replace(List<Attribution> list, Attribution old, Attribution now) {
        int at = list.indexOf(old);
        if (at >= 0) {
            list.set(at, now);
        }
    }

    /** The direct attribution just before the quote, in the same or the previous paragraph. */
    private Attribution previous(List<Attribution> direct, TextRange quote) {
        Attribution best = null;
        for (Attribution a : direct) {
            if (a.content().end() <= quote.start()) {
                best = a;
            }
        }
        if (best == null) {
            return null;
        }
        int gapStart = Math.max(best.content().end(), best.cue().end());
        if (gapStart > quote.start()) {
            return null;
        }
        String gap = text.substring(gapStart, quote.start());
        long breaks = gap.chars().filter(ch -> ch == '\n').count();
        boolean close = breaks <= 2 && words(gap) <= 12 || breaks == 0 && restOfCueSentence(gap);
        return close && !otherQuoteBetween(gapStart, quote.start()) ? best : null;
    }

    /**
     * Whether the gap only finishes the sentence of the cue ("… said Jane Doe, who came from Ohio
     * to hear him."), so the quote opens the next sentence.
     */
    private static boolean restOfCueSentence(String gap) {
        int ends = 0;
        for (int i = 0; i < gap.length(); i++) {
            char ch = gap.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?') && (i + 1 == gap.length() || Character.isWhitespace(gap.charAt(i + 1)))) {
                ends++;
            }
        }
        return ends <= 1 && words(gap) <= 40;
    }

    /** The direct attribution right after the quote in the same paragraph. */
    private Attribution next(List<Attribution> direct, TextRange quote) {
        for (Attribution a : direct) {
            if (a.content().start() >= quote.end()) {
                String gap = text.substring(quote.end(), a.content().start());
                return gap.indexOf('\n') < 0 && words(gap) <= 3 ? a : null;
            }
        }
        return null;
    }

    private boolean otherQuoteBetween(int from, int to) {
        return quotes.all().stream().anyMatch(q -> q.start() >= from && q.end() <= to);
    }

    private int words(TextRange range) {
        return words(text.substring(range.start(), range.end()));
    }

    private static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
