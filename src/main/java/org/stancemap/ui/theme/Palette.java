package org.stancemap.ui.theme;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The theme's colours for what is painted on a canvas, where CSS does not reach: the sketch of the
 * window shown as the first frame. They are the tokens of {@code stancemap.css} and
 * {@code dark.css} (and of AtlantaFX's Primer theme under them); {@code PaletteTest} keeps them equal.
 */
public record Palette(String bg, String bgSubtle, String fg, String fgMuted, String border,
                      String sea, String land, String landBorder, String halo,
                      List<String> blocs, List<String> blocInks, String neutral, String neutralInk) {

    private static final List<String> BLOCS =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442");
    private static final List<String> BLOC_INKS =
            List.of("#ffffff", "#111111", "#111111", "#111111", "#111111", "#111111", "#111111");

    public static final Palette LIGHT = new Palette("#ffffff", "#f6f8fa", "#24292f", "#57606a", "#d0d7de",
            "#f3f6f9", "#e3e6ea", "#c3c8cf", "rgba(255, 255, 255, 0.88)", BLOCS, BLOC_INKS, "#8a9099", "#111111");
    public static final Palette DARK = new Palette("#0d1117", "#161b22", "#c9d1d9", "#8b949e", "#30363d",
            "#11151b", "#2a313b", "#444d59", "rgba(17, 21, 27, 0.88)", BLOCS, BLOC_INKS, "#8a9099", "#111111");

    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The fill of a bloc's badges; {@code slot} below zero is the neutral grey. */
    public Color bloc(int slot) {
        return Color.web(slot < 0 ? neutral : blocs.get(slot % blocs.size()));
    }

    /** The text on a bloc's badges. */
    public Color blocInk(int slot) {
        return Color.web(slot < 0 ? neutralInk : blocInks.get(slot % blocInks.size()));
    }

    public static Color color(String token) {
        return Color.web(token);
    }
}
