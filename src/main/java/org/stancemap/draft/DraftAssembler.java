package org.stancemap.draft;

import java.util.List;
import org.stancemap.draft.importer.ImportedArticle;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.TourStep;
import org.stancemap.io.Wording;

/**
 * Builds a draft explainer from an imported article and what the analyser found in its text:
 * every actor, stance and link marked as suggested, a first tour, no glossary. Whatever the
 * findings hold (ranges out of the text, unknown speakers, circular blocs), the result passes the
 * format's checks: unusable findings are left out.
 */
public final class DraftAssembler {

    static final int TITLE_WORDS = 10;

    public Explainer assemble(ImportedArticle imported, Findings findings) throws DraftException {
        String text = imported.text();
        if (text == null || text.isBlank()) {
            throw new DraftException(Wording.get("draft.noText"));
        }
        ArticleSpans spans = new ArticleSpans(text);
        ActorDrafts actors = new ActorDrafts(findings.actors());
        if (actors.actors().isEmpty()) {
            throw new DraftException(Wording.get("draft.noActors"));
        }
        List<DraftStatement> statements = StanceDrafts.of(findings.statements(), findings.actors(), actors, spans);
        List<Link> links = new LinkDrafts(spans, findings.actors(), actors).between(statements);
        List<Actor> actorList = actors.actors();
        List<TourStep> tour = TourDrafts.of(statements, links, actorList);
        Article article = article(imported);
        return new Explainer(Slugs.of(article.title(), "draft"), article, actorList,
                statements.stream().map(DraftStatement::stance).toList(), links, tour, List.of());
    }

    /**
     * The article alone, for an author who edits by hand without suggestions: its text, title,
     * outlet and date, and no actors, stances, links, tour or glossary yet.
     */
    public Explainer articleOnly(ImportedArticle imported) throws DraftException {
        String text = imported.text();
        if (text == null || text.isBlank()) {
            throw new DraftException(Wording.get("draft.noText"));
        }
        Article article = article(imported);
        return new Explainer(Slugs.of(article.title(), "draft"), article, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static Article article(ImportedArticle imported) {
        String title = ActorDrafts.oneLine(imported.title());
        boolean editorial = title.isEmpty();
        if (editorial) {
            title = editorialTitle(imported.text());
        }
        return new Article(title, editorial, oneLine(imported.outlet()), oneLine(imported.date()),
                oneLine(imported.url()), imported.text());
    }

    /** With no headline, the article's first words stand in, marked as the explainer's own title. */
    private static String editorialTitle(String text) {
        String first = ActorDrafts.oneLine(text.lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
        String words = ArticleSpans.firstWords(first, TITLE_WORDS);
        String title = words.length() < first.length() ? words + " …" : words;
        return title.isBlank() ? "Draft explainer" : title;
    }

    private static String oneLine(String text) {
        return text == null ? "" : ActorDrafts.oneLine(text);
    }
}
