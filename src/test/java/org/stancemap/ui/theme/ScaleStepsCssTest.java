package org.stancemap.ui.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stancemap.layout.ScreenScale;

/**
 * Every size step the app can choose (ScreenScale.STEPS) has its font size in the stylesheet, for
 * the window and for the map's marks, and that size is the step's share of 14 px: the map's
 * geometry assumes exactly that.
 */
class ScaleStepsCssTest {

    @Test
    void everyStepHasItsFontSizeForTheWindowAndTheMarks() throws IOException {
        String css = stylesheet();
        for (int step : ScreenScale.STEPS) {
            String px = pixels(14 * step / 100.0);
            if (step != 100) {
                String rule = ".root:text-" + step + " { -fx-font-size: " + px + "; }";
                assertTrue(css.contains(rule), "the stylesheet has " + rule);
                assertTrue(css.contains(".root:text-" + step + " .ikonli-font-icon"), "icons follow step " + step);
            }
            String marks = ".map-marks:marks-" + step + " { -fx-font-size: " + px + "; }";
            assertTrue(css.contains(marks), "the stylesheet has " + marks);
        }
    }

    private static String pixels(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text + "px";
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = ScaleStepsCssTest.class.getResourceAsStream("/org/stancemap/ui/theme/stancemap.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
