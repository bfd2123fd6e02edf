package org.stancemap.ui.reader;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Runs a task once, right after the first layout pass of the scene that {@code node} is (or gets) in. */
final class AfterLayout {

    private AfterLayout() {
    }

    static void once(Node node, Runnable task) {
        if (node.getScene() != null) {
            onNextLayout(node.getScene(), task);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    onNextLayout(now, task);
                }
            }
        });
    }

    private static void onNextLayout(Scene scene, Runnable task) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            task.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
