package org.stancemap.ui.editor;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.stancemap.ui.FocusReturn;

/**
 * How a tab's form shares the editor's room: its list keeps a useful number of rows, the fields
 * under it scroll, and nothing is wider than the editor.
 */
final class EditorLayout {

    /** The part of the visible height a form's list takes; the fields under it scroll. */
    static final double LIST_SHARE = 0.45;

    private EditorLayout() {
    }

    /** Fits {@code form}, shown in {@code scroll}, to the room the scroll pane shows. */
    static void fit(Region form, ScrollPane scroll) {
        listTakesShareOf(form, scroll);
        buttonsWrapInWidth(form, scroll);
        focusStaysInView(form, scroll);
    }

    /**
     * The field that gets the keyboard scrolls into view: a scroll pane does not follow the focus,
     * and at large text sizes Q put the keyboard in a speaker field under the fold, its type-ahead
     * list opening over the fields above.
     */
    private static void focusStaysInView(Region form, ScrollPane scroll) {
        ChangeListener<Node> follow = (obs, was, now) -> {
            if (now != null && FocusReturn.isInside(now, form)) {
                Platform.runLater(() -> reveal(form, scroll, now));
            }
        };
        scroll.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(follow);
            }
        });
    }

    private static void reveal(Region form, ScrollPane scroll, Node node) {
        if (node.getScene() == null || !node.isFocused()) {
            return;
        }
        Bounds box = form.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double shown = scroll.getViewportBounds().getHeight();
        double hidden = form.getHeight() - shown;
        if (hidden <= 0) {
            return;
        }
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * hidden;
        double wanted = box.getMinY() < top ? box.getMinY()
                : box.getMaxY() > top + shown ? Math.min(box.getMinY(), box.getMaxY() - shown) : top;
        wanted = Math.max(0, Math.min(hidden, wanted));
        scroll.setVvalue(scroll.getVmin() + wanted / hidden * (scroll.getVmax() - scroll.getVmin()));
    }

    /**
     * The form's first list (the items the form edits) asks for {@link #LIST_SHARE} of the visible
     * height, and never less than its CSS minimum: on a short window the form under it scrolls
     * instead of the list shrinking to a few rows.
     */
    private static void listTakesShareOf(Region form, ScrollPane scroll) {
        if (form.lookup(".editor-list") instanceof ListView<?> list) {
            list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> scroll.getViewportBounds().getHeight() * LIST_SHARE, scroll.viewportBoundsProperty()));
        }
    }

    /**
     * A button is never wider than the form: a row of buttons is as wide as its widest button, and
     * at large text sizes "Use the selected words as the name" pushed the whole form past the
     * editor's right edge, cutting every line. A longer label wraps instead (the CSS lets it).
     */
    private static void buttonsWrapInWidth(Region form, ScrollPane scroll) {
        for (Node node : form.lookupAll(".button")) {
            if (node instanceof Button button) {
                button.maxWidthProperty().bind(Bindings.createDoubleBinding(
                        () -> Math.max(0, scroll.getViewportBounds().getWidth() - form.getInsets().getLeft()
                                - form.getInsets().getRight()), scroll.viewportBoundsProperty(), form.insetsProperty()));
            }
        }
    }
}
