package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
            fxRun(() -> byId("editor-actor-place").requestFocus());
            waitUntil("the place search has the keyboard", () -> byId("editor-actor-place").isFocused());
            write("Par");
            waitUntil("the type-ahead list opens", () -> Window.getWindows().stream()
                    .anyMatch(w -> w instanceof PopupWindow && w.isShowing()
                            && w.getScene().getRoot().lookup(".list-view") != null));
            waitForPulses(4);
            assertEquals(List.of(), complaints.stream().filter(m -> m.contains("auto-complete")
                    || m.contains("autocompletion")).toList(), "the type-ahead list's CSS resolves in our theme");
            type(KeyCode.ESCAPE);
        } finally {
            css.removeHandler(handler);
        }
    }
}
