package org.stancemap.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a node the keyboard once it can take it, for a pane just docked in the window. Not at once:
 * a node inside a split or tab pane enters the scene only when that pane's skin is made, at the
 * next pulse, and a request before that is dropped (the scene then gives the keyboard to its first
 * focusable node, a badge on the map); and a menu that opened the pane hands the keyboard back to
 * its button as it closes. So two turns of the event loop after the node is in a scene.
 */
public final class FocusLater {

    private FocusLater() {
    }

    public static void request(Node node) {
        Runnable request = () -> Platform.runLater(() -> Platform.runLater(node::requestFocus));
        if (node.getScene() != null) {
            request.run();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene was, Scene now) {
                if (now != null) {
                    property.removeListener(this);
                    request.run();
                }
            }
        });
    }
}
