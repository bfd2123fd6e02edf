package org.stancemap.ui.map;

import java.util.Map;
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
    private MapMetrics metrics;
    /** The marks' size as a factor of normal (see {@link MarksSize}). */
    private double textScale = 1;
    private MapScene scene;

    ShownMap(MapMetrics metrics) {
        this.metrics = metrics;
    }

    /** Nothing laid out, nothing drawn: the map is empty until the next explainer. */
    void clear() {
        layout = null;
        scene = null;
    }

    void show(MapLayout layout, Map<String, Point> relations) {
        this.layout = layout;
        this.relations = relations;
    }

    void setMarks(MapMetrics metrics, double textScale) {
        this.metrics = metrics;
        this.textScale = textScale;
    }

    void setScene(MapScene scene) {
        this.scene = scene;
    }

    MapLayout layout() {
        return layout;
    }

    Map<String, Point> relations() {
        return relations;
    }

    MapMetrics metrics() {
        return metrics;
    }

    double textScale() {
        return textScale;
    }

    MapScene scene() {
        return scene;
    }
}
