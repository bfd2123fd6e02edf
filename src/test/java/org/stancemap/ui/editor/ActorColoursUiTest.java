package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.edit.ItemRef;
import org.stancemap.edit.Review;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;

/**
 * An author deleting an actor sees every other actor keep its colour, on the map and in the
 * editor's list, and undo and redo bring back exactly the colours there were: deleting Vladimir
 * Putin once recoloured nine other actors, because the file's palette hands colours out in the
 * order blocs are first met and he opened Russia's.
 */
class ActorColoursUiTest extends EditorUiTestBase {

    @Test
    void deletingPutinLeavesEveryOtherActorItsColourThroughUndoRedoAndClosing() {
        Map<String, String> opened = badgeColours();
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        assertEquals(opened, badgeColours(), "opening the editor changes no colour");
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitUntil("the actors' list shows", () -> fx(() -> byId("editor-actor-list").isVisible()));
        ListView<Actor> list = actorList();
        assertListShowsMapColours(list, "on opening");

        fxRun(() -> {
            list.getSelectionModel().select(actor("putin"));
            list.requestFocus();
        });
        waitUntil("the list has the keyboard", () -> fx(list::isFocused));
        type(KeyCode.DELETE);
        waitUntil("Putin is deleted", () -> badge("putin") == null);

        Map<String, String> deleted = badgeColours();
        Map<String, String> othersBefore = new LinkedHashMap<>(opened);
        othersBefore.remove("putin");
        assertEquals(othersBefore, deleted, "no other actor changes colour while Putin is deleted");
        assertListShowsMapColours(list, "with Putin deleted");

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("undo brings Putin back", () -> badge("putin") != null);
        assertEquals(opened, badgeColours(), "undo: every colour as it was");
        assertListShowsMapColours(list, "after undo");

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("redo deletes him again", () -> badge("putin") == null);
        assertEquals(deleted, badgeColours(), "redo: the colours of the deletion");

        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        fxRun(editor::closeNow);
        waitUntil("the editor closes", () -> byId("explainer-editor") == null);
        assertEquals(deleted, badgeColours(), "closing the editor moves no colour either");
    }

    @Test
    void aNewStateTakesAColourNoOneOnTheMapHas() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        // Seven blocs use all seven colours; with the Western leaders gone, one is free.
        fxRun(() -> editor.session().apply(org.stancemap.edit.Review.removal(
                java.util.Set.of(new org.stancemap.edit.ItemRef(org.stancemap.edit.ItemRef.Kind.ACTOR,
                        "western-leaders")), "Delete")));
        waitUntil("the Western leaders are deleted", () -> badge("western-leaders") == null);
        Map<String, String> before = badgeColours();
        fxRun(() -> editor.session().apply(org.stancemap.edit.ItemEdits.addActor(new Actor("belarus", "Belarus",
                org.stancemap.model.ActorKind.STATE, "A neighbour", java.util.List.of(), java.util.Optional.empty()))));
        waitUntil("Belarus shows", () -> badge("belarus") != null);
        Map<String, String> after = badgeColours();
        String belarus = after.remove("belarus");
        assertEquals(before, after, "no one else's colour moves");
        assertFalse(after.containsValue(belarus), "Belarus's colour " + belarus + " is no one else's: " + after);
        assertNotEquals("bloc-neutral", belarus);
    }

    @Test
    void rejectingTheFirstSuggestedActorOfADraftLeavesTheOtherItsColour(@TempDir Path dir) throws Exception {
        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        waitUntil("the draft shows", () -> fx(state::getExplainer) == draft);
        String first = draft.actors().get(0).id();
        String second = draft.actors().get(1).id();
        Map<String, String> drafted = badgeColours();
        assertNotEquals(drafted.get(first), drafted.get(second), "two people, two colours");

        fxRun(() -> review.history().apply(Review.reject(new ItemRef(ItemRef.Kind.ACTOR, first))));
        waitUntil("the first actor is rejected", () -> badge(first) == null);
        assertEquals(drafted.get(second), badgeColours().get(second), "the other keeps its colour");

        fxRun(() -> review.history().undo());
        waitUntil("undo brings the first back", () -> badge(first) != null);
        assertEquals(drafted, badgeColours(), "undo: the colours as drafted");
    }

    /** Each actor's colour on the map (its badge's bloc class), in the file's order. */
    private Map<String, String> badgeColours() {
        return fx(() -> {
            Map<String, String> colours = new LinkedHashMap<>();
            for (Actor actor : state.getExplainer().actors()) {
                Node badge = view.lookup("#actor-" + actor.id());
                colours.put(actor.id(), badge == null ? "no badge" : blocClass(badge));
            }
            return colours;
        });
    }

    /** Each actor in the rows of the editor's list shown has the colour of its badge on the map beside its name. */
    private void assertListShowsMapColours(ListView<Actor> list, String when) {
        waitForPulses(2);
        Map<String, String> listed = fx(() -> {
            Map<String, String> shown = new LinkedHashMap<>();
            for (Node cell : list.lookupAll(".list-cell")) {
                if (cell instanceof ListCell<?> row && row.isVisible() && row.getItem() instanceof Actor actor) {
                    shown.put(actor.id(), row.getGraphic() == null ? "no swatch" : blocClass(row.getGraphic()));
                }
            }
            return shown;
        });
        assertFalse(listed.isEmpty(), "the list shows some actors");
        Map<String, String> onMap = badgeColours();
        listed.forEach((id, colour) -> assertEquals(onMap.get(id), colour, id + " in the list, " + when));
    }

    @SuppressWarnings("unchecked")
    private ListView<Actor> actorList() {
        return (ListView<Actor>) byId("editor-actor-list");
    }

    private static String blocClass(Node node) {
        return node.getStyleClass().stream().filter(c -> c.startsWith("bloc-")).findFirst().orElse("none");
    }
}
