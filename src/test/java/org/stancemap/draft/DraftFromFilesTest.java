package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.draft.importer.ImportedArticle;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;

/** Import, analysis and assembly together: the draft of every test article validates. */
class DraftFromFilesTest {

    @TempDir
    Path dir;

    private static Explainer draft(Path file) throws Exception {
        ImportedArticle article = new ArticleImporter().read(file);
        return new DraftAssembler().assemble(article, new PatternAnalyser().analyse(article.text()));
    }

    @Test
    void draftOfEveryTestArticleValidatesAndHasTheOpposition() throws Exception {
        for (Path file : TestArticles.all(dir)) {
            Explainer draft = DraftChecks.assertValid(draft(file));
            assertTrue(draft.actor("ana-lima").isPresent(), file + ": " + draft.actors());
            assertTrue(draft.actor("bo-reyes").isPresent(), file + ": " + draft.actors());
            List<Link> opposes = draft.links().stream().filter(l -> l.kind() == LinkKind.OPPOSES).toList();
            assertFalse(opposes.isEmpty(), file + ": no opposing link in " + draft.links());
            assertTrue(draft.tour().size() >= 2, file.toString());
        }
    }

    @Test
    void webPageDraftKeepsItsMetadataAndLeavesTheCommentsOut() throws Exception {
        Explainer draft = DraftChecks.assertValid(draft(TestArticles.all(dir).get(0)));
        assertEquals("Bridge plan splits the valley", draft.article().title());
        assertEquals("Valley Courier", draft.article().outlet());
        assertEquals("2024-05-02", draft.article().date());
        assertEquals("bridge-plan-splits-the-valley", draft.id());
        assertFalse(draft.actor("ed-stone").isPresent(), "a commenter is not an actor of the article");
        assertEquals(4, draft.article().paragraphs().size());
    }
}
