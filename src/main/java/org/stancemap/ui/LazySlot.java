package org.stancemap.ui;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A place in the window for a view that is built the first time it is shown, so that views most
 * people never open (the About view, say) cost nothing before the first frame. Keeps its place in
 * the stacking order from the start; hidden, it takes no events.
 */
public final class LazySlot extends StackPane {

    public LazySlot(ObservableBooleanValue shown, Supplier<Node> content) {
        setPickOnBounds(false);
        visibleProperty().bind(shown);
        managedProperty().bind(visibleProperty());
        if (shown.get()) {
            getChildren().add(content.get());
            return;
        }
        shown.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    shown.removeListener(this);
                    getChildren().add(content.get());
                }
            }
        });
    }
}
