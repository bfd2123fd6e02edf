package org.stancemap.layout;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the camera that frames every badge in a viewport. Badges keep their size while the map
 * scales, so the frame is found in a few rounds: place the badges at a trial zoom, measure, and
 * correct the zoom.
 */
public final class Framing {

    /** The map point to centre on and the zoom (screen pixels per map unit). */
    public record Frame(double centreX, double centreY, double zoom) {
    }

    private final BadgePlacer placer;
    private final double minZoom;
    private final double maxZoom;

    public Framing(BadgePlacer placer, double minZoom, double maxZoom) {
        this.placer = placer;
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /**
     * Frames {@code anchors} (in placement order) in a {@code width}×{@code height} viewport, leaving
     * {@code margin} around and {@code bottomMargin} below; {@code badgeDrop} is how far below its
     * anchor a badge's label reaches.
     */
    public Frame fit(Map<String, Point> anchors, double width, double height, double margin, double bottomMargin,
                     double badgeDrop) {
        return fit(anchors, null, width, height, margin, bottomMargin, badgeDrop);
    }

    /**
     * Frames only the badges in {@code only} (all when null), placed among all of {@code anchors}:
     * the others still take their room, so a framed badge lands where it will really be drawn.
     */
    public Frame fit(Map<String, Point> anchors, java.util.Set<String> only, double width, double height,
                     double margin, double bottomMargin, double badgeDrop) {
        this.only = only;
        double usableW = Math.max(80, width - 2 * margin);
        double usableH = Math.max(80, height - margin - bottomMargin);
        double[] box = bounds(measured(anchors));
        double zoom = clamp(Math.min(usableW / Math.max(1, box[2] - box[0]), usableH / Math.max(1, box[3] - box[1])));
        // Placement jumps as zoom changes, so converge, then back off until the badges truly fit.
        for (int round = 0; round < 3; round++) {
            box = placedBounds(anchors, zoom);
            double scale = Math.min(usableW / Math.max(1, box[2] - box[0]), usableH / Math.max(1, box[3] - box[1]));
            zoom = clamp(zoom * Math.min(1.5, scale));
        }
        box = placedBounds(anchors, zoom);
        // Badges do not shrink with the map, so zoom out a step at a time until they fit; in a
        // crowd, badges that find no room stay small on their places, so this ends.
        for (int round = 0; round < 12 && zoom > minZoom
                && (box[2] - box[0] > usableW || box[3] - box[1] > usableH); round++) {
            zoom = clamp(zoom * 0.88);
            box = placedBounds(anchors, zoom);
        }
        double centreX = (box[0] + box[2]) / 2 / zoom;
        double centreY = ((box[1] + box[3]) / 2 + badgeDrop + (bottomMargin - margin) / 2) / zoom;
        return new Frame(centreX, centreY, zoom);
    }

    /**
     * Whether a badge framed by {@code frame} in a {@code width}×{@code height} viewport would reach
     * into {@code area} (minX, minY, maxX, maxY in the viewport: a legend in a corner, say). A badge
     * is its placer's box, hanging from {@code discRadius} above its anchor with its label below.
     */
    public boolean reaches(Frame frame, Map<String, Point> anchors, double width, double height,
                           double discRadius, double[] area) {
        double shiftX = width / 2 - frame.centreX() * frame.zoom();
        double shiftY = height / 2 - frame.centreY() * frame.zoom();
        for (Point p : placedAt(anchors, frame.zoom()).values()) {
            double left = p.x() + shiftX - placer.badgeWidth() / 2;
            double top = p.y() + shiftY - discRadius;
            if (left < area[2] && left + placer.badgeWidth() > area[0]
                    && top < area[3] && top + placer.badgeHeight() > area[1]) {
                return true;
            }
        }
        return false;
    }

    private double clamp(double zoom) {
        return Math.max(minZoom, Math.min(maxZoom, zoom));
    }

    private java.util.Set<String> only;

    private double[] placedBounds(Map<String, Point> anchors, double zoom) {
        return bounds(measured(placedAt(anchors, zoom)));
    }

    /** Where the badges go at {@code zoom}, in screen pixels from the map's origin. */
    private Map<String, Point> placedAt(Map<String, Point> anchors, double zoom) {
        Map<String, Point> zoomed = new LinkedHashMap<>();
        anchors.forEach((id, p) -> zoomed.put(id, new Point(p.x() * zoom, p.y() * zoom)));
        return placer.place(zoomed).positions();
    }

    private Collection<Point> measured(Map<String, Point> positions) {
        if (only == null) {
            return positions.values();
        }
        return positions.entrySet().stream().filter(e -> only.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** minX, minY, maxX, maxY of the points. */
    static double[] bounds(Collection<Point> points) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Point p : points) {
            box[0] = Math.min(box[0], p.x());
            box[1] = Math.min(box[1], p.y());
            box[2] = Math.max(box[2], p.x());
            box[3] = Math.max(box[3], p.y());
        }
        return box;
    }
}
