package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScreenScaleTest {

    /** The name under a badge is 0.857 em of the marks' size (12 px at 14 px), 7/6 of that while presenting. */
    private static double presentedNamePixels(double width, double height) {
        return 14 * ScreenScale.step(ScreenScale.presenting(width, height)) / 100.0 * 0.857 * ScreenScale.PRESENTING_NAMES;
    }

    @Test
    void aNameInATourIsAtLeast24PixelsOnA1024By768Projector() {
        assertTrue(presentedNamePixels(1024, 768) >= 23.99, "name " + presentedNamePixels(1024, 768) + " px");
    }

    @Test
    void aLargerProjectorDrawsTheTourLargerInProportion() {
        double small = presentedNamePixels(1024, 768);
        double hd = presentedNamePixels(1920, 1080);
        double uhd = presentedNamePixels(3840, 2160);
        assertTrue(hd >= small * 1.25, "1920×1080: " + hd + " px against " + small);
        assertTrue(uhd >= small * 2.5, "3840×2160: " + uhd + " px against " + small);
        // Within a step of the screen's own proportion, never above it.
        assertTrue(uhd <= small * 2160 / 768.0 + 0.01, "3840×2160: " + uhd + " px");
    }

    @Test
    void aWideShortScreenIsSizedByItsHeightAndANarrowTallOneByItsWidth() {
        assertEquals(ScreenScale.presenting(1024, 768), ScreenScale.presenting(2048, 768), 1e-9);
        assertEquals(ScreenScale.presenting(1024, 768), ScreenScale.presenting(1024, 1536), 1e-9);
    }

    @Test
    void theMainWindowIsEnlargedOnlyOnScreensLargerThanFullHd() {
        assertEquals(1, ScreenScale.window(1366, 768), 1e-9);
        assertEquals(1, ScreenScale.window(1920, 1080), 1e-9);
        assertEquals(200, ScreenScale.step(ScreenScale.window(3840, 2160)));
        assertEquals(125, ScreenScale.step(ScreenScale.window(2560, 1440)));
        // A 4K screen the system already scales by 2 reports 1920×1080 and gets nothing more.
        assertEquals(100, ScreenScale.step(ScreenScale.window(1920, 1080)));
    }

    @Test
    void stepsRoundDownAndStayWithinTheStylesheetsSteps() {
        assertEquals(100, ScreenScale.step(0.5));
        assertEquals(100, ScreenScale.step(1.24));
        assertEquals(125, ScreenScale.step(1.25));
        assertEquals(250, ScreenScale.step(2.6));
        assertEquals(600, ScreenScale.step(9));
    }

    @Test
    void unknownScreenSizesGiveTheNormalSize() {
        assertEquals(1, ScreenScale.window(0, 0), 1e-9);
        assertEquals(100, ScreenScale.step(ScreenScale.kiosk(0, 0)));
    }
}
