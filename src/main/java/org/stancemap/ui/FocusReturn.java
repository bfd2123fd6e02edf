package org.stancemap.ui;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The keyboard given back when something that took it goes away: a pane at the window's side (the
 * editor, the review) or the tour. Left to itself, the scene would give it to its first focusable
 * node, a badge on the map, whose ring and role line would then show for no reason.
 */
public final class FocusReturn {

    private final Node before;

    private FocusReturn(Node before) {
        this.before = before;
    }

    /** Remembers what has the keyboard in {@code scene} now: call before the pane takes it. */
    public static FocusReturn remember(Scene scene) {
        return new FocusReturn(scene == null ? null : scene.getFocusOwner());
    }

    /**
     * Call as soon as {@code pane} has left {@code scene}: if the keyboard was in it, it goes back to
     * what had it before, or to the window itself (no ring) if that is gone. Keyboard taken since by
     * something else in the window stays there.
     */
    public void afterLeaving(Node pane, Scene scene) {
        if (scene == null) {
            return;
        }
        Node owner = scene.getFocusOwner();
        if (owner != null && owner.getScene() == scene && !isInside(owner, pane)) {
            return;
        }
        if (before != null && !isInside(before, pane) && canTake(before, scene)) {
            before.requestFocus();
        } else {
            scene.getRoot().requestFocus();
        }
    }

    /** True if {@code node} is in {@code scene}, shown and enabled, so that it can take the keyboard. */
    public static boolean canTake(Node node, Scene scene) {
        if (node == null || node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code node} is {@code container} or lies inside it (in the scene or not). */
    public static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }
}
