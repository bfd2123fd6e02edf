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

    private static final Rgb[] BLOCS = {
        Rgb.hex("#0072B2"), Rgb.hex("#E69F00"), Rgb.hex("#009E73"), Rgb.hex("#CC79A7"),
        Rgb.hex("#56B4E9"), Rgb.hex("#D55E00"), Rgb.hex("#F0E442"),
    };
    private static final Rgb[] BLOC_INKS = {
        PAPER, INK, INK, INK, INK, INK, INK,
    };
    private static final Rgb NEUTRAL = Rgb.hex("#8a9099");

    private PrintPalette() {
    }

    /** The fill of a badge in {@link BlocPalette} slot {@code slot}. */
    static Rgb bloc(int slot) {
        return slot == BlocPalette.NEUTRAL ? NEUTRAL : BLOCS[Math.floorMod(slot, BLOCS.length)];
    }

    /** The text colour that reads on {@link #bloc}. */
    static Rgb blocInk(int slot) {
        return slot == BlocPalette.NEUTRAL ? PAPER : BLOC_INKS[Math.floorMod(slot, BLOC_INKS.length)];
    }

    static Rgb link(LinkKind kind) {
        return switch (kind) {
            case OPPOSES -> Rgb.hex("#9a5b2f");
            case SUPPORTS -> Rgb.hex("#3f6e96");
            case RESPONDS_TO -> Rgb.hex("#6b6f76");
        };
    }
}
