package org.stancemap.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Span;

class SearchIndexTest {

    private static Explainer explainer;

    @BeforeAll
    static void load() {
        explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    private static List<SearchHit> search(String query) {
        return new SearchIndex(explainer).search(query, 50);
    }

    @Test
    void rutteIsFoundAsAnActorFirst() {
        List<SearchHit> hits = search("rutte");
        SearchHit first = hits.get(0);
        assertEquals(SearchKind.ACTOR, first.kind());
        Actor rutte = explainer.actor(first.actorId().orElseThrow()).orElseThrow();
        assertTrue(rutte.name().contains("Rutte"), rutte.name());
    }

    @Test
    void resultsComeGroupedInKindOrder() {
        List<SearchHit> hits = search("putin");
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).kind().ordinal() <= hits.get(i).kind().ordinal(), hits.toString());
        }
        assertTrue(hits.stream().anyMatch(h -> h.kind() == SearchKind.ARTICLE));
    }

    @Test
    void everyMarkedMatchIsTheQueryIgnoringCase() {
        for (String query : List.of("force", "Zelensky", "summit", "security")) {
            for (SearchHit hit : search(query)) {
                String marked = hit.text().substring(hit.matchStart(), hit.matchEnd());
                assertEquals(query.toLowerCase(Locale.ROOT), marked.toLowerCase(Locale.ROOT), hit.toString());
            }
        }
    }

    @Test
    void articleHitsPointAtTheExactTextOfTheArticle() {
        String text = explainer.article().text();
        List<SearchHit> hits = search("reassurance").stream().filter(h -> h.kind() == SearchKind.ARTICLE).toList();
        assertFalse(hits.isEmpty());
        for (SearchHit hit : hits) {
            Span span = hit.span().orElseThrow();
            int from = text.offsetByCodePoints(0, span.start());
            int to = text.offsetByCodePoints(0, span.end());
            assertEquals(span.text(), text.substring(from, to));
            assertTrue(span.text().equalsIgnoreCase("reassurance"));
        }
    }

    @Test
    void straightApostropheFindsTheCurlyOne() {
        String article = explainer.article().text();
        int curly = article.indexOf('’');
        assertTrue(curly > 3, "the default article has a curly apostrophe");
        String around = article.substring(curly - 3, curly + 2).replace('’', '\'');
        List<SearchHit> hits = search(around).stream().filter(h -> h.kind() == SearchKind.ARTICLE).toList();
        assertFalse(hits.isEmpty(), around);
        assertTrue(hits.stream().anyMatch(h -> h.span().orElseThrow().text().contains("’")), hits.toString());
    }

    @Test
    void quotesAndGlossaryAreSearched() {
        String quote = explainer.stances().get(0).quotes().get(0).text();
        String middle = quote.substring(quote.length() / 3, quote.length() / 3 + 12);
        assertTrue(search(middle).stream().anyMatch(h -> h.kind() == SearchKind.QUOTE
                && h.actorId().equals(Optional.of(explainer.stances().get(0).actorId()))), middle);
        GlossaryEntry entry = explainer.glossary().get(0);
        assertTrue(search(entry.term()).stream().anyMatch(h -> h.glossaryTerm().equals(Optional.of(entry.term()))));
    }

    @Test
    void longTextIsCutAroundTheMatch() {
        SearchHit hit = SearchIndex.snippet(SearchKind.ARTICLE, "a".repeat(300) + "needle" + "b".repeat(300), 300, 6,
                "", Optional.empty(), Optional.empty());
        assertTrue(hit.text().length() <= SearchIndex.SNIPPET + 2, hit.text());
        assertEquals("needle", hit.text().substring(hit.matchStart(), hit.matchEnd()));
        assertTrue(hit.text().startsWith("…") && hit.text().endsWith("…"));
    }

    @Test
    void blankQueryFindsNothingAndLimitsHold() {
        assertTrue(search("   ").isEmpty());
        List<SearchHit> hits = new SearchIndex(explainer).search("e", 2);
        for (SearchKind kind : SearchKind.values()) {
            assertTrue(hits.stream().filter(h -> h.kind() == kind).count() <= 2, kind.name());
        }
    }
}
