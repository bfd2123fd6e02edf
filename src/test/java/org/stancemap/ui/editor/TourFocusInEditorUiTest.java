package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.model.TourStep;

/**
 * An author in the editor's list of tour steps presses Shift+F5 to see the tour from the chosen
 * step, then Esc: the keyboard is back in that list, on that step, so the arrow keys go on through
 * the steps (it used to land on the tab's name, or on nothing at all).
 */
class TourFocusInEditorUiTest extends EditorUiTestBase {

    @Test
    void escAfterShiftF5FromTheStepsListComesBackToTheList() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(KeyCode.DIGIT5).release(KeyCode.ALT);
        waitUntil("the tour's steps show", () -> byId("editor-tour-list").isVisible());
        @SuppressWarnings("unchecked")
        ListView<TourStep> steps = (ListView<TourStep>) byId("editor-tour-list");
        fxRun(() -> {
            steps.getSelectionModel().select(2);
            steps.requestFocus();
        });
        waitUntil("the steps list has the keyboard", steps::isFocused);

        press(KeyCode.SHIFT, KeyCode.F5);
        release(KeyCode.F5, KeyCode.SHIFT);
        waitUntil("Shift+F5 presents from the chosen step", () -> state.isPresenting()
                && state.tourStepProperty().get() == 2);
        type(KeyCode.ESCAPE);
        waitUntil("Esc ends the tour", () -> !state.isPresenting());

        waitUntil("the keyboard is back in the steps list", () -> byId("explainer-editor") != null && steps.isFocused());
        waitForPulses(3);
        assertTrue(fx(steps::isFocused), "and stays there");
        assertTrue(fx(() -> steps.getSelectionModel().getSelectedIndex() == 2), "on the step the tour started from");
    }
}
