package org.stancemap.ui.map;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.stancemap.ui.state.LayoutMode;

/** How far the map has turned from places (0) into camps (1); a switch of layout moves it. */
final class LayoutMorph {

    private final DoubleProperty morph = new SimpleDoubleProperty(this, "morph", 0);
    private Timeline animation;

    DoubleProperty property() {
        return morph;
    }

    double get() {
        return morph.get();
    }

    /** Jumps to the mode, as a new explainer opens in it. */
    void set(LayoutMode mode) {
        morph.set(target(mode));
    }

    /** Moves to the mode, in 0.4 s or at once. */
    void moveTo(LayoutMode mode, boolean animate) {
        double target = target(mode);
        if (animation != null) {
            animation.stop();
        }
        if (!animate) {
            morph.set(target);
        } else {
            animation = new Timeline(new KeyFrame(Duration.millis(400),
                    new KeyValue(morph, target, Interpolator.EASE_BOTH)));
            animation.play();
        }
    }

    private static double target(LayoutMode mode) {
        return mode == LayoutMode.RELATIONS ? 1 : 0;
    }
}
