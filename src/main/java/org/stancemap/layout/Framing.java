package org.stancemap.layout;

import java.util.Collection;

/**
 * Finds the camera that frames a set of marks in a viewport. A mark is a point on the map plus a
 * fixed box in pixels around it (a disc and its name keep their size while the map scales), so
 * the widest zoom at which every box fits is found by halving the interval: the marks' spread
 * only grows with the zoom.
 */
public final class Framing {

    /** The map point to centre on and the zoom (screen pixels per map unit). */
    public record Frame(double centreX, double centreY, double zoom) {
    }

    /**
     * A mark to frame: {@code at} in map units, its box from {@code left} to {@code right} and
     * {@code up} to {@code down} in pixels around that point (offsets included).
     */
    public record Box(Point at, double left, double right, double up, double down) {
    }

    /** The room to leave on each side of the viewport, in pixels. */
    public record Margins(double left, double top, double right, double bottom) {
    }

    /** The least share of the places' own filling zoom the map keeps, whatever the badges need. */
    private static final double PLACES_FLOOR = 0.5;

    private final double minZoom;
    private final double maxZoom;

    public Framing(double minZoom, double maxZoom) {
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /** Frames every box in a {@code width}×{@code height} viewport inside {@code margins}. */
    public Frame fit(Collection<Box> boxes, double width, double height, Margins margins) {
        return fit(boxes, width, height, margins, PLACES_FLOOR);
    }

    /**
     * As {@link #fit}, but every box stays in view even where that leaves the places close together:
     * for a tour step, whose few marks are what the audience must read.
     */
    public Frame fitEveryMark(Collection<Box> boxes, double width, double height, Margins margins) {
        return fit(boxes, width, height, margins, 0);
    }

    private Frame fit(Collection<Box> boxes, double width, double height, Margins margins, double placesFloor) {
        double usableW = Math.max(40, width - margins.left() - margins.right());
        double usableH = Math.max(40, height - margins.top() - margins.bottom());
        double low = minZoom;
        double high = maxZoom;
        if (!fits(boxes, low, usableW, usableH)) {
            high = low;
        }
        for (int i = 0; i < 40 && high - low > 1e-4 * low; i++) {
            double mid = Math.sqrt(low * high);
            if (fits(boxes, mid, usableW, usableH)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double zoom = fits(boxes, high, usableW, usableH) ? high : low;
        // Geography first: where the marks cannot all fit (large text in a small window), the map
        // stays at a zoom that spreads the places over the view, and names give way, rather than
        // shrinking the land until every badge piles up on a speck of it.
        if (placesFloor > 0) {
            zoom = Math.max(zoom, Math.min(maxZoom, placesZoom(boxes, usableW, usableH) * placesFloor));
        }
        double[] e = extent(boxes, zoom);
        // Centre the marks in the usable area, which the margins may push off the viewport's middle.
        double screenMidX = margins.left() + usableW / 2;
        double screenMidY = margins.top() + usableH / 2;
        double centreX = ((e[0] + e[2]) / 2 + width / 2 - screenMidX) / zoom;
        double centreY = ((e[1] + e[3]) / 2 + height / 2 - screenMidY) / zoom;
        return new Frame(centreX, centreY, zoom);
    }

    /** Whether some box framed by {@code frame} reaches into {@code area} (minX, minY, maxX, maxY in the viewport). */
    public static boolean reaches(Frame frame, Collection<Box> boxes, double width, double height, double[] area) {
        double shiftX = width / 2 - frame.centreX() * frame.zoom();
        double shiftY = height / 2 - frame.centreY() * frame.zoom();
        for (Box b : boxes) {
            double x = b.at().x() * frame.zoom() + shiftX;
            double y = b.at().y() * frame.zoom() + shiftY;
            if (x - b.left() < area[2] && x + b.right() > area[0] && y - b.up() < area[3] && y + b.down() > area[1]) {
                return true;
            }
        }
        return false;
    }

    /** The zoom at which the bare places (without their badges) fill the usable area. */
    private static double placesZoom(Collection<Box> boxes, double usableW, double usableH) {
        double[] e = extent(boxes.stream().map(b -> new Box(b.at(), 0, 0, 0, 0)).toList(), 1);
        return Math.min(usableW / Math.max(1e-6, e[2] - e[0]), usableH / Math.max(1e-6, e[3] - e[1]));
    }

    private static boolean fits(Collection<Box> boxes, double zoom, double usableW, double usableH) {
        double[] e = extent(boxes, zoom);
        return e[2] - e[0] <= usableW && e[3] - e[1] <= usableH;
    }

    /** minX, minY, maxX, maxY of the boxes at {@code zoom}, in pixels from the map's origin. */
    static double[] extent(Collection<Box> boxes, double zoom) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Box b : boxes) {
            double x = b.at().x() * zoom;
            double y = b.at().y() * zoom;
            e[0] = Math.min(e[0], x - b.left());
            e[1] = Math.min(e[1], y - b.up());
            e[2] = Math.max(e[2], x + b.right());
            e[3] = Math.max(e[3], y + b.down());
        }
        if (boxes.isEmpty()) {
            return new double[] {0, 0, 1, 1};
        }
        return e;
    }
}
