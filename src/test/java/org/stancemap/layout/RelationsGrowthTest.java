package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;

/**
 * The Relations picture uses the room it has: on a full-HD map its marks grow until the picture
 * fills the view, on a laptop's map they stay as the window's text.
 */
class RelationsGrowthTest {

    private static final MapProjection PROJECTION = new MapProjection();

    private static double growth(double width, double height) {
        Explainer explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        MapLayout layout = MapLayout.of(explainer, PROJECTION);
        Map<String, Point> relations = RelationsLayout.of(explainer, layout.places()).positions();
        return MapRoom.relationsGrowth(layout, relations, MapMetrics.screen(1), width, height, 1);
    }

    @Test
    void onAFullHdMapTheMarksGrowToFillIt() {
        // The map's part of a 1920×1080 window with the side panel and the article open.
        double full = growth(1480, 745);
        assertTrue(full >= 1.5, "the picture's marks grow by " + full);
        assertTrue(growth(2960, 1518) > full, "and more on a 4K screen");
        assertEquals(MapRoom.RELATIONS_GROWTH, growth(8000, 5000), 1e-9, "never past the cap");
    }

    @Test
    void onALaptopsMapTheMarksKeepTheirSize() {
        assertEquals(1, growth(956, 515), 0.1, "the picture fills a 1366×768 window's map already");
    }
}
