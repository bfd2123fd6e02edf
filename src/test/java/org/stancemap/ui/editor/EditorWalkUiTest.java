package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Link;
import org.stancemap.ui.UiTestBase;

/** What a teacher walking through the editor ran into: the field they type in, the key they press, the warning left behind. */
class EditorWalkUiTest extends UiTestBase {

    private ExplainerEditor editor;

    @BeforeEach
    void openEditor() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor beside the map", () -> byId("explainer-editor") != null);
        editor = (ExplainerEditor) byId("explainer-editor");
    }

    @Test
    void aNewActorsNameFieldIsScrolledIntoViewWhereTheAuthorTypes() {
        projectorSizedWindow();
        waitUntil("the window is projector-sized", () -> fx(() -> stage.getHeight()) == 768);
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        Node newActor = byId("editor-actor-new");
        ScrollPane form = formOf(newActor);
        waitForPulses(2);
        fxRun(() -> {
            form.setVvalue(1);
            form.layout();
        });
        waitForPulses(2);
        assertFalse(wholeIn(form, byId("editor-actor-name")), "the form starts scrolled down to its buttons");
        clickOn(newActor);
        waitUntil("the new actor's name has the keyboard", () -> byId("editor-actor-name").isFocused());
        waitUntil("and shows whole, where the author types", () -> wholeIn(form, byId("editor-actor-name")));
    }

    @Test
    void ctrlTAddsATourStepFromTheMapWithoutReachingIntoTheForm() {
        Link link = explainer.links().get(0);
        int steps = state.getExplainer().tour().size();
        fxRun(() -> state.selectLink(link));
        clickOn("#editor-tab-actors-section");
        fxRun(() -> byId("map").requestFocus());
        waitUntil("the keyboard is on the map", () -> byId("map").isFocused());
        press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitUntil("Ctrl+T adds a step", () -> state.getExplainer().tour().size() == steps + 1);
        assertTrue(state.getExplainer().tour().stream().anyMatch(s -> s.linkIds().contains(link.id())),
                "the step shows the link chosen on the map");
        Tab shown = fx(() -> ((TabPane) byId("editor-tabs")).getSelectionModel().getSelectedItem());
        assertEquals("editor-tab-tour", shown.getId(), "the Tour tab shows the new step");
    }

    @Test
    void aRefusalsWarningGoesOnceTheEditItRefusedIsPutRight() {
        press(KeyCode.ALT).type(KeyCode.DIGIT6).release(KeyCode.ALT);
        String term = explainer.glossary().get(0).term();
        clickOn("#editor-glossary-term").write(term);
        clickOn("#editor-glossary-definition").write("A second definition.");
        clickOn("#editor-glossary-add");
        waitUntil("the same term again is refused, in a sentence", () -> state.noticeProperty().get() != null
                && state.noticeProperty().get().problem()
                && state.noticeProperty().get().text().endsWith("is in the glossary already."));
        assertTrue(byId("notice").isVisible(), "the warning is on screen");
        clickOn("#editor-glossary-term");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("ceasefire line");
        clickOn("#editor-glossary-add");
        waitUntil("the corrected entry is added", () -> state.getExplainer().glossary().stream()
                .anyMatch(g -> g.term().equals("ceasefire line")));
        waitUntil("and the warning about the refused one is gone", () -> !byId("notice").isVisible());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEditorsProblemsPanelIsLiveAndTakesTheAuthorToTheEntry() {
        waitUntil("the editor shows its problems panel", () -> byId("problems-list") != null
                && isAncestor(editor, byId("problems-list")));
        javafx.scene.control.ListView<org.stancemap.edit.Checkup.Finding> problems =
                (javafx.scene.control.ListView<org.stancemap.edit.Checkup.Finding>) byId("problems-list");
        int before = fx(() -> problems.getItems().size());
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitUntil("the Actors tab shows", () -> byId("editor-actor-new").isVisible());
        scrollIntoView(formOf(byId("editor-actor-new")), byId("editor-actor-new"));
        clickOn("#editor-actor-new");
        waitUntil("the new actor's name has the keyboard", () -> byId("editor-actor-name").isFocused());
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("Port authority");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the new actor is named", () -> state.getExplainer().actors().stream()
                .anyMatch(a -> a.name().equals("Port authority")));
        waitUntil("the panel warns of the actor with no stance, as --validate would", () -> fx(() -> problems.getItems()
                .stream().anyMatch(f -> f.message().contains("Port authority"))));
        assertTrue(fx(() -> problems.getItems().size()) > before, "one finding more than before");
        press(KeyCode.ALT).type(KeyCode.DIGIT6).release(KeyCode.ALT);
        int at = fx(() -> problems.getItems().indexOf(problems.getItems().stream()
                .filter(f -> f.message().contains("Port authority")).findFirst().orElseThrow()));
        fxRun(() -> problems.scrollTo(at));
        waitForPulses(2);
        clickOn(fx(() -> problems.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> cell && cell.getIndex() == at)
                .findFirst().orElseThrow()));
        waitUntil("a click goes to the Actors tab", () -> "editor-tab-actors".equals(fx(() ->
                ((TabPane) byId("editor-tabs")).getSelectionModel().getSelectedItem().getId())));
        javafx.scene.control.ListView<org.stancemap.model.Actor> actors =
                (javafx.scene.control.ListView<org.stancemap.model.Actor>) byId("editor-actor-list");
        waitUntil("with that actor chosen and the keyboard on the list", () -> fx(() -> actors.isFocused()
                && actors.getSelectionModel().getSelectedItem() != null
                && actors.getSelectionModel().getSelectedItem().name().equals("Port authority")));
    }

    @Test
    void tryItShowsTheWholeMapAndEscComesBackToTheEditorWhereItWas() {
        press(KeyCode.ALT).type(KeyCode.DIGIT6).release(KeyCode.ALT);
        clickOn("#editor-glossary-term").write("truce");
        clickOn("#editor-glossary-definition").write("A pause in fighting agreed by both sides.");
        clickOn("#editor-glossary-add");
        waitUntil("the term is added", () -> state.getExplainer().glossary().stream().anyMatch(g -> g.term().equals("truce")));
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        clickOn("#try-it");
        clickOn(org.stancemap.ui.Messages.get("try.map"));
        waitUntil("the editor steps aside for the whole map", () -> editor.getScene() == null && byId("try-back-strip") != null);
        type(KeyCode.ESCAPE);
        waitUntil("Esc brings the same editor back", () -> editor.getScene() != null);
        assertEquals("editor-tab-actors", fx(() -> ((TabPane) byId("editor-tabs")).getSelectionModel().getSelectedItem().getId()),
                "on the tab it was on");
        assertTrue(fx(() -> editor.session().history().canUndo()), "with its history: the glossary entry can still be undone");
        assertTrue(state.editingProperty().get(), "and the article's words are for quoting again");
    }

    @Test
    void theArticleCorrectedLaterKeepsItsQuotesOrFlagsTheOneWhoseWordsWent() {
        org.stancemap.model.Quote kept = explainer.stancesOf("macron").get(0).quotes().get(0);
        org.stancemap.model.Quote gone = explainer.stancesOf("putin").get(0).quotes().get(0);
        clickOn("#editor-article");
        waitUntil("the article's text opens for correcting", () -> lookup("#editor-article-area").tryQuery().isPresent());
        javafx.scene.control.TextArea area = lookup("#editor-article-area").queryAs(javafx.scene.control.TextArea.class);
        assertEquals(explainer.article().text(), fx(area::getText), "exactly the text the explainer quotes");
        fxRun(() -> area.setText("Photo: a caption left in\n"
                + explainer.article().text().replace(gone.text(), "[these words were wrong]")));
        clickOn("#editor-article-apply");
        waitUntil("the correction applies", () -> state.getExplainer().article().text().startsWith("Photo:"));
        String text = state.getExplainer().article().text();
        org.stancemap.model.Quote moved = state.getExplainer().stancesOf("macron").get(0).quotes().get(0);
        assertEquals(kept.text(), text.substring(text.offsetByCodePoints(0, moved.span().start()),
                text.offsetByCodePoints(0, moved.span().end())), "a quote whose words are there is found again on them");
        assertEquals(List.of(gone), org.stancemap.edit.TextCorrection.misplaced(state.getExplainer())
                .stream().map(q -> q).toList(), "the one whose words went is kept, not dropped or moved");
        waitUntil("and the author is told, as a problem", () -> state.noticeProperty().get() != null
                && state.noticeProperty().get().problem()
                && state.noticeProperty().get().text().startsWith("1 quote could not be found"));
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("one undo brings the old text back", () -> state.getExplainer().article().equals(explainer.article()));
    }

    private static ScrollPane formOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll && scroll.getStyleClass().contains("editor-scroll")) {
                return scroll;
            }
        }
        throw new AssertionError("not in an editor form: " + node);
    }

    private static boolean wholeIn(ScrollPane scroll, Node node) {
        return fx(() -> {
            Node viewport = scroll.lookup(".viewport");
            Bounds port = viewport.localToScene(viewport.getLayoutBounds());
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            return bounds.getMinY() >= port.getMinY() - 0.5 && bounds.getMaxY() <= port.getMaxY() + 0.5;
        });
    }
}
