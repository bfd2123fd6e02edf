package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.UiTestBase;

/** ControlsFX's type-ahead list is styled by the theme: opening it leaves no CSS complaint on the console. */
class TypeAheadStyleUiTest extends UiTestBase {

    @Test
    void thePlaceSearchesTypeAheadListOpensWithoutACssWarning() {
        List<String> complaints = new CopyOnWriteArrayList<>();
        Logger css = Logger.getLogger("javafx.css");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    complaints.add(String.valueOf(record.getMessage()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        css.addHandler(handler);
        try {
            press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
            waitUntil("Ctrl+E opens the editor", () -> byId("editor-tabs") != null);
            fxRun(() -> ((TabPane) byId("editor-tabs")).getSelectionModel().select(1));
            waitUntil("the actors tab shows its place search", () -> byId("editor-actor-place").isVisible());
            // A place is searched for the actor chosen: with none, the form has nothing to edit.
            fxRun(() -> state.selectActor(actor("starmer")));
            waitUntil("the form shows the actor chosen", () -> !byId("editor-actor-place").isDisabled());
            fxRun(() -> byId("editor-actor-place").requestFocus());
            waitUntil("the place search has the keyboard", () -> byId("editor-actor-place").isFocused());
            write("Par");
            waitUntil("the type-ahead list opens", () -> Window.getWindows().stream()
                    .anyMatch(w -> w instanceof PopupWindow && w.isShowing()
                            && w.getScene().getRoot().lookup(".list-view") != null));
            waitForPulses(4);
            // The suggestions arrive from a background task as the letters are typed: wait for the
            // list to settle; a list sized for shorter rows than the theme's never does.
            waitUntil("the first suggestions show whole, none cut at the list's bottom", () -> {
                ListView<?> list = (ListView<?>) Window.getWindows().stream()
                        .filter(w -> w instanceof PopupWindow && w.isShowing())
                        .map(w -> w.getScene().getRoot().lookup(".list-view")).filter(n -> n != null)
                        .findFirst().orElseThrow();
                Bounds box = list.localToScene(list.getLayoutBounds());
                int rows = Math.min(10, list.getItems().size());
                List<Bounds> cells = list.lookupAll(".list-cell").stream()
                        .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getIndex() < rows)
                        .map(n -> n.localToScene(n.getLayoutBounds())).toList();
                return rows > 0 && cells.size() == rows && cells.stream().allMatch(c -> c.getMaxY() <= box.getMaxY() + 0.5);
            });
            type(KeyCode.ESCAPE);
        } finally {
            css.removeHandler(handler);
        }
    }
}
