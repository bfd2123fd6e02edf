package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.UiTestBase;

/** The place search's type-ahead list never hides the field being typed in, even at the screen's foot. */
class TypeAheadNearTheFootUiTest extends UiTestBase {

    /** Room left under the field: less than the list of places needs. */
    private static final double ROOM_BELOW = 40;

    @Test
    void nearTheScreensFootTheListOpensAboveThePlaceSearch() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor", () -> byId("editor-tabs") != null);
        fxRun(() -> ((TabPane) byId("editor-tabs")).getSelectionModel().select(1));
        waitUntil("the actors tab shows its place search", () -> byId("editor-actor-place").isVisible());
        Node field = byId("editor-actor-place");
        // A place is searched for the actor chosen: with none, the form has nothing to edit.
        fxRun(() -> state.selectActor(actor("starmer")));
        waitUntil("the form shows the actor chosen", () -> !field.isDisabled());
        // Focused first: the form may scroll to show it, which would move it after it was placed.
        fxRun(field::requestFocus);
        waitUntil("the place search has the keyboard", field::isFocused);
        waitForPulses(3);
        // The field brought near the screen's foot, as it is near the foot of a form on a short screen.
        fxRun(() -> {
            double foot = Screen.getPrimary().getVisualBounds().getMaxY();
            double fieldFoot = field.localToScreen(field.getLayoutBounds()).getMaxY();
            stage.setY(stage.getY() + foot - ROOM_BELOW - fieldFoot);
        });
        waitUntil("the field is near the foot", () -> Screen.getPrimary().getVisualBounds().getMaxY()
                - field.localToScreen(field.getLayoutBounds()).getMaxY() < ROOM_BELOW + 1);
        waitForPulses(3);
        assertTrue(fx(() -> Screen.getPrimary().getVisualBounds().getMaxY()
                - field.localToScreen(field.getLayoutBounds()).getMaxY()) < ROOM_BELOW + 1, "and stays there");
        write("Par");
        waitUntil("several places are offered", () -> list().map(l -> l.getItems().size() >= 3).orElse(false));
        waitUntil("the list shows above the field, clear of it", () -> {
            Bounds typing = field.localToScreen(field.getLayoutBounds());
            Bounds offered = list().map(l -> l.localToScreen(l.getLayoutBounds())).orElseThrow();
            return offered.getHeight() > ROOM_BELOW && offered.getMaxY() <= typing.getMinY() + 0.5;
        });
        Bounds typing = fx(() -> field.localToScreen(field.getLayoutBounds()));
        assertTrue(fx(() -> list().orElseThrow().localToScreen(list().orElseThrow().getLayoutBounds()).getMinY())
                >= Screen.getPrimary().getVisualBounds().getMinY() - 0.5, "and on the screen: " + typing);
        type(KeyCode.ESCAPE);
    }

    private static Optional<ListView<?>> list() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".list-view")).filter(n -> n instanceof ListView<?>)
                .<ListView<?>>map(n -> (ListView<?>) n).findFirst();
    }
}
