package org.stancemap.ui.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * Every badge's initials and icon read on its fill, and every name on its halo, at the WCAG
 * contrast for normal text (4.5:1), in the light and the dark theme. {@link PaletteTest} keeps
 * {@link Palette} equal to the stylesheets' tokens, so this checks what the screen shows.
 */
class BadgeContrastTest {

    private static final double NORMAL_TEXT = 4.5;

    @Test
    void initialsReadOnEveryBadgeFillInBothThemes() {
        for (Palette palette : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            String theme = palette == Palette.LIGHT ? "light" : "dark";
            for (int slot = -1; slot < palette.blocs().size(); slot++) {
                double contrast = contrast(palette.bloc(slot), palette.blocInk(slot));
                String fill = slot < 0 ? "the neutral (event) fill" : "bloc " + slot;
                assertTrue(contrast >= NORMAL_TEXT, String.format("%s theme: initials on %s (%s on %s) have %.2f:1",
                        theme, fill, palette.blocInk(slot), palette.bloc(slot), contrast));
            }
        }
    }

    @Test
    void namesReadOnTheirHaloOverLandAndSeaInBothThemes() {
        for (Palette palette : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            for (String ground : new String[] {palette.land(), palette.sea(), palette.landBorder()}) {
                Color halo = over(Color.web(palette.halo()), Color.web(ground));
                double contrast = contrast(halo, Color.web(palette.fg()));
                assertTrue(contrast >= NORMAL_TEXT, String.format("a name (%s) on its halo over %s has %.2f:1",
                        palette.fg(), ground, contrast));
            }
        }
    }

    @Test
    void theMeasureTellsKnownPairsApart() {
        // White on the old neutral grey: the pair this test was written against.
        assertTrue(contrast(Color.web("#8a9099"), Color.WHITE) < NORMAL_TEXT);
        assertTrue(Math.abs(contrast(Color.BLACK, Color.WHITE) - 21) < 0.01);
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** A see-through colour painted over an opaque one. */
    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }
}
