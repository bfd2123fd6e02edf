package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.WorldOutline;

/**
 * The window's first frame lays the explainer out while the toolkit starts; the live map, built
 * next for the same explainer over the same land, takes that layout instead of seating every
 * state on its land a second time. Another explainer, or an edited one, is laid out afresh.
 */
class MapLayoutReuseTest {

    private static final MapProjection PROJECTION = new MapProjection();

    @Test
    void theLiveMapTakesTheLayoutTheSketchMadeForTheSameExplainerAndLand() {
        WorldOutline world = new WorldOutlineLoader().loadDefault();
        Explainer explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();

        MapLayout sketch = MapLayout.of(explainer, new MapProjection(), world);

        assertSame(sketch, MapLayout.of(explainer, PROJECTION, world));
    }

    @Test
    void anotherExplainerOrAnotherLandIsLaidOutAfresh() {
        WorldOutline world = new WorldOutlineLoader().loadDefault();
        Explainer explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        Explainer reread = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        MapLayout first = MapLayout.of(explainer, PROJECTION, world);

        MapLayout again = MapLayout.of(reread, PROJECTION, world);
        MapLayout otherLand = MapLayout.of(reread, PROJECTION, new WorldOutlineLoader().loadDefault());

        assertNotSame(first, again);
        assertSame(reread, again.explainer());
        assertNotSame(again, otherLand);
        // Laid out again, it is laid out the same: nothing but the explainer and the land decide it.
        assertEquals(first.spots().keySet(), again.spots().keySet());
        first.spots().forEach((id, spot) -> {
            assertEquals(spot.anchor(), again.spot(id).anchor(), id);
            assertEquals(spot.dx(), again.spot(id).dx(), id);
            assertEquals(spot.dy(), again.spot(id).dy(), id);
        });
    }
}
