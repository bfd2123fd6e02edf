package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.PatternAnalyser;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;

/**
 * A teacher brings an article in and cleans it before drafting: a saved web page opens in the import
 * step with its paragraphs numbered; a caption is removed, a paragraph broken in two is
 * joined, another is split, the outlet and date are set and the title marked as their own; the draft
 * then holds exactly that text. Cancelling or a failed draft leaves the cleaned text as it was.
 */
class ImportStepUiTest extends UiTestBase {

    private static final String PAGE = """
            <html><head><title>Harbour plan splits the town</title></head><body><article>
            <h1>Harbour plan splits the town</h1>
            <p>Ines Varga said that the old harbour would close to fishing boats next spring.</p>
            <p>Pictured: the town’s ferries in winter</p>
            <p>Tomas Reed rejected the closure as</p>
            <p>a decision made about us without us.</p>
            <p>“The pier is no longer safe,” Ines Varga said. Port Alder Union welcomed the plan.</p>
            </article></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void cleanedTextIsExactlyTheDraftsArticle() throws Exception {
        useTestAnalyser();
        openStep();
        assertEquals(List.of(
                "Ines Varga said that the old harbour would close to fishing boats next spring.",
                "Pictured: the town’s ferries in winter",
                "Tomas Reed rejected the closure as",
                "a decision made about us without us.",
                "“The pier is no longer safe,” Ines Varga said. Port Alder Union welcomed the plan."),
                fx(() -> List.copyOf(paragraphs().getItems())), "the page's paragraphs, one a line");
        assertTrue(labelTexts(byId("import-paragraphs")).contains("caption or link?"),
                "the caption is tagged as likely clutter");

        waitUntil("the keyboard is in the paragraph list", () -> paragraphs().isFocused());
        type(KeyCode.DOWN);
        type(KeyCode.DELETE);
        waitUntil("the caption is gone", () -> paragraphs().getItems().size() == 4);
        assertEquals(1, fx(() -> paragraphs().getSelectionModel().getSelectedIndex()), "the next paragraph is chosen");
        press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL);
        waitUntil("the broken paragraph is joined", () -> paragraphs().getItems().size() == 3);
        assertEquals("Tomas Reed rejected the closure as a decision made about us without us.",
                fx(() -> paragraphs().getItems().get(1)));

        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        waitUntil("Enter puts the keyboard in the paragraph's text", () -> editor().isFocused());
        String last = "“The pier is no longer safe,” Ines Varga said.";
        fxRun(() -> editor().positionCaret(last.length() + 1));
        type(KeyCode.ENTER);
        waitUntil("Enter splits the paragraph at the cursor", () -> paragraphs().getItems().size() == 4);
        type(KeyCode.ESCAPE);
        waitUntil("Esc goes back to the list", () -> paragraphs().isFocused());

        clickOn("#import-field-outlet").write("The Harbour Times");
        clickOn("#import-field-date").write("3 May 2026");
        clickOn("#import-title-own");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the draft opens with its review", () -> byId("draft-review") != null);
        assertNull(byId("import-step"), "the import step is gone");

        Article article = fx(() -> state.getExplainer().article());
        assertEquals(String.join("\n",
                "Ines Varga said that the old harbour would close to fishing boats next spring.",
                "Tomas Reed rejected the closure as a decision made about us without us.",
                last,
                "Port Alder Union welcomed the plan."), article.text(), "the draft's article is the cleaned text");
        assertEquals("Harbour plan splits the town", article.title());
        assertTrue(article.titleIsEditorial(), "the title is marked as the author's own");
        assertEquals("The Harbour Times", article.outlet());
        assertEquals("3 May 2026", article.date());
        Explainer draft = state.getExplainer();
        assertFalse(draft.stances().isEmpty(), "the draft has suggestions to review");
    }

    @Test
    void withSuggestionsOffTheArticleAloneOpensForEditingByHand() throws Exception {
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        fxRun(() -> view.drafting().useDrafter(new ArticleDrafter(new ArticleImporter(), () -> {
            loads.incrementAndGet();
            return new PatternAnalyser();
        })));
        openStep();
        javafx.scene.control.CheckBox suggest = (javafx.scene.control.CheckBox) byId("import-suggest");
        assertTrue(fx(suggest::isSelected), "suggestions are on by default");
        clickOn(suggest);
        waitUntil("suggestions are off", () -> !suggest.isSelected());
        assertEquals("Open in editor", fx(() -> ((javafx.scene.control.Button) byId("import-draft")).getText()),
                "the button says what it will do now");
        clickOn("#import-field-outlet").write("The Harbour Times");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("draft-review") != null);
        assertNull(byId("import-step"), "the import step is gone");

        Explainer opened = fx(() -> state.getExplainer());
        assertEquals(0, loads.get(), "the drafter was not run");
        assertTrue(opened.actors().isEmpty() && opened.stances().isEmpty() && opened.links().isEmpty(),
                "no actors, stances or links were suggested");
        assertEquals(0, fx(() -> ((ListView<?>) byId("review-list")).getItems().size()), "nothing to review");
        assertEquals("Harbour plan splits the town", opened.article().title());
        assertEquals("The Harbour Times", opened.article().outlet());
        assertTrue(opened.article().text().startsWith("Ines Varga said that the old harbour would close"),
                opened.article().text());
        waitUntil("the article's first paragraph is on screen", () -> byId("paragraph-1") != null);
        assertTrue(textsUnder(byId("paragraph-1")).contains("Ines Varga said that the old harbour"),
                "the reader shows the article's text");

        // The format needs an actor: what --validate would say is the one thing missing, and the
        // problems panel says the same.
        Path saved = dir.resolve("bare.stancemap.json");
        new org.stancemap.explainer.ExplainerEncoder().write(opened, saved);
        org.stancemap.explainer.LoadResult checked = new org.stancemap.explainer.ExplainerLoader().load(saved);
        assertEquals(1, checked.errors().size(), "only one problem: " + checked.problems());
        assertTrue(checked.errors().get(0).toString().contains("no actors"), checked.problems().toString());
        @SuppressWarnings("unchecked")
        ListView<org.stancemap.edit.Checkup.Finding> problems =
                (ListView<org.stancemap.edit.Checkup.Finding>) byId("problems-list");
        waitUntil("the problems panel says an actor is missing", () -> problems.getItems().stream()
                .anyMatch(f -> f.error() && f.message().contains("no actors")));

        fxRun(() -> view.drafting().paste("Another plan\n\nTomas Reed said no.\n"));
        waitUntil("the next import step opens", () -> byId("import-step") != null);
        assertFalse(fx(() -> ((javafx.scene.control.CheckBox) byId("import-suggest")).isSelected()),
                "the choice holds for the next article");
    }

    private static String textsUnder(javafx.scene.Node root) {
        return fx(() -> {
            StringBuilder all = new StringBuilder();
            java.util.Deque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(List.of(root));
            while (!todo.isEmpty()) {
                javafx.scene.Node node = todo.pop();
                if (node instanceof javafx.scene.text.Text text) {
                    all.append(text.getText());
                } else if (node instanceof Label label) {
                    all.append(label.getText());
                }
                if (node instanceof javafx.scene.Parent parent) {
                    todo.addAll(parent.getChildrenUnmodifiable());
                }
            }
            return all.toString();
        });
    }

    @Test
    void undoBringsARemovedParagraphBack() throws Exception {
        useTestAnalyser();
        openStep();
        waitUntil("the keyboard is in the paragraph list", () -> paragraphs().isFocused());
        type(KeyCode.DELETE);
        waitUntil("removed", () -> paragraphs().getItems().size() == 4);
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("undo brings it back", () -> paragraphs().getItems().size() == 5);
        assertTrue(fx(() -> paragraphs().getItems().get(0)).startsWith("Ines Varga said"));
    }

    @Test
    void undoSelectsTheRestoredLineNotTheOneAfterIt() throws Exception {
        useTestAnalyser();
        openStep();
        waitUntil("the keyboard is in the paragraph list", () -> paragraphs().isFocused());
        type(KeyCode.DOWN);
        waitUntil("the second line is selected", () -> fx(() -> paragraphs().getSelectionModel().getSelectedIndex()) == 1);
        String removed = fx(() -> paragraphs().getItems().get(1));
        type(KeyCode.DELETE);
        waitUntil("removed", () -> paragraphs().getItems().size() == 4);
        // The author looks on down the list before changing their mind.
        type(KeyCode.DOWN);
        waitUntil("the keyboard moved on", () -> fx(() -> paragraphs().getSelectionModel().getSelectedIndex()) == 2);
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("undo brings it back", () -> paragraphs().getItems().size() == 5);
        waitForPulses(2);
        assertEquals(removed, fx(() -> paragraphs().getSelectionModel().getSelectedItem()),
                "the restored line is the one selected, ready to look at again");
        assertEquals(removed, fx(() -> editor().getText()), "and the one shown for editing");
    }

    @Test
    void undoOfTheLastLinesRemovalSelectsThatLineAgain() throws Exception {
        useTestAnalyser();
        openStep();
        waitUntil("the keyboard is in the paragraph list", () -> paragraphs().isFocused());
        type(KeyCode.END);
        waitUntil("the last line is selected", () -> fx(() -> paragraphs().getSelectionModel().getSelectedIndex()) == 4);
        String removed = fx(() -> paragraphs().getItems().get(4));
        type(KeyCode.DELETE);
        waitUntil("removed", () -> paragraphs().getItems().size() == 4);
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("undo brings it back", () -> paragraphs().getItems().size() == 5);
        waitForPulses(2);
        assertEquals(removed, fx(() -> paragraphs().getSelectionModel().getSelectedItem()), "the restored line is selected");
    }

    @Test
    void cancellingADraftKeepsTheCleanedText() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch loading = new CountDownLatch(1);
        fxRun(() -> view.drafting().useDrafter(new ArticleDrafter(new ArticleImporter(), () -> {
            loading.countDown();
            try {
                release.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PatternAnalyser();
        })));
        openStep();
        waitUntil("the keyboard is in the paragraph list", () -> paragraphs().isFocused());
        type(KeyCode.DOWN);
        type(KeyCode.DELETE);
        waitUntil("removed", () -> paragraphs().getItems().size() == 4);
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertTrue(loading.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "drafting started");
        waitUntil("progress shows what is being done", () -> !((Label) byId("import-stage")).getText().isEmpty()
                && byId("import-cancel-draft").isVisible());
        type(KeyCode.ESCAPE);
        waitUntil("the step says drafting was cancelled",
                () -> ((Label) byId("import-problem")).getText().contains("cancelled"));
        release.countDown();
        waitForPulses(3);
        assertTrue(byId("import-step") != null, "the step stays open");
        assertNull(byId("draft-review"), "no draft opened");
        assertEquals(4, fx(() -> paragraphs().getItems().size()), "the cleaned text is as it was");
        assertFalse(fx(() -> byId("import-paragraphs").isDisabled()), "the text can be changed again");
    }

    @Test
    void aDraftThatFindsNobodyIsReportedAndTheTextStays() throws Exception {
        fxRun(() -> view.drafting().useDrafter(new ArticleDrafter(new ArticleImporter(), PatternAnalyser::new)));
        Path article = Files.writeString(dir.resolve("weather.txt"), "Rain is due on Tuesday.\nIt will be cold.\n",
                StandardCharsets.UTF_8);
        fxRun(() -> view.drafting().draft(article));
        waitUntil("the import step opens", () -> byId("import-step") != null);
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the step says why no draft was made",
                () -> ((Label) byId("import-problem")).getText().contains("no actors"));
        assertEquals(2, fx(() -> paragraphs().getItems().size()));
        assertNull(byId("draft-review"));
    }

    @Test
    void aBrokenFileIsReportedInOneLineAndNoStepOpens() throws Exception {
        Path broken = Files.write(dir.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        fxRun(() -> view.drafting().draft(broken));
        waitUntil("the problem is told", () -> state.noticeProperty().get() != null
                && state.noticeProperty().get().problem());
        assertTrue(state.noticeProperty().get().text().contains("broken.pdf"), state.noticeProperty().get().text());
        assertNull(byId("import-step"));
        assertEquals(explainer.id(), fx(() -> state.getExplainer().id()), "the explainer on screen stays");
    }

    @Test
    void pastedTextOpensTheStepAndAnEmptyClipboardIsExplained() {
        fxRun(() -> view.drafting().paste(" "));
        assertTrue(state.noticeProperty().get().text().contains("clipboard"), state.noticeProperty().get().text());
        assertNull(byId("import-step"));
        fxRun(() -> view.drafting().paste("Harbour plan\n\nInes Varga said that the harbour would close.\n"));
        waitUntil("the import step opens on the pasted text", () -> byId("import-step") != null);
        assertEquals(List.of("Ines Varga said that the harbour would close."), fx(() -> List.copyOf(paragraphs().getItems())));
        assertEquals("Harbour plan", fx(() -> ((javafx.scene.control.TextField) byId("import-field-title")).getText()));
    }

    @Test
    void tabGoesRoundTheStepAndNeverReachesTheWindowBehindIt() throws Exception {
        openStep();
        waitUntil("the keyboard is in the paragraph list", () -> paragraphs().isFocused());
        javafx.scene.Node step = byId("import-step");
        java.util.Set<javafx.scene.Node> visited = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            type(KeyCode.TAB);
            javafx.scene.Node focused = fx(() -> stage.getScene().getFocusOwner());
            assertTrue(isAncestor(step, focused), "Tab " + (i + 1) + " stays in the import step, not on " + focused);
            visited.add(focused);
        }
        assertTrue(visited.contains(byId("import-draft")), "and reaches Draft on its way round: " + visited);
        for (int i = 0; i < 30; i++) {
            press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            javafx.scene.Node focused = fx(() -> stage.getScene().getFocusOwner());
            assertTrue(isAncestor(step, focused), "Shift+Tab stays in the step too, not on " + focused);
        }
    }

    private void useTestAnalyser() {
        fxRun(() -> view.drafting().useDrafter(new ArticleDrafter(new ArticleImporter(), PatternAnalyser::new)));
    }

    private void openStep() throws Exception {
        Path page = Files.writeString(dir.resolve("harbour.html"), PAGE, StandardCharsets.UTF_8);
        fxRun(() -> view.drafting().draft(page));
        waitUntil("the import step opens", () -> byId("import-step") != null);
    }

    @SuppressWarnings("unchecked")
    private ListView<String> paragraphs() {
        return (ListView<String>) byId("import-paragraphs");
    }

    private TextArea editor() {
        return (TextArea) byId("import-paragraph-editor");
    }
}
