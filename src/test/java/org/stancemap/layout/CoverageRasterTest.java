package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoverageRasterTest {

    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    private static void ring(CoverageRaster raster, double... xy) {
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            raster.edge(xy[2 * i], xy[2 * i + 1], xy[2 * j], xy[2 * j + 1]);
        }
    }

    /** How dark a pixel is, 0 (white) to 1 (black). */
    private static double ink(CoverageRaster raster, int x, int y) {
        return 1 - (raster.pixels()[y * raster.width() + x] & 0xFF) / 255.0;
    }

    private static double totalInk(CoverageRaster raster) {
        double total = 0;
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                total += ink(raster, x, y);
            }
        }
        return total;
    }

    @Test
    void aSquareOnWholePixelsFillsExactlyThem() {
        CoverageRaster raster = new CoverageRaster(20, 20, WHITE);
        ring(raster, 5, 5, 15, 5, 15, 15, 5, 15);
        raster.fill(BLACK);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                boolean inside = x >= 5 && x < 15 && y >= 5 && y < 15;
                assertEquals(inside ? 1 : 0, ink(raster, x, y), 1e-9, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void anEdgeThroughAPixelCoversItByTheShareOfItsArea() {
        CoverageRaster raster = new CoverageRaster(20, 20, WHITE);
        ring(raster, 5.5, 5.25, 15, 5.25, 15, 15, 5.5, 15);
        raster.fill(BLACK);
        assertEquals(0.5, ink(raster, 5, 10), 0.01, "half of the left column");
        assertEquals(0.75, ink(raster, 10, 5), 0.01, "three quarters of the top row");
        assertEquals(0.375, ink(raster, 5, 5), 0.01, "the corner: half of three quarters");
        assertEquals(1, ink(raster, 10, 10), 1e-9, "inside");
    }

    @Test
    void aSlantedEdgeLeavesAsMuchInkAsTheShapeHasArea() {
        CoverageRaster raster = new CoverageRaster(40, 40, WHITE);
        ring(raster, 3.3, 2.7, 36.1, 9.4, 12.8, 35.6);
        raster.fill(BLACK);
        double area = Math.abs((36.1 - 3.3) * (35.6 - 2.7) - (12.8 - 3.3) * (9.4 - 2.7)) / 2;
        assertEquals(area, totalInk(raster), area * 0.002);
    }

    @Test
    void eitherWayRoundIsInsideAndOverlapsCountOnce() {
        CoverageRaster clockwise = new CoverageRaster(20, 20, WHITE);
        ring(clockwise, 2, 2, 12, 2, 12, 12, 2, 12);
        clockwise.fill(BLACK);
        CoverageRaster anticlockwise = new CoverageRaster(20, 20, WHITE);
        ring(anticlockwise, 2, 2, 2, 12, 12, 12, 12, 2);
        anticlockwise.fill(BLACK);
        assertEquals(100, totalInk(clockwise), 1e-6);
        assertEquals(100, totalInk(anticlockwise), 1e-6);

        CoverageRaster overlapping = new CoverageRaster(20, 20, WHITE);
        ring(overlapping, 2, 2, 12, 2, 12, 12, 2, 12);
        ring(overlapping, 7, 7, 17, 7, 17, 17, 7, 17);
        overlapping.fill(BLACK);
        assertEquals(1, ink(overlapping, 9, 9), 1e-9, "where the two overlap, once");
        assertEquals(175, totalInk(overlapping), 1e-6);
    }

    @Test
    void aRingTheOtherWayInsideAnotherIsAHole() {
        CoverageRaster raster = new CoverageRaster(20, 20, WHITE);
        ring(raster, 2, 2, 18, 2, 18, 18, 2, 18);
        ring(raster, 6, 6, 6, 14, 14, 14, 14, 6);
        raster.fill(BLACK);
        assertEquals(0, ink(raster, 10, 10), 1e-9, "the hole");
        assertEquals(1, ink(raster, 3, 10), 1e-9, "around it");
        assertEquals(256 - 64, totalInk(raster), 1e-6);
    }

    @Test
    void outlinesBeyondThePictureFillWhatOfThemIsInIt() {
        CoverageRaster raster = new CoverageRaster(10, 8, WHITE);
        ring(raster, -50, -40, 60, -40, 60, 70, -50, 70);
        raster.fill(BLACK);
        assertEquals(80, totalInk(raster), 1e-6);
        CoverageRaster half = new CoverageRaster(10, 8, WHITE);
        ring(half, -50, -40, 5, -40, 5, 70, -50, 70);
        half.fill(BLACK);
        assertEquals(40, totalInk(half), 1e-6);
        assertEquals(0, ink(half, 5, 3), 1e-9);
    }

    @Test
    void aFillsOpacityBlendsOverWhatIsThereAndOutlinesStartAfresh() {
        CoverageRaster raster = new CoverageRaster(10, 10, WHITE);
        ring(raster, 0, 0, 10, 0, 10, 10, 0, 10);
        raster.fill(0x80000000);
        assertEquals(0.5, ink(raster, 4, 4), 0.01);
        raster.fill(BLACK);
        assertEquals(0.5, ink(raster, 4, 4), 0.01, "a fill with no new outlines paints nothing");
    }
}
