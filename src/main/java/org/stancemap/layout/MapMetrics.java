package org.stancemap.layout;

import java.util.function.ToDoubleFunction;

/**
 * The sizes a renderer draws the map's marks at, in its own units (screen pixels, or points on
 * paper): a disc's radius, the widest a name may be, the height of a name under its disc, the
 * size of a chip in the groups band and the band's label. {@code textWidth} measures a name.
 */
public record MapMetrics(double discRadius, double maxLabelWidth, double labelHeight, double chipHeight,
                         double chipPadding, double bandLabelWidth, double inset,
                         ToDoubleFunction<String> textWidth, boolean wrapsToFullWidth) {

    /**
     * A badge's disc radius on screen at the normal text size: the stylesheet draws the disc 2.857em
     * wide on a 14 px font (.actor-badge .badge-disc), and the layout must know it before any badge
     * exists. Every other screen size here follows the text scale from the same base.
     */
    public static final double DISC_RADIUS = 20;

    /** Metrics of a renderer whose wrapped names are about as wide as their longer line (paper). */
    public MapMetrics(double discRadius, double maxLabelWidth, double labelHeight, double chipHeight,
                      double chipPadding, double bandLabelWidth, double inset, ToDoubleFunction<String> textWidth) {
        this(discRadius, maxLabelWidth, labelHeight, chipHeight, chipPadding, bandLabelWidth, inset, textWidth, false);
    }

    /**
     * A name's width under its disc, wrapped to two lines when it is wider than the room for one;
     * then as wide as that room where {@code wrapsToFullWidth} (a wrapping JavaFX label takes its
     * whole maximum width), else about half the name.
     */
    public double labelWidth(String name) {
        double width = textWidth.applyAsDouble(name);
        if (width > maxLabelWidth && wrapsToFullWidth) {
            return maxLabelWidth;
        }
        return Math.min(maxLabelWidth, width > maxLabelWidth ? width / 2 + 8 : width);
    }

    /** A chip's width: its name on one line, padded. */
    public double chipWidth(String name) {
        return Math.min(maxLabelWidth * 1.4, textWidth.applyAsDouble(name)) + 2 * chipPadding + chipHeight * 0.8;
    }

    /**
     * The live map's sizes at a text scale (1 = normal), with names measured roughly from their length
     * (for work without a toolkit; the screen's renderers pass their own measure).
     */
    public static MapMetrics screen(double textScale) {
        return screen(textScale, 1);
    }

    /**
     * As {@link #screen(double)}, with names {@code nameScale} times their usual size beside the
     * discs (a presentation draws names larger for the back of the room, discs less so).
     */
    public static MapMetrics screen(double textScale, double nameScale) {
        double n = textScale * nameScale;
        return screen(textScale, nameScale, name -> name.length() * 6.9 * n + 12 * n);
    }

    /**
     * As {@link #screen(double, double)}, with each name's label as wide as {@code nameWidth} says:
     * a renderer measures its names in the font it draws them in (this package knows no toolkit).
     */
    public static MapMetrics screen(double textScale, double nameScale, ToDoubleFunction<String> nameWidth) {
        double s = textScale;
        double n = textScale * nameScale;
        return new MapMetrics(DISC_RADIUS * s, 132 * n, 22 * n, 30 * s, 10 * s, 70 * s, 12 * s, nameWidth, true);
    }
}
