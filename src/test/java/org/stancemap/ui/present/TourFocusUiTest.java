package org.stancemap.ui.present;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/**
 * After Esc ends a tour, the keyboard is back where it was before the tour (or on the map), with
 * its ring showing: once it stayed on the window itself, and a presenter had to press Tab once
 * before any key reached the map again.
 */
class TourFocusUiTest extends PresenterUiTestBase {

    @Test
    void escAfterShiftF5GivesTheKeyboardBackToTheBadgeThatHadIt() {
        Node macron = byId("actor-macron");
        fxRun(macron::requestFocus);
        waitUntil("Macron's badge has the keyboard", macron::isFocused);

        press(KeyCode.SHIFT, KeyCode.F5);
        release(KeyCode.F5, KeyCode.SHIFT);
        waitUntil("Shift+F5 presents", state::isPresenting);
        waitUntil("the window holds the keyboard during the tour", view::isFocused);
        key(KeyCode.ESCAPE);
        waitUntil("Esc ends the tour", () -> !state.isPresenting());

        waitUntil("the keyboard is back on Macron's badge", macron::isFocused);
        waitForPulses(2);
        assertTrue(ringShows(fx(() -> macron.lookup(".badge-disc"))), "with its focus ring");
    }

    @Test
    void aTourStartedWithNothingFocusedLeavesTheKeyboardOnABadgeOfTheMap() {
        waitUntil("the window itself has the keyboard", view::isFocused);
        press(KeyCode.SHIFT, KeyCode.F5);
        release(KeyCode.F5, KeyCode.SHIFT);
        waitUntil("Shift+F5 presents", state::isPresenting);
        key(KeyCode.ESCAPE);
        waitUntil("Esc ends the tour", () -> !state.isPresenting());

        waitUntil("a badge on the map has the keyboard", () -> view.getScene().getFocusOwner() != null
                && view.getScene().getFocusOwner().getStyleClass().contains("actor-badge"));
        waitForPulses(2);
        Node badge = fx(() -> view.getScene().getFocusOwner());
        assertTrue(ringShows(fx(() -> badge.lookup(".badge-disc"))), "with its focus ring");
    }

    /** A ring is drawn round the node: a border with a visible stroke. */
    private static boolean ringShows(Node node) {
        return fx(() -> node instanceof Region region && region.getBorder() != null
                && region.getBorder().getStrokes().stream().anyMatch(s -> s.getTopStroke() != null
                        && s.getTopStroke().isOpaque() && s.getWidths().getTop() >= 1));
    }
}
