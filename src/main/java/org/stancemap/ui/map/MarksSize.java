package org.stancemap.ui.map;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.ScreenScale;
import org.stancemap.ui.state.AppState;

/**
 * The size the map's marks are drawn at: the window's text size, or, while presenting or in a
 * kiosk, a size taken from the screen (the window fills it then), so names read from the back of
 * the room. The stylesheet has the font size of each step as the {@code marks-N} pseudo-class of
 * the layer that holds the marks; the geometry ({@link #metrics()}) uses the same factor. The
 * Relations picture, which has no geography to keep to, grows its marks to fill a large view.
 * The map's own controls (hint, key, zoom buttons) lie outside that layer and keep the window's
 * text size ({@link #chromeFactor()}) whatever the marks do.
 */
final class MarksSize {

    private int step;
    private boolean presenting;
    private int window = 100;
    private MapMetrics metrics = MapMetrics.screen(1, 1, NameWidths.at(NameWidths.NORMAL_SIZE));

    /**
     * Works the size out afresh for a {@code width}×{@code height} screen, the Relations picture
     * asking for marks {@code relationsGrowth} times the window's size (1 on the map), and sets it
     * on {@code marksLayer}; true if it or the window's text size changed.
     */
    boolean update(Node marksLayer, AppState state, double width, double height, double relationsGrowth) {
        int windowStep = state.uiScaleProperty().get();
        int next = windowStep;
        if (relationsGrowth > 1 && !state.isPresenting() && !state.isKiosk()) {
            next = Math.max(next, ScreenScale.step(Math.max(100, next) / 100.0 * relationsGrowth));
        }
        if (state.isPresenting()) {
            next = Math.max(next, ScreenScale.step(ScreenScale.presenting(width, height)));
        } else if (state.isKiosk()) {
            next = Math.max(next, ScreenScale.step(ScreenScale.kiosk(width, height)));
        }
        if (next == step && presenting == state.isPresenting() && windowStep == window) {
            return false;
        }
        window = windowStep;
        marksLayer.pseudoClassStateChanged(PseudoClass.getPseudoClass("marks-" + step), false);
        marksLayer.pseudoClassStateChanged(PseudoClass.getPseudoClass("marks-" + next), true);
        step = next;
        presenting = state.isPresenting();
        double names = presenting ? ScreenScale.PRESENTING_NAMES : 1;
        metrics = MapMetrics.screen(factor(), names, NameWidths.at(NameWidths.NORMAL_SIZE * factor() * names));
        return true;
    }

    /** The step (100 = normal); one of {@link ScreenScale#STEPS}. */
    int step() {
        return step;
    }

    /** The step as a factor of the normal size. */
    double factor() {
        return Math.max(100, step) / 100.0;
    }

    /** The window's text size as a factor of normal: the size of the map's own controls. */
    double chromeFactor() {
        return Math.max(100, window) / 100.0;
    }

    MapMetrics metrics() {
        return metrics;
    }
}
