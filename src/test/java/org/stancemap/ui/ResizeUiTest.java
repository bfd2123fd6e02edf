package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.testfx.util.WaitForAsyncUtils;

/** Resizing the window keeps every actor in view, whichever way the window changes. */
class ResizeUiTest extends UiTestBase {

    @Test
    void everyBadgeStaysInsideTheMapAfterTheWindowChangesSize() {
        // Height-only changes at a width-bound zoom leave the camera as it was: the case that once
        // left the map drawn for the old height.
        double[][] sizes = {{1280, 700}, {1280, 760}, {1280, 720}, {1280, 800}, {1100, 760}};
        for (double[] size : sizes) {
            fxRun(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Bounds map = fx(() -> view.map().localToScreen(view.map().getLayoutBounds()));
            for (Actor actor : explainer.actors()) {
                Node badge = badge(actor.id());
                Bounds disc = fx(() -> {
                    Node d = badge.lookup(".badge-disc");
                    return d.localToScreen(d.getLayoutBounds());
                });
                assertTrue(map.contains(disc.getCenterX(), disc.getCenterY()),
                        actor.name() + " is outside the map at " + (int) size[0] + "×" + (int) size[1]
                                + ": disc " + disc + ", map " + map);
            }
        }
    }
}
