package org.stancemap.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.stancemap.edit.WordSelection;
import org.stancemap.model.Stance;
import org.stancemap.ui.UiTestBase;

/** What tests of the editor do as its user would: click in its scrolling forms, select the article's words. */
abstract class EditorUiTestBase extends UiTestBase {

    /** Scrolls the editor's form (as a user would) so the control shows, then clicks it. */
    protected EditorUiTestBase clickEditor(String id) {
        Node node = byId(id);
        Node scroll = node;
        while (scroll != null && !(scroll instanceof ScrollPane)) {
            scroll = fx(scroll::getParent);
        }
        if (scroll != null) {
            scrollIntoView((ScrollPane) scroll, node);
        }
        clickOn(node);
        return this;
    }

    /** Selects {@code words} in the article with the quote form's Find, and waits until they are the selection. */
    protected void findInArticle(String words) {
        clickEditor("editor-quote-find").write(words).type(KeyCode.ENTER);
        waitUntil("Find selects “" + words + "”", () -> words.equals(selectedWords()));
    }

    /** The article's words the selection holds now, or null when nothing is selected. */
    protected String selectedWords() {
        WordSelection at = fx(() -> state.articleSelectionProperty().get());
        if (at == null) {
            return null;
        }
        String text = fx(() -> state.getExplainer().article().text());
        return text.substring(text.offsetByCodePoints(0, at.start()), text.offsetByCodePoints(0, at.end()));
    }

    /** The id of the position chosen as the link form's first end, or null. */
    protected String linkFromId() {
        return chosenStanceId("editor-link-from");
    }

    /** The id of the position chosen as the link form's second end, or null. */
    protected String linkToId() {
        return chosenStanceId("editor-link-to");
    }

    @SuppressWarnings("unchecked")
    private String chosenStanceId(String boxId) {
        ComboBox<Stance> box = (ComboBox<Stance>) byId(boxId);
        return fx(() -> box.getValue() == null ? null : box.getValue().id());
    }
}
