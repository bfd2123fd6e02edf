package org.stancemap.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.LinkKind;

/**
 * The handout's colours. A PDF has no style sheet, so this class is the one place that holds them;
 * they are the light theme's tokens in {@code ui/theme/stancemap.css}, kept in step by hand.
 */
final class PrintPalette {

    /** A colour as red, green and blue from 0 to 1. */
    record Rgb(float r, float g, float b) {

        static Rgb hex(String hex) {
            int value = Integer.parseInt(hex.substring(1), 16);
            return new Rgb(((value >> 16) & 0xFF) / 255f, ((value >> 8) & 0xFF) / 255f, (value & 0xFF) / 255f);
        }

        /** This colour laid over {@code under} at the given opacity, for a print-safe tint without transparency. */
        Rgb over(Rgb under, float opacity) {
            return new Rgb(r * opacity + under.r * (1 - opacity), g * opacity + under.g * (1 - opacity),
                    b * opacity + under.b * (1 - opacity));
        }

        /** Relative luminance (sRGB, 0 black to 1 white): what a greyscale copy keeps of a colour. */
        double luminance() {
            return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        }

        /** Lightness L* (0 to 100), in which equal steps look equal to the eye. */
        double lightness() {
            double y = luminance();
            return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389.0 / 27;
        }

        /** This hue mixed with black or white to the lightness {@code target}. */
        Rgb withLightness(double target) {
            Rgb towards = target > lightness() ? PAPER_WHITE : BLACK;
            float low = 0;
            float high = 1;
            for (int i = 0; i < 30; i++) {
                float mid = (low + high) / 2;
                Rgb mixed = towards.over(this, mid);
                if ((mixed.lightness() < target) == (towards == PAPER_WHITE)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            return towards.over(this, (low + high) / 2);
        }

        private static double linear(float c) {
            return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }

        void fill(PDPageContentStream content) throws IOException {
            content.setNonStrokingColor(r, g, b);
        }

        void stroke(PDPageContentStream content) throws IOException {
            content.setStrokingColor(r, g, b);
        }
    }

    static final Rgb INK = Rgb.hex("#1b1b1b");
    static final Rgb MUTED = Rgb.hex("#585e67");
    static final Rgb RULE = Rgb.hex("#c9ced6");
    static final Rgb PAPER = Rgb.hex("#ffffff");
    static final Rgb SEA = Rgb.hex("#f6f8fa");
    static final Rgb LAND = Rgb.hex("#e3e6ea");
    static final Rgb LAND_BORDER = Rgb.hex("#c3c8cf");
    static final Rgb TABLE_HEADER = Rgb.hex("#eef0f3");

    private static final Rgb PAPER_WHITE = PAPER;
    private static final Rgb BLACK = new Rgb(0, 0, 0);
    private static final Rgb[] BLOCS = {
        Rgb.hex("#0072B2"), Rgb.hex("#E69F00"), Rgb.hex("#009E73"), Rgb.hex("#CC79A7"),
        Rgb.hex("#56B4E9"), Rgb.hex("#D55E00"), Rgb.hex("#F0E442"),
    };
    /**
     * The lightness each bloc colour is printed at. On screen the Okabe–Ito hues differ; in a
     * black-and-white copy orange and sky blue (and green, pink and vermilion) come out the same
     * grey. Each hue keeps its colour but is lightened or darkened a little, so every two blocs are
     * at least 8 L* apart, a step a photocopy keeps.
     */
    private static final double[] PRINT_LIGHTNESS = {40, 72, 56, 84, 64, 48, 93};
    private static final Rgb NEUTRAL = Rgb.hex("#8a9099");
    /** Initials are white on fills darker than this lightness, near-black on lighter ones. */
    private static final double DARK_FILL = 55;

    private PrintPalette() {
    }

    /** The fill of a badge in {@link BlocPalette} slot {@code slot}. */
    static Rgb bloc(int slot) {
        if (slot == BlocPalette.NEUTRAL) {
            return NEUTRAL;
        }
        int i = Math.floorMod(slot, BLOCS.length);
        return BLOCS[i].withLightness(PRINT_LIGHTNESS[i]);
    }

    /** The text colour that reads on {@link #bloc}. */
    static Rgb blocInk(int slot) {
        return bloc(slot).lightness() < DARK_FILL ? PAPER : INK;
    }

    /** How a state's territory is hatched over its tint, so territories differ in a grey copy too. */
    enum Hatch { NONE, RISING, FALLING, LEVEL, UPRIGHT, CROSSED, DOUBLE_LEVEL }

    static Hatch hatch(int slot) {
        return slot == BlocPalette.NEUTRAL ? Hatch.NONE : Hatch.values()[Math.floorMod(slot, Hatch.values().length)];
    }

    static Rgb link(LinkKind kind) {
        return switch (kind) {
            case OPPOSES -> Rgb.hex("#9a5b2f");
            case SUPPORTS -> Rgb.hex("#3f6e96");
            case RESPONDS_TO -> Rgb.hex("#6b6f76");
        };
    }
}
