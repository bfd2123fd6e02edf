package org.stancemap.layout;

import java.util.function.ToDoubleFunction;

/**
 * The sizes a renderer draws the map's marks at, in its own units (screen pixels, or points on
 * paper): a disc's radius, the widest a name may be, the height of a name under its disc, the
 * size of a chip in the groups band and the band's label. {@code textWidth} measures a name.
 */
public record MapMetrics(double discRadius, double maxLabelWidth, double labelHeight, double chipHeight,
                         double chipPadding, double bandLabelWidth, double inset,
                         ToDoubleFunction<String> textWidth) {

    /** A name's width under its disc, wrapped to two lines when it is wider than the room for one. */
    public double labelWidth(String name) {
        double width = textWidth.applyAsDouble(name);
        return Math.min(maxLabelWidth, width > maxLabelWidth ? width / 2 + 8 : width);
    }

    /** A chip's width: its name on one line, padded. */
    public double chipWidth(String name) {
        return Math.min(maxLabelWidth * 1.4, textWidth.applyAsDouble(name)) + 2 * chipPadding + chipHeight * 0.8;
    }

    /**
     * The live map's sizes at a text scale (1 = normal), with names measured roughly from their length:
     * the sketch and the view must agree without measuring text through the toolkit.
     */
    public static MapMetrics screen(double textScale) {
        double s = textScale;
        return new MapMetrics(20 * s, 132 * s, 22 * s, 30 * s, 10 * s, 70 * s, 12 * s,
                name -> name.length() * 6.9 * s + 12 * s);
    }
}
