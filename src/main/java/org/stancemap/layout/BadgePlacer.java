package org.stancemap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places badges on screen so none overlaps another or hides a label. Badges are placed one at a
 * time in the order given (the most important first): each takes its own anchor if that spot is
 * free, otherwise the free spot nearest to it on a fine lattice around the anchor. Nobody is pushed
 * far from home by a chain reaction, and the result never depends on anything but the input.
 * Works in screen pixels because badges keep their size whatever the zoom.
 */
public final class BadgePlacer {

    private static final int STEPS_PER_BADGE = 4;
    private static final int SEARCH_STEPS = 28;

    private final double width;
    private final double height;
    private final List<Point> offsets;

    /** {@code width} and {@code height} are the room one badge with its label needs. */
    public BadgePlacer(double width, double height) {
        this.width = width;
        this.height = height;
        this.offsets = offsets(width, height);
    }

    /** Places badges in the iteration order of {@code anchors}; earlier ones keep their spot. */
    public Map<String, Point> place(Map<String, Point> anchors) {
        Map<Long, List<Point>> grid = new HashMap<>();
        Map<String, Point> placed = new LinkedHashMap<>();
        for (Map.Entry<String, Point> entry : anchors.entrySet()) {
            Point spot = freeSpotNear(entry.getValue(), grid);
            placed.put(entry.getKey(), spot);
            grid.computeIfAbsent(cellOf(spot), k -> new ArrayList<>()).add(spot);
        }
        return placed;
    }

    private Point freeSpotNear(Point anchor, Map<Long, List<Point>> grid) {
        for (Point offset : offsets) {
            Point candidate = anchor.plus(offset.x(), offset.y());
            if (isFree(candidate, grid)) {
                return candidate;
            }
        }
        // A very crowded spot: walk outward ring by ring, a badge at a time, until there is room.
        // There are finitely many badges, so some ring has a free place.
        for (int ring = SEARCH_STEPS / STEPS_PER_BADGE + 1; ; ring++) {
            for (int i = -ring; i <= ring; i++) {
                for (Point offset : new Point[] {new Point(i, ring), new Point(i, -ring), new Point(ring, i), new Point(-ring, i)}) {
                    Point candidate = anchor.plus(offset.x() * width, offset.y() * height);
                    if (isFree(candidate, grid)) {
                        return candidate;
                    }
                }
            }
        }
    }

    /** Spots around an anchor on a fine lattice, nearest first, so a badge moves no further than it must. */
    private static List<Point> offsets(double width, double height) {
        List<Point> offsets = new ArrayList<>();
        for (int i = -SEARCH_STEPS; i <= SEARCH_STEPS; i++) {
            for (int j = -SEARCH_STEPS; j <= SEARCH_STEPS; j++) {
                offsets.add(new Point(i * width / STEPS_PER_BADGE, j * height / STEPS_PER_BADGE));
            }
        }
        offsets.sort(java.util.Comparator.comparingDouble((Point o) -> Math.hypot(o.x(), o.y()))
                .thenComparingDouble(o -> -o.y()).thenComparingDouble(Point::x));
        return List.copyOf(offsets);
    }

    private boolean isFree(Point p, Map<Long, List<Point>> grid) {
        long gx = Math.floorDiv((long) Math.floor(p.x()), (long) width);
        long gy = Math.floorDiv((long) Math.floor(p.y()), (long) height);
        for (long ox = -1; ox <= 1; ox++) {
            for (long oy = -1; oy <= 1; oy++) {
                List<Point> bucket = grid.get(key(gx + ox, gy + oy));
                if (bucket == null) {
                    continue;
                }
                for (Point other : bucket) {
                    if (Math.abs(other.x() - p.x()) < width && Math.abs(other.y() - p.y()) < height) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private long cellOf(Point p) {
        return key(Math.floorDiv((long) Math.floor(p.x()), (long) width), Math.floorDiv((long) Math.floor(p.y()), (long) height));
    }

    /**
     * A unique key per cell, multiplied by an odd constant so that Long.hashCode spreads
     * neighbouring cells over the table; the plain packed value would hash to gx ^ gy, and every
     * diagonal of cells would collide.
     */
    static long key(long gx, long gy) {
        return ((gx << 32) | (gy & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }
}
