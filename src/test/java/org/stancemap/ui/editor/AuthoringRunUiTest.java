package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.PatternAnalyser;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.edit.ItemRef;
import org.stancemap.edit.Review;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.model.TourStep;
import org.stancemap.ui.Messages;

/**
 * A teacher builds an explainer in one sitting, by pointing and typing only: drafts it from an HTML
 * article, accepts two suggestions and rejects a third, quotes words selected in the article for a
 * new actor, adds an actor placed from the gazetteer, links two positions and turns the link round,
 * adds a tour step and a glossary entry, deletes an actor and brings everything of theirs back with
 * one undo, saves, and reopens: what opens is exactly what was built, and it validates.
 */
class AuthoringRunUiTest extends EditorUiTestBase {

    private static final ExplainerEncoder JSON = new ExplainerEncoder();

    @TempDir
    Path dir;

    @Test
    void wholeAuthoringRunFromArticleToReopenedFile() throws Exception {
        Path article = dir.resolve("harbour-dredging.html");
        try (InputStream in = getClass().getResourceAsStream("harbour-dredging.html")) {
            Files.copy(in, article);
        }
        // ---- import: the window's drafting path, with the tests' pattern analyser
        fxRun(() -> view.drafting().useDrafter(new ArticleDrafter(new ArticleImporter(), PatternAnalyser::new)));
        fxRun(() -> view.drafting().draft(article));
        waitUntil("the import step opens on the page's text", () -> byId("import-step") != null);
        @SuppressWarnings("unchecked")
        ListView<String> paragraphs = (ListView<String>) byId("import-paragraphs");
        String caption = "Photo: boats in the old harbour at dawn";
        int captionAt = fx(() -> paragraphs.getItems().indexOf(caption));
        assertTrue(captionAt > 0, "the caption is one of the page's lines");
        waitUntil("the keyboard is in the paragraph list", () -> paragraphs.isFocused());
        for (int i = 0; i < captionAt; i++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.DELETE);
        waitUntil("the caption line is cleaned away", () -> !paragraphs.getItems().contains(caption));
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the draft opens with its review beside the map", () -> byId("draft-review") != null
                && state.getExplainer().article().text().contains("oyster beds"));
        assertFalse(state.getExplainer().article().text().contains("Photo:"), "the cleaned line is not in the draft");

        // ---- review: accept the first two suggestions, reject the third (with what hangs on it)
        List<ItemRef> suggested = Review.suggestions(state.getExplainer());
        assertTrue(suggested.size() >= 3, "the draft has suggestions to review: " + suggested);
        waitUntil("the keyboard is in the suggestions list", () -> byId("review-list").isFocused());
        type(KeyCode.ENTER);
        waitUntil("the first is accepted", () -> !Review.suggestions(state.getExplainer()).contains(suggested.get(0)));
        type(KeyCode.ENTER);
        waitUntil("the second is accepted", () -> !Review.suggestions(state.getExplainer()).contains(suggested.get(1)));
        ItemRef rejected = suggested.get(2);
        type(KeyCode.DELETE);
        waitUntil("the third is rejected", () -> !exists(state.getExplainer(), rejected));
        Stance mayor = state.getExplainer().stances().stream().filter(s -> !s.status().isSuggested()).findFirst()
                .orElseThrow(() -> new AssertionError("an accepted position"));

        // ---- the editor, from the ⋯ menu, takes over the review's history
        clickOn("#main-menu");
        clickOn(Messages.get("menu.edit"));
        waitUntil("the editor opens beside the map", () -> byId("explainer-editor") != null);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        assertTrue(fx(() -> editor.session().history().canUndo()), "the review's accept and reject can still be undone");

        // ---- a quote by selecting words: pressed and released inside words, it snaps to whole words
        String text = state.getExplainer().article().text();
        int dredging = text.indexOf("dredging would");
        int oyster = text.indexOf("oyster beds");
        Point2D from = pointAtOffset(dredging + 3);
        Point2D to = pointAtOffset(oyster + 3);
        drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        waitUntil("the selection snaps to whole words", () -> "dredging would harm the oyster".equals(selectedWords()));
        press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        waitUntil("Shift+→ takes in the next word", () -> "dredging would harm the oyster beds".equals(selectedWords()));
        type(KeyCode.Q);
        waitUntil("Q puts the keyboard on the speaker", () -> byId("editor-quote-speaker").isFocused());
        write("Marta Lopes");
        clickEditor("editor-quote-summary").write("Fears dredging would harm the oyster beds");
        clickEditor("editor-quote-add");
        waitUntil("the quote is added for a new actor", () -> state.getExplainer().actor("marta-lopes").isPresent()
                || failWith(((Label) byId("editor-quote-refusal")).getText()));
        Stance marta = state.getExplainer().stancesOf("marta-lopes").get(0);
        Quote quote = marta.quotes().get(0);
        assertEquals("dredging would harm the oyster beds", quote.text(), "the article's exact words");
        assertEquals(text.codePointCount(0, dredging), quote.span().start(), "offsets in code points");
        assertEquals(Delivery.REPORTED, quote.delivery(), "words not in quotation marks are reported");
        assertEquals("Fears dredging would harm the oyster beds", marta.summary());

