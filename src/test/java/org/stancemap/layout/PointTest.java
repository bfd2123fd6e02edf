package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Points are equal by their coordinates, as a record's are: badges on one spot are found by it. */
class PointTest {

    @Test
    void pointsAreEqualByTheirCoordinatesAndHashAlike() {
        assertEquals(new Point(12.5, -3), new Point(12.5, -3));
        assertEquals(new Point(12.5, -3).hashCode(), new Point(12.5, -3).hashCode());
        assertNotEquals(new Point(12.5, -3), new Point(-3, 12.5));
        assertNotEquals(new Point(0.0, 1), new Point(-0.0, 1), "as Double.compare: 0.0 and -0.0 differ");
        assertEquals(new Point(Double.NaN, 1), new Point(Double.NaN, 1), "as Double.compare: NaN is itself");
        assertTrue(Set.of(new Point(4, 4), new Point(4, 5)).contains(new Point(4, 4)), "found in a hashed set");
        assertNotEquals(new Point(4, 4), (Object) "4,4");
    }
}
