package org.stancemap.ui.map;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.ScreenScale;
import org.stancemap.ui.state.AppState;

/**
 * The size the map's marks are drawn at: the window's text size, or, while presenting or in a
 * kiosk, a size taken from the screen (the window fills it then), so names read from the back of
 * the room. The stylesheet has the font size of each step as the map's {@code marks-N}
 * pseudo-class; the geometry ({@link #metrics()}) uses the same factor. The Relations picture,
 * which has no geography to keep to, grows its marks to fill a large view.
 */
final class MarksSize {

    private int step;
    private boolean presenting;
    private MapMetrics metrics = MapMetrics.screen(1, 1, NameWidths.at(NameWidths.NORMAL_SIZE));

    /**
     * Works the size out afresh for a {@code width}×{@code height} screen, the Relations picture
     * asking for marks {@code relationsGrowth} times the window's size (1 on the map); true if it changed.
     */
    boolean update(Node map, AppState state, double width, double height, double relationsGrowth) {
        int next = state.uiScaleProperty().get();
        if (relationsGrowth > 1 && !state.isPresenting() && !state.isKiosk()) {
            next = Math.max(next, ScreenScale.step(Math.max(100, next) / 100.0 * relationsGrowth));
        }
        if (state.isPresenting()) {
            next = Math.max(next, ScreenScale.step(ScreenScale.presenting(width, height)));
        } else if (state.isKiosk()) {
            next = Math.max(next, ScreenScale.step(ScreenScale.kiosk(width, height)));
        }
        if (next == step && presenting == state.isPresenting()) {
            return false;
        }
        map.pseudoClassStateChanged(PseudoClass.getPseudoClass("marks-" + step), false);
        map.pseudoClassStateChanged(PseudoClass.getPseudoClass("marks-" + next), true);
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

    MapMetrics metrics() {
        return metrics;
    }
}
