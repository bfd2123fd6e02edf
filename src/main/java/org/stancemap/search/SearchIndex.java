package org.stancemap.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.CodePointIndex;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;

/**
 * Searches one explainer: actors (name and role), stance summaries, quotes, the article's
 * paragraphs and the glossary. Matching ignores case and treats curly and straight quotation marks
 * and apostrophes alike, so typing {@code Putin's} finds {@code Putin’s}. Results come grouped by
 * {@link SearchKind}, at most {@code perKind} in each group.
 */
public final class SearchIndex {

    /** Snippets of long text are cut to about this many characters around the match. */
    static final int SNIPPET = 90;

    private final Explainer explainer;

    public SearchIndex(Explainer explainer) {
        this.explainer = explainer;
    }

    public List<SearchHit> search(String query, int perKind) {
        String needle = fold(query == null ? "" : query.strip());
        List<SearchHit> hits = new ArrayList<>();
        if (needle.isEmpty()) {
            return hits;
        }
        addActors(needle, perKind, hits);
        addStances(needle, perKind, hits);
        addQuotes(needle, perKind, hits);
        addParagraphs(needle, perKind, hits);
        addGlossary(needle, perKind, hits);
        return hits;
    }

    private void addActors(String needle, int limit, List<SearchHit> hits) {
        List<SearchHit> starts = new ArrayList<>();
        List<SearchHit> others = new ArrayList<>();
        for (Actor actor : explainer.actors()) {
            String shown = actor.role().isBlank() ? actor.name() : actor.name() + " — " + actor.role();
            int at = fold(shown).indexOf(needle);
            if (at >= 0) {
                SearchHit hit = new SearchHit(SearchKind.ACTOR, shown, at, at + needle.length(), "",
                        Optional.of(actor.id()), Optional.empty(), Optional.empty());
                (at == 0 ? starts : others).add(hit);
            }
        }
        starts.addAll(others);
        hits.addAll(starts.stream().limit(limit).toList());
    }

    private void addStances(String needle, int limit, List<SearchHit> hits) {
        int added = 0;
        for (Stance stance : explainer.stances()) {
            int at = fold(stance.summary()).indexOf(needle);
            if (at >= 0 && added++ < limit) {
                hits.add(snippet(SearchKind.STANCE, stance.summary(), at, needle.length(), holderName(stance),
                        Optional.of(stance.actorId()), Optional.empty()));
            }
        }
    }

    private void addQuotes(String needle, int limit, List<SearchHit> hits) {
        int added = 0;
        for (Stance stance : explainer.stances()) {
            for (Quote quote : stance.quotes()) {
                int at = fold(quote.text()).indexOf(needle);
                if (at >= 0 && added++ < limit) {
                    hits.add(snippet(SearchKind.QUOTE, quote.text(), at, needle.length(), holderName(stance),
                            Optional.of(stance.actorId()), Optional.of(quote.span())));
                }
            }
        }
    }

    private void addParagraphs(String needle, int limit, List<SearchHit> hits) {
        int added = 0;
        for (Article.Paragraph paragraph : explainer.article().paragraphs()) {
            String folded = fold(paragraph.text());
            CodePointIndex offsets = null;
            for (int at = folded.indexOf(needle); at >= 0 && added < limit; at = folded.indexOf(needle, at + needle.length())) {
                String text = paragraph.text();
                if (offsets == null) {
                    offsets = CodePointIndex.of(text);
                }
                int start = paragraph.start() + offsets.codePointOffset(at);
                int end = paragraph.start() + offsets.codePointOffset(at + needle.length());
                Span span = new Span(start, end, text.substring(at, at + needle.length()));
                hits.add(snippet(SearchKind.ARTICLE, text, at, needle.length(), "¶" + paragraph.number(),
                        Optional.empty(), Optional.of(span)));
                added++;
            }
        }
    }

    private void addGlossary(String needle, int limit, List<SearchHit> hits) {
        int added = 0;
        for (GlossaryEntry entry : explainer.glossary()) {
            String shown = entry.term() + " — " + entry.definition();
            int at = fold(shown).indexOf(needle);
            if (at >= 0 && added++ < limit) {
                SearchHit hit = snippet(SearchKind.GLOSSARY, shown, at, needle.length(), "", Optional.empty(),
                        Optional.empty());
                hits.add(new SearchHit(hit.kind(), hit.text(), hit.matchStart(), hit.matchEnd(), hit.context(),
                        Optional.empty(), Optional.empty(), Optional.of(entry.term())));
            }
        }
    }

    private String holderName(Stance stance) {
        return explainer.actor(stance.actorId()).map(Actor::name).orElse("");
    }

    /** Cuts long text to a window around the match, marking the cuts with an ellipsis. */
    static SearchHit snippet(SearchKind kind, String text, int at, int length, String context,
                             Optional<String> actorId, Optional<Span> span) {
        int from = 0;
        int to = text.length();
        if (text.length() > SNIPPET) {
            int room = Math.max(0, SNIPPET - length);
            from = Math.max(0, at - room / 3);
            to = Math.min(text.length(), from + Math.max(SNIPPET, length));
            from = Math.max(0, Math.min(from, to - SNIPPET));
            from = safeCut(text, from);
            to = safeCut(text, to);
        }
        String prefix = from > 0 ? "…" : "";
        String suffix = to < text.length() ? "…" : "";
        String shown = prefix + text.substring(from, to) + suffix;
        int start = prefix.length() + at - from;
        return new SearchHit(kind, shown, start, start + length, context, actorId, span, Optional.empty());
    }

    /** Never cut between the two halves of a surrogate pair. */
    private static int safeCut(String text, int index) {
        if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))) {
            return index - 1;
        }
        return index;
    }

    /**
     * Lower case, with typographic quotation marks made plain. Every replacement keeps the length,
     * so an index into the folded text is an index into the original.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '’', '‘', '′' -> '\'';
                case '“', '”', '″' -> '"';
                case '—', '–' -> '-';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString();
    }
}
