package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The handout's bloc fills stay apart on a black-and-white copy: by lightness, and territories by hatching. */
class PrintFillsTest {

    private static final int SLOTS = 7;

    @Test
    void everyTwoBlocFillsDifferInLightnessByAStepACopyKeeps() {
        for (int a = 0; a < SLOTS; a++) {
            for (int b = a + 1; b < SLOTS; b++) {
                double la = PrintPalette.bloc(a).lightness();
                double lb = PrintPalette.bloc(b).lightness();
                assertTrue(Math.abs(la - lb) >= 7.5, "blocs " + a + " and " + b + " print as nearly the same grey: L* "
                        + Math.round(la) + " and " + Math.round(lb));
            }
        }
    }

    @Test
    void initialsReadOnEveryFill() {
        for (int slot = -1; slot < SLOTS; slot++) {
            double fill = PrintPalette.bloc(slot).luminance();
            double ink = PrintPalette.blocInk(slot).luminance();
            double contrast = (Math.max(fill, ink) + 0.05) / (Math.min(fill, ink) + 0.05);
            assertTrue(contrast >= 4.5, "initials on bloc " + slot + " have a contrast of " + contrast);
        }
    }

    @Test
    void theFirstTerritoriesAreHatchedEachTheirOwnWay() {
        Set<PrintPalette.Hatch> seen = new HashSet<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            seen.add(PrintPalette.hatch(slot));
        }
        assertEquals(SLOTS, seen.size(), "seven blocs, seven hatchings");
    }

    @Test
    void printedHuesStayNearTheScreensOwn() {
        // Still the colour the reader saw on screen: lightened or darkened, never turned another hue.
        String[] screen = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"};
        for (int slot = 0; slot < SLOTS; slot++) {
            PrintPalette.Rgb base = PrintPalette.Rgb.hex(screen[slot]);
            assertTrue(Math.abs(base.lightness() - PrintPalette.bloc(slot).lightness()) < 25,
                    "bloc " + slot + " moved far from its screen colour");
        }
    }
}
