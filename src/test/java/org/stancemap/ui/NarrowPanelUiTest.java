package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.Link;

/** In the narrowest window the app allows, every actor's panel fits its width: nothing runs past the edge. */
class NarrowPanelUiTest extends UiTestBase {

    @Test
    void everyComparisonFitsTheNarrowestWindow() {
        projectorSizedWindow();
        for (Link link : explainer.links()) {
            fxRun(() -> state.selectLink(link));
            waitUntil("the comparison shows " + link.id(), () -> fx(() -> byId("versus-panel") != null));
            assertPanelFits("the comparison " + link.id());
        }
    }

    @Test
    void everyActorsPanelFitsTheNarrowestWindow() {
        projectorSizedWindow();
        for (Actor actor : explainer.actors()) {
            fxRun(() -> state.selectActor(actor));
            waitUntil("the panel shows " + actor.name(), () -> fx(() -> byId("panel-close") != null
                    && ((ScrollPane) byId("side-panel")).getViewportBounds().getWidth() > 0));
            assertPanelFits(actor.name() + "'s panel");
        }
    }

    private void assertPanelFits(String what) {
        // Settled as a user sees it: the scroll bar appears a pulse after the content.
        waitForPulses(3);
        double viewport = fx(() -> ((ScrollPane) byId("side-panel")).getViewportBounds().getWidth());
        double content = fx(() -> ((Region) ((ScrollPane) byId("side-panel")).getContent()).getWidth());
        assertTrue(content <= viewport + 0.5, what + " is " + content
                + " px wide in a viewport of " + viewport + " px");
        Node close = byId("panel-close");
        Bounds closeBox = fx(() -> close.localToScene(close.getBoundsInLocal()));
        Node viewportNode = fx(() -> byId("side-panel").lookup(".viewport"));
        Bounds shown = fx(() -> viewportNode.localToScene(viewportNode.getLayoutBounds()));
        assertTrue(closeBox.getMaxX() <= shown.getMaxX() + 0.5, "the Close button is whole on screen for "
                + what + ": it ends at " + closeBox.getMaxX() + ", the panel's view at " + shown.getMaxX());
    }
}
