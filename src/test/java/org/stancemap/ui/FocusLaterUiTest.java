package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * A field in a pane just docked takes the keyboard even when it is not in the window yet: the
 * editor's speaker field sits in a tab, which enters the scene only when the tab pane's skin is
 * made at the next pulse; a plain request before that was dropped, and the keyboard stayed where
 * it was (the CI run that failed waiting for "the editor opens with the keyboard in it").
 */
class FocusLaterUiTest extends UiTestBase {

    @Test
    void aFieldInATabNotYetInTheWindowTakesTheKeyboardOnceItIs() {
        TextField speaker = fx(TextField::new);
        fxRun(() -> {
            Stage pane = new Stage();
            StackPane root = new StackPane();
            pane.setScene(new Scene(root, 320, 200));
            pane.show();
            root.getChildren().add(new TabPane(new Tab("Quote", speaker)));
            // Docked, but its tab pane has no skin until the next pulse: the field is not in the scene.
            assertNull(speaker.getScene(), "the field enters the scene only with the tab pane's skin");
            FocusLater.request(speaker);
        });
        waitUntil("the field has the keyboard", () -> fx(speaker::isFocused));
    }
}
