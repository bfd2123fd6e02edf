package org.stancemap.ui.map;

import java.util.Map;
import java.util.function.Supplier;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;

/**
 * What the map shows now: the explainer's layout (worked out once per explainer), the spots by
 * camp, the size of the marks and the scene last drawn. The skin changes it; the camera, the
 * drawing and the picking of places read it, so they never disagree about what is on the map.
 */
final class ShownMap {

    private MapLayout layout;
    private Map<String, Point> relations = Map.of();
    /** Works the Relations positions out; null once they are (or when nothing is shown). */
    private Supplier<Map<String, Point>> relationsToCome;
    private MapMetrics metrics;
    /** The marks' size as a factor of normal (see {@link MarksSize}). */
    private double textScale = 1;
    /** The window's text size as a factor of normal: what the hint and the key are drawn at. */
    private double chromeScale = 1;
    private MapScene scene;

    ShownMap(MapMetrics metrics) {
        this.metrics = metrics;
    }

    /** Nothing laid out, nothing drawn: the map is empty until the next explainer. */
    void clear() {
        layout = null;
        scene = null;
        relationsToCome = null;
    }

    /**
     * Shows {@code layout}; {@code relations} works out where the Relations layout puts each
     * actor, called the first time {@link #relations} is asked for (a map that opens on the world
     * needs none: that work, and the camp regions made with it, were on the way to the live window).
     */
    void show(MapLayout layout, Supplier<Map<String, Point>> relations) {
        this.layout = layout;
        this.relations = Map.of();
        this.relationsToCome = relations;
    }

    void setMarks(MapMetrics metrics, double textScale, double chromeScale) {
        this.metrics = metrics;
        this.textScale = textScale;
        this.chromeScale = chromeScale;
    }

    void setScene(MapScene scene) {
        this.scene = scene;
    }

    MapLayout layout() {
        return layout;
    }

    /** The Relations layout's positions, worked out now if this is the first time they are asked for. */
    Map<String, Point> relations() {
        if (relationsToCome != null) {
            Supplier<Map<String, Point>> toCome = relationsToCome;
            relationsToCome = null;
            relations = toCome.get();
        }
        return relations;
    }

    MapMetrics metrics() {
        return metrics;
    }

    double textScale() {
        return textScale;
    }

    /** The size of the map's own controls (hint, key, buttons) as a factor of normal; they do not grow with the marks. */
    double chromeScale() {
        return chromeScale;
    }

    MapScene scene() {
        return scene;
    }
}
