package org.stancemap.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.layout.MapProjection;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The land is handed to the toolkit as compact path text (first point, then steps in hundredths
 * of a map unit): the shapes it draws must lie exactly where the projection puts the outlines,
 * at any zoom and offset, east of the scale break too.
 */
class LandLayerTest {

    private static final MapProjection PROJECTION = new MapProjection();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aCountryIsDrawnWhereTheProjectionPutsItsOutline() throws Exception {
        // West of the break, and a ring reaching far east of it, where longitudes are squeezed.
        double[] west = {-9.5, 36.9, 3.3, 36.9, 3.3, 43.8, -1.8, 43.3, -9.5, 43.1};
        double[] east = {30.0, 45.0, 60.0, 45.5, 131.9, 43.1, 140.0, 60.0, 29.9, 70.0};
        WorldOutline world = world(new CountryOutline("A", "Westland", List.of(west)),
                new CountryOutline("B", "Eastland", List.of(east)));
        for (double[] view : new double[][] {{1, 0, 0}, {2.5, 130, -40}, {0.4, -12.25, 300.5}}) {
            Bounds westland = territoryBounds(world, "Westland", view);
            Bounds eastland = territoryBounds(world, "Eastland", view);
            assertBoundsOf(west, view, westland);
            assertBoundsOf(east, view, eastland);
        }
    }

    @Test
    void aRingOfOnePointDoesNotBreakTheLand() throws Exception {
        WorldOutline world = world(new CountryOutline("A", "Dot", List.of(new double[] {10, 50},
                new double[] {0, 0, 10, 0, 10, 10})));
        Bounds land = onFx(() -> {
            LandLayer layer = new LandLayer(world);
            layer.setView(1, 0, 0);
            return layer.getBoundsInParent();
        });
        assertNotNull(land);
        assertEquals(PROJECTION.xOfLongitude(10) - PROJECTION.xOfLongitude(0), land.getWidth(), 1.5);
    }

    /** The live window's land is made on a loading thread: it must be the land made on the FX thread. */
    @Test
    void landMadeAheadOnAnotherThreadIsTheLandMadeOnTheFxThread() throws Exception {
        double[] west = {-9.5, 36.9, 3.3, 36.9, 3.3, 43.8, -1.8, 43.3, -9.5, 43.1};
        WorldOutline world = world(new CountryOutline("A", "Westland", List.of(west)));
        java.util.concurrent.ExecutorService loading = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            MapLand ahead = MapLand.madeAhead(world, loading);
            Bounds[] made = onFx(() -> {
                LandLayer first = ahead.layer();
                LandLayer again = ahead.layer();
                LandLayer here = MapLand.of(world).layer();
                first.setView(2, 10, 20);
                here.setView(2, 10, 20);
                return new Bounds[] {first.getBoundsInParent(), here.getBoundsInParent(),
                        again == first ? null : again.getBoundsInLocal()};
            });
            assertEquals(made[1], made[0], "the same outline, where the projection puts it");
            assertNotNull(made[2], "a second map gets a layer of its own");
        } finally {
            loading.shutdown();
        }
    }

    private static WorldOutline world(CountryOutline... countries) {
        return new WorldOutline(List.of(countries), "test", "test");
    }

    private static Bounds territoryBounds(WorldOutline world, String name, double[] view) throws Exception {
        return onFx(() -> {
            LandLayer layer = new LandLayer(world);
            SVGPath territory = layer.addTerritory(name, "bloc-0");
            // Only the shape's geometry: no stroke on either side of it.
            territory.setStroke(null);
            layer.setView(view[0], view[1], view[2]);
            return layer.localToParent(territory.localToParent(territory.getBoundsInLocal()));
        });
    }

    private static void assertBoundsOf(double[] ring, double[] view, Bounds drawn) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < ring.length; i += 2) {
            double x = PROJECTION.xOfLongitude(ring[i]);
            double y = PROJECTION.yOfLatitude(ring[i + 1]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double zoom = view[0];
        // A hundredth of a map unit, drawn at the zoom, is the most the outline may move.
        double tolerance = 0.01 * zoom + 1e-3;
        assertEquals(view[1] + zoom * minX, drawn.getMinX(), tolerance, "left edge");
        assertEquals(view[1] + zoom * maxX, drawn.getMaxX(), tolerance, "right edge");
        assertEquals(view[2] + zoom * minY, drawn.getMinY(), tolerance, "top edge");
        assertEquals(view[2] + zoom * maxY, drawn.getMaxY(), tolerance, "bottom edge");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
