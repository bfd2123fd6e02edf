package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.model.Explainer;

/**
 * A link's bow never leaves the view at its top edge, where it would be cut off: links between
 * the groups band's chips, and from a chip down to the map, bow into the map instead.
 */
class LinksBelowTheTopEdgeTest {

    @Test
    void aBowOverTheTopTurnsToTheChordsOtherSide() {
        Point a = new Point(100, 30);
        Point b = new Point(300, 30);
        Point up = new Point(200, -60);
        Point control = TopEdge.keepBelow(a, up, b, 10);
        assertEquals(new Point(200, 120), control, "bowed down by as much as it bowed up");
        assertTrue(TopEdge.highest(a, control, b) >= 10);
    }

    @Test
    void aTiltedBowTurnedDownStaysInsideToo() {
        // A chip in the band's second row to one in the first, bowing up past the top.
        Point a = new Point(60, 80);
        Point b = new Point(200, 26);
        Point control = TopEdge.keepBelow(a, new Point(100, -120), b, 10);
        assertTrue(TopEdge.highest(a, control, b) >= 10, "turned into the map: " + control);
        assertEquals(a.distanceTo(new Point(100, -120)), b.distanceTo(control), 1e-9, "as deep as before, mirrored");
    }

    @Test
    void aBowInsideTheViewAndALinkFromAboveItAreLeftAlone() {
        Point inside = new Point(200, 40);
        assertEquals(inside, TopEdge.keepBelow(new Point(100, 100), inside, new Point(300, 100), 10));
        Point above = new Point(200, -300);
        assertEquals(above, TopEdge.keepBelow(new Point(100, -20), above, new Point(300, 100), 10),
                "an end already past the edge: turning the bow would not bring the link into view");
    }

    @Test
    void theBuiltInExplainersLinksStayBelowTheTopAtEveryMapSize() {
        Explainer explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        MapLayout layout = MapLayout.of(explainer, new MapProjection(), new WorldOutlineLoader().loadDefault());
        // Map areas of 1024×768 to 1920×1080 windows, with the side panel, the article or the editor beside them.
        double[][] views = {{543, 500}, {954, 514}, {868, 560}, {610, 460}, {1456, 680}, {700, 420}, {1120, 560}};
        for (double[] view : views) {
            for (double scale : new double[] {1, 1.5, 2}) {
                MapMetrics metrics = MapMetrics.screen(scale);
                double band = MapScene.bandHeight(layout, metrics, view[0]);
                List<Framing.Box> boxes = MapScene.boxes(layout, metrics, null, null);
                Framing.Frame frame = new Framing(0.3, 40).fit(boxes, view[0], view[1],
                        new Framing.Margins(70, Math.max(42, band + 12), 70, 120));
                double offsetX = view[0] / 2 - frame.centreX() * frame.zoom();
                double offsetY = view[1] / 2 - frame.centreY() * frame.zoom();
                MapScene scene = MapScene.of(layout, metrics, Map.of(), 0, frame.zoom(), offsetX, offsetY, view[0]);
                for (MapScene.Curve curve : scene.curves()) {
                    if (curve.a().y() >= 0 && curve.b().y() >= 0) {
                        double highest = TopEdge.highest(curve.a(), curve.control(), curve.b());
                        assertTrue(highest >= 0, curve.spec().link().id() + " reaches " + highest + " px above the top of a "
                                + view[0] + "×" + view[1] + " map at " + scale + "×");
                    }
                }
            }
        }
    }
}
