package org.stancemap.ui.present;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.stancemap.ui.FocusReturn;

/**
 * The keyboard across a tour. As it starts, what had the keyboard (the editor's tour list, a
 * panel's button) hides; left to itself the focus would fall to the first badge, whose ring and
 * role line the class would then take for part of the step, so the window itself holds it (the
 * tour's keys are the scene's). When the tour ends, the keyboard goes back where it was, with its
 * ring, or to a badge on the map if that is gone, so the next Tab or arrow key goes on from there.
 */
public final class TourFocus {

    private final Node window;
    private final Runnable toMap;
    private Node before;

    /**
     * {@code window} holds the keyboard during a tour; {@code toMap} gives it to the map (to a badge:
     * the map itself draws no ring) after one when nothing else can take it.
     */
    public TourFocus(Node window, Runnable toMap) {
        this.window = window;
        this.toMap = toMap;
    }

    /** Call as the tour starts ({@code true}) and ends. */
    public void presenting(boolean now) {
        if (now) {
            Scene scene = window.getScene();
            Node owner = scene == null ? null : scene.getFocusOwner();
            before = owner == window ? null : owner;
            window.requestFocus();
            return;
        }
        Node back = before;
        before = null;
        // Later: what the tour hid (the header, the editor) shows again as the tour's end is told around.
        Platform.runLater(() -> giveBack(back));
    }

    private void giveBack(Node back) {
        Scene scene = window.getScene();
        if (scene == null || (scene.getFocusOwner() != null && scene.getFocusOwner() != window)) {
            return; // something has taken the keyboard on purpose since (another tour, the editor's own)
        }
        if (FocusReturn.canTake(back, scene)) {
            back.requestFocus();
        } else {
            toMap.run();
        }
    }
}
