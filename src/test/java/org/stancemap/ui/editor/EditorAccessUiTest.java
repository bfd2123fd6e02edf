package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.UiTestBase;

/** Who reaches the editor, and how it tells the author what Undo would do. */
class EditorAccessUiTest extends UiTestBase {

    @Test
    void aKioskVisitorCannotOpenTheEditor() {
        fxRun(state::enterKiosk);
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitForPulses(3);
        assertNull(byId("explainer-editor"), "Ctrl+E does nothing in a kiosk");
        assertNull(fx(() -> new EditorDock(state, () -> null, node -> { }, node -> { }).open()),
                "and nothing else opens it there");
    }

    @Test
    void theBuiltInExplainerOpensForEditingAndUndoNamesTheEdit() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor beside the map", () -> byId("explainer-editor") != null);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        assertEquals(Optional.empty(), fx(() -> editor.session().file()),
                "the built-in explainer has no file: its first Save asks where to write a copy");
        assertTrue(state.editingProperty().get(), "the article's words can be selected");
        press(KeyCode.ALT).type(KeyCode.DIGIT6).release(KeyCode.ALT);
        clickOn("#editor-glossary-term").write("dialogue");
        clickOn("#editor-glossary-definition").write("Talks between the two sides.");
        clickOn("#editor-glossary-add");
        waitUntil("the term is added", () -> state.getExplainer().glossary().stream()
                .anyMatch(g -> g.term().equals("dialogue")));
        Tooltip undo = fx(() -> ((javafx.scene.control.Button) byId("editor-undo")).getTooltip());
        assertEquals("Undo: add “dialogue” to the glossary (Ctrl+Z)", fx(undo::getText),
                "the tooltip says what Undo takes back");
        clickOn("#editor-undo");
        waitUntil("Undo takes it back", () -> state.getExplainer().glossary().stream()
                .noneMatch(g -> g.term().equals("dialogue")));
        fxRun(editor::close);
        waitUntil("closing an unchanged explainer asks nothing", () -> byId("explainer-editor") == null);
        assertTrue(!state.editingProperty().get(), "the article is for reading again");
    }
}