        // the same words again are refused, with the reason shown in the form
        Explainer beforeRefusal = state.getExplainer();
        findInArticle("harm the oyster");
        clickEditor("editor-quote-add");
        waitUntil("an overlap is refused with its reason", () -> byId("editor-quote-refusal").isVisible()
                && ((Label) byId("editor-quote-refusal")).getText().contains("overlaps a quote of Marta Lopes"));
        assertTrue(state.getExplainer() == beforeRefusal, "a refused quote changes nothing");

        // ---- an actor with a place from the gazetteer
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitUntil("Alt+2 shows the actors", () -> byId("editor-actor-new").isVisible());
        clickEditor("editor-actor-new");
        waitUntil("a new actor is chosen, its name ready to type over",
                () -> byId("editor-actor-name").isFocused() && state.getExplainer().actor("new-actor").isPresent());
        write("Ana Costa");
        clickEditor("editor-actor-role").write("Harbour master");
        clickEditor("editor-actor-place").write("Lisb");
        waitUntil("the gazetteer offers the city as one types", () -> !lookup(this::isLisbonChoice).queryAll().isEmpty());
        Node lisbon = lookup(this::isLisbonChoice).query();
        clickOn(lisbon);
        waitUntil("the place is chosen", () -> ((Label) byId("editor-actor-place-shown")).getText().contains("Lisbon"));
        clickEditor("editor-actor-apply");
        waitUntil("the actor is renamed and placed", () -> state.getExplainer().actor("new-actor")
                .filter(a -> a.name().equals("Ana Costa")).flatMap(Actor::place).isPresent());
        Actor ana = state.getExplainer().actor("new-actor").orElseThrow();
        assertEquals("Lisbon", ana.place().orElseThrow().name());
        assertEquals(38.72, ana.place().orElseThrow().latitude(), 0.01, "the gazetteer's coordinates");
        assertEquals("Harbour master", ana.role());

        // ---- link two positions chosen in the list, then reverse the link with one key
        press(KeyCode.ALT).type(KeyCode.DIGIT3).release(KeyCode.ALT);
        waitUntil("Alt+3 shows the positions", () -> byId("editor-stance-list").isVisible());
        clickOn(cellOf("editor-stance-list", "Marta Lopes"));
        press(KeyCode.CONTROL).clickOn(cellOf("editor-stance-list", mayorName(mayor))).release(KeyCode.CONTROL);
        clickEditor("editor-stance-link");
        waitUntil("the links tab opens with both positions", () -> byId("editor-link-explanation").isVisible());
        clickEditor("editor-link-explanation").write("The mayor wants the dredging that she fears.");
        Node cite = fx(() -> byId("editor-link-cite").lookup(".button"));
        clickOn(cite);
        waitUntil("a paragraph number is cited",
                () -> ((TextInputControl) byId("editor-link-explanation")).getText().matches(".*\\(¶\\d+\\)$"));
        clickEditor("editor-link-add");
        waitUntil("the link is added", () -> state.getExplainer().links().stream()
                .anyMatch(l -> l.fromStanceId().equals(marta.id()) && l.toStanceId().equals(mayor.id()))
                || failWith(((Label) byId("editor-quote-refusal")).getText()));
        Link link = state.getExplainer().links().stream().filter(l -> l.fromStanceId().equals(marta.id())).findFirst()
                .orElseThrow();
        waitUntil("the new link is chosen in its list", () -> byId("editor-link-list").isFocused());
        type(KeyCode.R);
        waitUntil("R reverses the link", () -> state.getExplainer().link(link.id())
                .filter(l -> l.fromStanceId().equals(mayor.id()) && l.toStanceId().equals(marta.id())).isPresent());

