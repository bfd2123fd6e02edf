package org.stancemap.ui.editor;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.stancemap.ui.FocusReturn;

/**
 * Keeps the field with the keyboard in view in a scrolling form. A ScrollPane does not follow focus
 * by itself, so Tab, "New actor" or a problem that jumps to its field could leave the author typing
 * into a field scrolled out of sight.
 */
final class FocusInView {

    /** Room kept above and below the focused field, in pixels, so its label and note show too. */
    private static final double MARGIN = 24;

    private FocusInView() {
    }

    static void keep(ScrollPane scroll) {
        ChangeListener<Node> follow = (obs, was, now) -> {
            if (now != null && FocusReturn.isInside(now, scroll.getContent())) {
                // After the pulse that lays out what the focus change shows (a form filled in, a note).
                Platform.runLater(() -> show(scroll, now));
            }
        };
        // The view itself can shrink under the field (the problems panel grows, the window is resized).
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> {
            Node owner = scroll.getScene() == null ? null : scroll.getScene().getFocusOwner();
            if (was != null && now.getHeight() != was.getHeight() && owner != null
                    && FocusReturn.isInside(owner, scroll.getContent())) {
                Platform.runLater(() -> show(scroll, owner));
            }
        });
        scroll.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(follow);
            }
        });
    }

    /** Scrolls as little as it takes for {@code node} to show whole (its top, if it is taller than the view). */
    static void show(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null || !FocusReturn.isInside(node, content)) {
            return;
        }
        double view = scroll.getViewportBounds().getHeight();
        double scrollable = content.getLayoutBounds().getHeight() - view;
        if (scrollable <= 0 || view <= 0) {
            return;
        }
        Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double offset = scroll.getVvalue() * scrollable;
        double top = at.getMinY() - Math.min(MARGIN, view / 8);
        double bottom = at.getMaxY() + Math.min(MARGIN, view / 8);
        if (top < offset || bottom - top > view) {
            offset = top;
        } else if (bottom > offset + view) {
            offset = bottom - view;
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, offset / scrollable)));
    }
}
