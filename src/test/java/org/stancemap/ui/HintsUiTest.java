package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Tooltips are made only when the pointer first rests on their control, yet still show, and screen readers still get their text. */
class HintsUiTest extends UiTestBase {

    @Test
    void restingOnAMapButtonShowsItsTooltip() {
        Button zoomIn = (Button) byId("zoom-in");
        Bounds bounds = fx(() -> zoomIn.localToScreen(zoomIn.getBoundsInLocal()));
        moveTo(bounds.getCenterX() - 3, bounds.getCenterY() - 3);
        moveTo(bounds.getCenterX(), bounds.getCenterY());

        waitUntil("a tooltip shows", () -> showingTooltip().isPresent());
        assertEquals(Messages.get("map.zoomIn"), fx(() -> showingTooltip().orElseThrow().getText()));
    }

    @Test
    void escapeWithATooltipShowingStillClearsTheSelection() {
        Button zoomIn = (Button) byId("zoom-in");
        Bounds bounds = fx(() -> zoomIn.localToScreen(zoomIn.getBoundsInLocal()));
        fxRun(() -> state.selectActor(actor("putin")));
        moveTo(bounds.getCenterX() - 3, bounds.getCenterY() - 3);
        moveTo(bounds.getCenterX(), bounds.getCenterY());
        waitUntil("a tooltip shows", () -> showingTooltip().isPresent());

        type(javafx.scene.input.KeyCode.ESCAPE);

        waitUntil("one Esc clears the selection", () -> state.getSelectedActor() == null);
        waitUntil("and hides the tooltip", () -> showingTooltip().isEmpty());
    }

    @Test
    void aControlsHintIsItsAccessibleHelpBeforeAnyHover() {
        for (String id : new String[] {"zoom-in", "zoom-out", "fit", "present-button", "actor-search"}) {
            javafx.scene.control.Control control = (javafx.scene.control.Control) byId(id);
            String help = fx(control::getAccessibleHelp);
            assertTrue(help != null && !help.isBlank(), id + " has accessible help without being hovered");
        }
    }

    private Optional<Tooltip> showingTooltip() {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing()).map(Tooltip.class::cast).findFirst());
    }
}