        // ---- a tour step from the current view: the chosen link and its two actors
        int stepsBefore = state.getExplainer().tour().size();
        press(KeyCode.ALT).type(KeyCode.DIGIT5).release(KeyCode.ALT);
        waitUntil("Alt+5 shows the tour", () -> byId("editor-tour-add").isVisible());
        clickEditor("editor-tour-add");
        waitUntil("a step is added", () -> state.getExplainer().tour().size() == stepsBefore + 1);
        TourStep step = state.getExplainer().tour().get(stepsBefore);
        assertEquals(List.of(link.id()), step.linkIds(), "the step focuses on the chosen link");
        assertTrue(step.actorIds().contains("marta-lopes"), "and on its actors: " + step.actorIds());
        waitUntil("the title is ready to type over", () -> byId("editor-tour-title").isFocused());
        write("Oysters or a deeper harbour?");
        clickEditor("editor-tour-notes").write("Ask who gains from each plan.");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the step has its title and notes", () -> state.getExplainer().tour().get(stepsBefore).title()
                .equals("Oysters or a deeper harbour?"));
        assertEquals("Ask who gains from each plan.", state.getExplainer().tour().get(stepsBefore).notes());

        // ---- a glossary entry from a word selected in the article
        clickOn(pointAtOffset(text.indexOf("dredged") + 2));
        waitUntil("a click selects one whole word", () -> "dredged".equals(selectedWords()));
        type(KeyCode.G);
        waitUntil("G takes the word as a term and moves to its definition",
                () -> byId("editor-glossary-definition").isFocused());
        write("Made deeper by digging out mud and sand.");
        clickEditor("editor-glossary-add");
        waitUntil("the glossary holds the term", () -> state.getExplainer().glossary().stream()
                .anyMatch(g -> g.term().equals("dredged") && g.definition().equals("Made deeper by digging out mud and sand.")));

        // ---- delete an actor: their position, link and tour focus go; one undo brings all back
        Explainer built = state.getExplainer();
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitUntil("the actors again", () -> byId("editor-actor-list").isVisible());
        clickOn(cellOf("editor-actor-list", "Marta Lopes"));
        type(KeyCode.DELETE);
        waitUntil("the actor goes with everything of theirs", () -> state.getExplainer().actor("marta-lopes").isEmpty());
        assertTrue(state.getExplainer().link(link.id()).isEmpty(), "the link went with her position");
        assertFalse(state.getExplainer().tour().get(stepsBefore).actorIds().contains("marta-lopes"), "the tour forgot her");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("one undo brings all of it back", () -> JSON.encode(state.getExplainer()).equals(JSON.encode(built)));
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("Ctrl+Shift+Z deletes again", () -> state.getExplainer().actor("marta-lopes").isEmpty());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("undone again", () -> JSON.encode(state.getExplainer()).equals(JSON.encode(built)));
        press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil("Ctrl+Y redoes", () -> state.getExplainer().actor("marta-lopes").isEmpty());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("and back", () -> JSON.encode(state.getExplainer()).equals(JSON.encode(built)));

        // ---- save, reopen: the same explainer, valid
        Path target = dir.resolve("harbour.stancemap.json");
        fxRun(() -> editor.saveTo(target));
        assertFalse(fx(() -> editor.session().history().isModified()), "saved");
        LoadResult loaded = new ExplainerLoader().load(target);
        assertTrue(loaded.isValid(), () -> "the saved explainer validates: " + loaded.problems());
        fxRun(editor::close);
        waitUntil("a saved editor closes without asking", () -> byId("explainer-editor") == null);
        fxRun(() -> state.open(explainer, Optional.empty()));
        fxRun(() -> view.opener().open(target));
        waitUntil("the saved file reopens in the window",
                () -> state.getExplainer() != null && state.getExplainer().actor("marta-lopes").isPresent());
        assertEquals(JSON.encode(built), JSON.encode(state.getExplainer()), "what reopens is what was built");
    }

    private boolean isLisbonChoice(Node node) {
        return node instanceof ListCell<?> cell && "Lisbon, Portugal".equals(cell.getText()) && cell.isVisible();
    }

    private static boolean exists(Explainer explainer, ItemRef item) {
        return switch (item.kind()) {
            case ACTOR -> explainer.actor(item.id()).isPresent();
            case STANCE -> explainer.stance(item.id()).isPresent();
            case LINK -> explainer.link(item.id()).isPresent();
        };
    }

    private static boolean failWith(String refusal) {
        if (!refusal.isEmpty()) {
            throw new AssertionError("refused: " + refusal);
        }
        return false;
    }

    private String mayorName(Stance stance) {
        return state.getExplainer().actor(stance.actorId()).orElseThrow().name();
    }

    /** The screen point in the middle of the character at this string index of the article, scrolled into view. */
    private Point2D pointAtOffset(int index) {
        String text = state.getExplainer().article().text();
        int offset = text.codePointCount(0, index);
        Article.Paragraph paragraph = state.getExplainer().article().paragraphs().stream()
                .filter(p -> p.start() <= offset && offset < p.end()).findFirst().orElseThrow();
        StackPane node = (StackPane) byId("paragraph-" + paragraph.number());
        scrollIntoView((ScrollPane) byId("article-reader"), node);
        waitForPulses(3);
        return fx(() -> {
            TextFlow flow = (TextFlow) node.getChildren().get(1);
            int prefix = ("¶" + paragraph.number() + "   ").length();
            int at = prefix + (offset - paragraph.start());
            Bounds box = new javafx.scene.shape.Path(flow.rangeShape(at, at + 1)).getBoundsInLocal();
            return flow.localToScreen(box.getCenterX(), box.getCenterY());
        });
    }

    private Node cellOf(String listId, String containing) {
        waitUntil("a cell of " + listId + " shows " + containing, () -> byId(listId).lookupAll(".list-cell").stream()
                .anyMatch(c -> ((ListCell<?>) c).getText() != null && ((ListCell<?>) c).getText().contains(containing)));
        return fx(() -> byId(listId).lookupAll(".list-cell").stream()
                .filter(c -> ((ListCell<?>) c).getText() != null && ((ListCell<?>) c).getText().contains(containing))
                .findFirst().orElseThrow());
    }
}
