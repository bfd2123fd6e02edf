package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;
import org.stancemap.testdata.ExplainerGenerator;

/** An explainer about one country opens on that country's map; one about one city opens on its camps. */
class OpeningViewTest {

    /** An election in one country: places spread over France. */
    static final double[] ONE_COUNTRY = {43.5, 49.5, -1, 7};
    /** A council dispute in one city: every place within a kilometre or two. */
    static final double[] ONE_CITY = {48.85, 48.87, 2.33, 2.36};

    static Explainer inRegion(double[] region, long seed) {
        return new ExplainerLoader().load(ExplainerGenerator.generateInRegion(16, 20, seed, region), "region.json")
                .explainer().orElseThrow();
    }

    @Test
    void theBuiltInExplainerOpensOnItsMap() {
        assertEquals(OpeningView.View.MAP, OpeningView.of(new ExplainerLoader().loadDefault().explainer().orElseThrow()));
    }

    @Test
    void anExplainerAboutOneCountryOpensOnTheMapFramedOnThatCountry() {
        for (long seed : new long[] {1, 2, 3}) {
            Explainer explainer = inRegion(ONE_COUNTRY, seed);
            assertEquals(OpeningView.View.MAP, OpeningView.of(explainer), "seed " + seed);
            MapLayout layout = MapLayout.of(explainer, new MapProjection());
            Framing.Frame country = frame(layout, 1024, 500);
            Framing.Frame europe = frame(MapLayout.of(new ExplainerLoader().loadDefault().explainer().orElseThrow(),
                    new MapProjection()), 1024, 500);
            assertTrue(country.zoom() > 2 * europe.zoom(), "the map zooms in on the country: " + country.zoom()
                    + " against " + europe.zoom() + " for a story across Europe");
            MapMetrics m = MapMetrics.screen(1);
            double offsetX = 512 - country.centreX() * country.zoom();
            double offsetY = 250 - country.centreY() * country.zoom();
            MapScene scene = MapScene.of(layout, m, Map.of(), 0, country.zoom(), offsetX, offsetY, 1024);
            scene.places().forEach((id, p) -> assertTrue(p.x() >= 0 && p.x() <= 1024 && p.y() >= 0 && p.y() <= 500,
                    id + "'s place is in view at " + p));
            scene.places().forEach((id, p) -> assertTrue(scene.discs().get(id).distanceTo(p) <= 11 * m.discRadius(),
                    id + " stands beside its place"));
            // The places fill the view rather than huddle in a corner of a continent.
            double spreadX = scene.places().values().stream().mapToDouble(Point::x).max().orElseThrow()
                    - scene.places().values().stream().mapToDouble(Point::x).min().orElseThrow();
            double spreadY = scene.places().values().stream().mapToDouble(Point::y).max().orElseThrow()
                    - scene.places().values().stream().mapToDouble(Point::y).min().orElseThrow();

            assertTrue(spreadX > 1024 * 0.3 || spreadY > 500 * 0.3, "the places spread over the view: "
                    + spreadX + "×" + spreadY + " px");
        }
    }

    @Test
    void anExplainerAboutOneCityOpensOnRelations() {
        for (long seed : new long[] {1, 2, 3}) {
            assertEquals(OpeningView.View.RELATIONS, OpeningView.of(inRegion(ONE_CITY, seed)), "seed " + seed);
        }
    }

    private static Framing.Frame frame(MapLayout layout, double width, double height) {
        List<Framing.Box> boxes = MapScene.boxes(layout, MapMetrics.screen(1), null, null);
        return new Framing(0.3, 40).fit(boxes, width, height, new Framing.Margins(70, 60, 70, 70));
    }
}
