package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Place;

/** Reading a place back off the map, where a click or a dragged badge lands. */
class MapProjectionTest {

    private final MapProjection projection = new MapProjection();

    @Test
    void aPlaceReadBackOffTheMapIsWhereItWasOnBothSidesOfTheBreak() {
        for (double[] at : new double[][] {{51.51, -0.13}, {55.75, 37.62}, {43.12, 131.9}, {-33.87, 151.21}}) {
            Place read = projection.placeAt(projection.project(at[0], at[1])).orElseThrow();
            assertEquals(at[0], read.latitude(), 0.006, "latitude of " + at[0] + ", " + at[1]);
            assertEquals(at[1], read.longitude(), 0.006, "longitude of " + at[0] + ", " + at[1]);
        }
    }

    @Test
    void aPointBeyondThePolesOrTheDateLineIsNoPlace() {
        assertTrue(projection.placeAt(new Point(0, -15)).isEmpty(), "north of the pole");
        assertTrue(projection.placeAt(new Point(0, 1815)).isEmpty(), "south of the pole");
        assertTrue(projection.placeAt(projection.project(0, 179).plus(40, 0)).isEmpty(), "east of the date line");
        assertTrue(projection.placeAt(projection.project(0, -179).plus(-40, 0)).isEmpty(), "west of the date line");
    }
}
