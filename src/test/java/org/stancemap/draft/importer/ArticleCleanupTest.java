package org.stancemap.draft.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cleaning an article before drafting: what the author removes, joins and splits is exactly what the draft gets. */
class ArticleCleanupTest {

    private static final ImportedArticle READ = new ImportedArticle("Ferry fares rise", "The Coast Post", "",
            "", String.join("\n", "Photo: the ferry at dawn",
                    "Mara Holt said that the fares would rise in May.",
                    "Leo Quint rejected the rise,",
                    "calling it a tax on islanders.",
                    "Read more: ferries in winter"));

    @Test
    void removingCaptionsAndJoiningABrokenParagraphGivesTheTextToDraft() {
        ArticleCleanup cleaned = ArticleCleanup.of(READ).remove(4).remove(0).joinWithNext(1);
        assertEquals("Mara Holt said that the fares would rise in May.\n"
                + "Leo Quint rejected the rise, calling it a tax on islanders.", cleaned.text());
        assertEquals(cleaned.text(), cleaned.toImported().text());
        assertEquals("The Coast Post", cleaned.toImported().outlet());
    }

    @Test
    void splittingCutsAtThePositionAndDropsTheSpaces() {
        ArticleCleanup cleaned = ArticleCleanup.of(READ).split(1, "Mara Holt said".length());
        assertEquals(List.of("Mara Holt said", "that the fares would rise in May."), cleaned.paragraphs().subList(1, 3));
        ArticleCleanup same = ArticleCleanup.of(READ);
        assertSame(same, same.split(1, 0), "a cut with nothing before it changes nothing");
    }

    @Test
    void splittingNeverCutsACharacterInTwo() {
        ArticleCleanup emoji = ArticleCleanup.of(new ImportedArticle("", "", "", "", "a \uD83D\uDE00b"));
        ArticleCleanup cut = emoji.split(0, 3);
        assertEquals(List.of("a", "\uD83D\uDE00b"), cut.paragraphs());
    }

    @Test
    void correctingAParagraphWithALineBreakMakesTwoAndEmptyRemovesIt() {
        ArticleCleanup cleaned = ArticleCleanup.of(READ).replace(2, "Leo Quint rejected the rise.\nHe left.");
        assertEquals("He left.", cleaned.paragraphs().get(3));
        assertEquals(5, cleaned.replace(0, "  ").paragraphs().size());
    }

    @Test
    void titleOutletAndDateAreOneLineEach() {
        ArticleCleanup cleaned = ArticleCleanup.of(READ).withTitle(" Fares:\n who pays? ", true)
                .withOutlet("Coast\nPost").withDate(" 3 May 2026 ");
        assertEquals("Fares: who pays?", cleaned.title());
        assertTrue(cleaned.titleIsOwn());
        assertEquals("Coast Post", cleaned.outlet());
        assertEquals("3 May 2026", cleaned.date());
    }

    @Test
    void joiningTheLastParagraphOrRemovingOneThatIsNotThereIsRefused() {
        ArticleCleanup cleaned = ArticleCleanup.of(READ);
        assertThrows(IllegalArgumentException.class, () -> cleaned.joinWithNext(4));
        assertThrows(IndexOutOfBoundsException.class, () -> cleaned.remove(5));
    }

    @Test
    void removingEveryParagraphLeavesNothingToDraft() {
        ArticleCleanup cleaned = ArticleCleanup.of(READ);
        while (!cleaned.paragraphs().isEmpty()) {
            cleaned = cleaned.remove(0);
        }
        assertFalse(cleaned.hasUsableText());
        assertEquals("", cleaned.text());
    }

    @Test
    void pastedTextIsSplitLikeATextFileWithItsHeadlineAsTitle() throws ArticleImportException {
        ImportedArticle pasted = PastedText.read("Ferry fares rise\r\n\r\nMara Holt said that the fares would rise.\n"
                + "Leo Quint rejected the rise.\n");
        assertEquals("Ferry fares rise", pasted.title());
        assertEquals("Mara Holt said that the fares would rise.\nLeo Quint rejected the rise.", pasted.text());
    }

    @Test
    void emptyOrWordlessPasteIsRefusedWithAReason() {
        ArticleImportException empty = assertThrows(ArticleImportException.class, () -> PastedText.read(" \n "));
        assertTrue(empty.getMessage().contains("no text"), empty.getMessage());
        ArticleImportException marks = assertThrows(ArticleImportException.class, () -> PastedText.read("123 -- 456"));
        assertTrue(marks.getMessage().contains("no usable text"), marks.getMessage());
    }
}
