package org.stancemap.layout;

import java.util.Collection;

/**
 * The room the live map's own controls take in the view (the legend in the bottom-right corner,
 * the zoom buttons at the top right, the hint below), which framing keeps the marks clear of.
 * One home for these rules, so the live map and its first-frame sketch frame the map alike.
 * View pixels at the normal text size; {@code textScale} grows what holds text.
 */
public final class MapRoom {

    public static final double FIT_MARGIN = 70;
    public static final double FIT_MARGIN_BOTTOM = 120;
    private static final double FIT_MARGIN_BOTTOM_FOLDED = 56;
    public static final double LEGEND_INSET = 12;
    /** The legend's size at the normal text size; it grows with the text. */
    private static final double LEGEND_WIDTH = 212;
    private static final double LEGEND_HEIGHT = 128;
    private static final double FOLDED_LEGEND_WIDTH = 80;
    private static final double FOLDED_LEGEND_HEIGHT = 40;
    /** Room around the Relations picture, whose regions have pads of their own. */
    private static final double RELATIONS_MARGIN = 24;

    /** The most the Relations picture's marks grow to fill a large view: a few camps need not fill a wall. */
    public static final double RELATIONS_GROWTH = 2.5;

    /** Room the zoom buttons take at the top right, which the groups band leaves free. */
    private static final double CONTROLS_ROOM = 64;

    private MapRoom() {
    }

    /** The width the groups band may take at the top: all but the zoom buttons' corner. */
    public static double bandWidth(double width) {
        return Math.max(0, width - CONTROLS_ROOM);
    }

    /**
     * The legend's corner as the framing keeps it clear: from its size at the text scale, not the
     * node's last measure, so the first-frame sketch frames the map exactly as the live view does
     * (and during a resize the node's own bounds are stale anyway).
     */
    public static double[] legendArea(double width, double height, double textScale, boolean folded) {
        double gap = 8;
        double w = (folded ? FOLDED_LEGEND_WIDTH : LEGEND_WIDTH) * textScale;
        double h = (folded ? FOLDED_LEGEND_HEIGHT : LEGEND_HEIGHT) * textScale;
        return new double[] {width - LEGEND_INSET - w - gap, height - LEGEND_INSET - h - gap, width, height};
    }

    /** Room below the marks outside a tour: for the hint and the legend, less when the legend is folded. */
    public static double bottomMargin(double width, double height, double textScale) {
        return legendFolds(width, height, textScale) ? FIT_MARGIN_BOTTOM_FOLDED * textScale : FIT_MARGIN_BOTTOM;
    }

    /** Whether the map is too small to give the open legend a corner: it would cover too much of it. */
    public static boolean legendFolds(double width, double height, double textScale) {
        return height < LEGEND_HEIGHT * textScale * 3.4 || width < LEGEND_WIDTH * textScale * 3.2;
    }

    /** If a badge would sit under the legend in the corner, frames the map beside or above the legend instead. */
    public static Framing.Frame clearOfLegend(Framing framing, Framing.Frame frame, Collection<Framing.Box> boxes,
                                              Framing.Margins margins, double width, double height, double textScale,
                                              boolean folded) {
        double[] area = legendArea(width, height, textScale, folded);
        if (!Framing.reaches(frame, boxes, width, height, area)) {
            return frame;
        }
        // Either leave the legend's width free on the right, or its height below: whichever keeps the larger map.
        Framing.Frame besides = framing.fit(boxes, width, height, new Framing.Margins(margins.left(),
                margins.top(), Math.max(margins.right(), width - area[0]), margins.bottom()));
        Framing.Frame above = framing.fit(boxes, width, height, new Framing.Margins(margins.left(),
                margins.top(), margins.right(), Math.max(margins.bottom(), height - area[1])));
        return besides.zoom() >= above.zoom() ? besides : above;
    }

    /**
     * The room around the Relations picture outside a tour: a little at the sides and above, the
     * hint's line below (the legend's corner is kept clear by {@link #clearOfLegend}).
     */
    public static Framing.Margins relationsMargins(double textScale) {
        return new Framing.Margins(RELATIONS_MARGIN, RELATIONS_MARGIN * 0.6, RELATIONS_MARGIN,
                FIT_MARGIN_BOTTOM_FOLDED * textScale);
    }

    /**
     * The largest zoom the Relations picture is framed at: the one its grid is made for, grown with
     * the names (larger text, a projector), so that on a large screen the camps do not drift apart
     * while no name gains room, and with larger names the grid still has room for them.
     */
    public static double relationsMaxZoom(MapMetrics metrics) {
        return metrics.maxLabelWidth() / MapMetrics.screen(1).maxLabelWidth();
    }

    /**
     * How much larger than {@code metrics} the Relations picture may draw its marks in a
     * {@code width}×{@code height} view: the picture's size grows with its marks' (its grid is
     * measured in names), so a picture that fills a laptop's map is small on a wall screen unless
     * its marks grow too. 1 where it fills the view already; at most {@link #RELATIONS_GROWTH}.
     */
    public static double relationsGrowth(MapLayout layout, java.util.Map<String, Point> relations, MapMetrics metrics,
                                         double width, double height, double textScale) {
        if (width <= 0 || height <= 0 || relations.isEmpty()) {
            return 1;
        }
        java.util.List<Framing.Box> boxes = MapScene.boxes(layout, metrics, relations, null);
        Framing.Margins margins = relationsMargins(textScale);
        Framing framing = new Framing(0.01, 100);
        Framing.Frame frame = clearOfLegend(framing, framing.fit(boxes, width, height, margins), boxes, margins,
                width, height, textScale, legendFolds(width, height, textScale));
        return Math.max(1, Math.min(RELATIONS_GROWTH, frame.zoom() / relationsMaxZoom(metrics)));
    }

    /** The room around the marks: {@code margin} at the sides, the groups band (on the map) above, {@code bottom} below. */
    public static Framing.Margins margins(MapLayout layout, MapMetrics metrics, double width, double margin,
                                          double bottom, boolean relationsMode) {
        return margins(layout, metrics, margin, bottom, relationsMode, bandWidth(width));
    }

    /** As above, with the groups band's width given (the live map narrows it under a side panel). */
    public static Framing.Margins margins(MapLayout layout, MapMetrics metrics, double margin, double bottom,
                                          boolean relationsMode, double bandWidth) {
        double band = relationsMode ? 0 : MapScene.bandHeight(layout, metrics, bandWidth);
        return new Framing.Margins(margin, Math.max(margin * 0.6, band + metrics.inset()), margin, bottom);
    }
}
