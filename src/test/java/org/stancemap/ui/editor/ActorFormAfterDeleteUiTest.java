package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;

/**
 * After an author deletes an actor, the actor form shows the actor now chosen, or, with none
 * chosen, nothing at all and nothing to edit: once it said "Person" under an empty name, as if
 * half of someone were still there.
 */
class ActorFormAfterDeleteUiTest extends EditorUiTestBase {

    @Test
    void deletingTheChosenActorLeavesNoHalfFilledForm() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitUntil("the actors' list shows", () -> fx(() -> byId("editor-actor-list").isVisible()));
        ListView<Actor> list = actorList();
        fxRun(() -> {
            list.getSelectionModel().select(actor("zelensky"));
            list.requestFocus();
        });
        waitUntil("the form shows Zelensky", () -> "Volodymyr Zelensky".equals(name().getText()));
        type(KeyCode.DELETE);
        waitUntil("Zelensky is deleted", () -> badge("zelensky") == null);
        waitForPulses(2);

        Actor chosen = fx(() -> list.getSelectionModel().getSelectedItem());
        if (chosen != null) {
            assertShows(chosen, "after the delete");
        } else {
            assertEquals("", fx(() -> name().getText()), "no name with no actor chosen");
            assertNull(fx(() -> kind().getValue()), "no kind with no actor chosen");
            assertEquals("", fx(() -> role().getText()), "no role with no actor chosen");
            assertTrue(fx(() -> name().isDisabled() && kind().isDisabled() && role().isDisabled()),
                    "nothing to edit with no actor chosen");
            assertFalse(fx(() -> byId("editor-actor-new").isDisabled()), "a new actor can still be made");
        }

        clickBadge("starmer");
        waitUntil("the actor chosen on the map is chosen in the form",
                () -> actor("starmer").equals(list.getSelectionModel().getSelectedItem()));
        assertShows(actor("starmer"), "chosen on the map after the delete");
    }

    @Test
    void applyingFromAFieldKeepsTheFormFilledAndTheKeyboardThere() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitUntil("the actors' list shows", () -> fx(() -> byId("editor-actor-list").isVisible()));
        fxRun(() -> actorList().getSelectionModel().select(actor("starmer")));
        waitUntil("the form shows Starmer", () -> "Keir Starmer".equals(name().getText()));
        fxRun(() -> {
            role().requestFocus();
            role().setText("UK Prime Minister");
        });
        waitUntil("the role has the keyboard", () -> role().isFocused());
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("Ctrl+Enter applies the role", () -> state.getExplainer().actor("starmer")
                .filter(a -> a.role().equals("UK Prime Minister")).isPresent());
        waitForPulses(2);
        assertShows(fx(() -> state.getExplainer().actor("starmer").orElseThrow()), "after applying");
        assertTrue(fx(() -> role().isFocused()), "the keyboard stays in the role");
    }

    private void assertShows(Actor actor, String when) {
        assertEquals(actor.name(), fx(() -> name().getText()), "the form shows the actor chosen, " + when);
        assertEquals(actor.kind(), fx(() -> kind().getValue()), "with its kind, " + when);
        assertEquals(actor.role(), fx(() -> role().getText()), "and its role, " + when);
        assertFalse(fx(() -> name().isDisabled() || kind().isDisabled()), "ready to edit, " + when);
    }

    private TextField role() {
        return (TextField) byId("editor-actor-role");
    }

    private TextField name() {
        return (TextField) byId("editor-actor-name");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ActorKind> kind() {
        return (ComboBox<ActorKind>) byId("editor-actor-kind");
    }

    @SuppressWarnings("unchecked")
    private ListView<Actor> actorList() {
        return (ListView<Actor>) byId("editor-actor-list");
    }
}
