package org.stancemap.edit;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.io.Wording;

/**
 * Replaces the article's text (a caption removed, a paragraph joined, a typo fixed) and finds every
 * quote and piece of evidence again by its words and the text around them. Words that can no longer
 * be found keep their old place and text, so they are flagged by {@link #misplaced} and by
 * validation, never silently moved or dropped.
 */
public record TextCorrection(String newText) implements Edit {

    private static final int CONTEXT = 40;

    @Override
    public Explainer applyTo(Explainer current) {
        if (newText.isBlank()) {
            throw new EditRefused(Wording.get("edit.article.empty"));
        }
        String oldText = current.article().text();
        Article old = current.article();
        Article article = new Article(old.title(), old.titleIsEditorial(), old.outlet(), old.date(), old.url(),
                newText);
        List<Stance> stances = current.stances().stream().map(s -> new Stance(s.id(), s.actorId(), s.summary(),
                s.quotes().stream().map(q -> new Quote(find(q.span(), oldText), q.delivery())).toList(),
                s.context(), s.status())).toList();
        List<Link> links = current.links().stream().map(l -> new Link(l.id(), l.kind(), l.fromStanceId(),
                l.toStanceId(), l.explanation(), l.evidence().stream().map(e -> find(e, oldText)).toList(),
                l.status())).toList();
        return ExplainerCopy.of(current).article(article).stances(stances).links(links).build();
    }

    @Override
    public String label() {
        return Wording.get("edit.label.correctArticle");
    }

    /** The quotes whose words are not at their offsets in the article. */
    public static List<Quote> misplaced(Explainer explainer) {
        String text = explainer.article().text();
        List<Quote> lost = new ArrayList<>();
        for (Stance stance : explainer.stances()) {
            for (Quote quote : stance.quotes()) {
                if (!quote.text().equals(at(text, quote.span()))) {
                    lost.add(quote);
                }
            }
        }
        return lost;
    }

    private Span find(Span span, String oldText) {
        String words = span.text();
        if (words.isEmpty()) {
            return span;
        }
        int oldStart = indexOf(oldText, span.start());
        String before = oldStart < 0 ? "" : oldText.substring(Math.max(0, oldStart - CONTEXT), oldStart);
        int oldEnd = oldStart < 0 ? -1 : oldStart + words.length();
        String after = oldEnd < 0 || oldEnd > oldText.length() ? ""
                : oldText.substring(oldEnd, Math.min(oldText.length(), oldEnd + CONTEXT));
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int at = newText.indexOf(words); at >= 0; at = newText.indexOf(words, at + 1)) {
            long context = commonSuffix(before, newText.substring(Math.max(0, at - CONTEXT), at))
                    + commonPrefix(after, newText.substring(at + words.length(),
                    Math.min(newText.length(), at + words.length() + CONTEXT)));
            long score = context * 1_000_000L - Math.abs(at - Math.max(0, oldStart));
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        if (best < 0) {
            return span;
        }
        int start = newText.codePointCount(0, best);
        return new Span(start, start + words.codePointCount(0, words.length()), words);
    }

    private static int indexOf(String text, int codePoint) {
        try {
            return text.offsetByCodePoints(0, codePoint);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    private static String at(String text, Span span) {
        int from = indexOf(text, span.start());
        int to = indexOf(text, span.end());
        return from < 0 || to < from ? "" : text.substring(from, to);
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
