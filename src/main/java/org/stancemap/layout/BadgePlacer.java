package org.stancemap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Places badges on screen so none overlaps another or hides a label. Badges are placed one at a
 * time in the order given (the most important first): each takes its own anchor if that spot is
 * free, otherwise the free spot nearest to it on a fine lattice around the anchor. Nobody is pushed
 * far from home by a chain reaction, and the result never depends on anything but the input.
 * Where the map is too crowded to find a free spot nearby, a badge stays on its place and is
 * reported as crowded, so the view can draw it small and without a label until the reader zooms in.
 * Works in screen pixels because badges keep their size whatever the zoom.
 */
public final class BadgePlacer {

    private static final int STEPS_PER_BADGE = 4;
    /** How far a badge may move from its place: three badges' width or height either way. */
    private static final int SEARCH_STEPS = 12;

    private final double width;
    private final double height;
    private final List<Point> offsets;

    /** {@code width} and {@code height} are the room one badge with its label needs. */
    public BadgePlacer(double width, double height) {
        this.width = width;
        this.height = height;
        this.offsets = offsets(width, height);
    }

    /** The room one badge with its label needs. */
    public double badgeWidth() {
        return width;
    }

    public double badgeHeight() {
        return height;
    }

    /**
     * Where each badge goes, and which badges found no room near their place and stay on it,
     * drawn small, without blocking anyone.
     */
    public record Placement(Map<String, Point> positions, Set<String> crowded) {
    }

    /** Places badges in the iteration order of {@code anchors}; earlier ones keep their spot. */
    public Placement place(Map<String, Point> anchors) {
        Map<Long, List<Point>> grid = new HashMap<>();
        Map<String, Point> placed = new LinkedHashMap<>();
        Set<String> crowded = new HashSet<>();
        for (Map.Entry<String, Point> entry : anchors.entrySet()) {
            Point spot = freeSpotNear(entry.getValue(), grid);
            if (spot == null) {
                placed.put(entry.getKey(), entry.getValue());
                crowded.add(entry.getKey());
            } else {
                placed.put(entry.getKey(), spot);
                grid.computeIfAbsent(cellOf(spot), k -> new ArrayList<>()).add(spot);
            }
        }
        return new Placement(placed, crowded);
    }

    /** The free spot nearest to the anchor within the search range, or null if there is none. */
    private Point freeSpotNear(Point anchor, Map<Long, List<Point>> grid) {
        for (Point offset : offsets) {
            Point candidate = anchor.plus(offset.x(), offset.y());
            if (isFree(candidate, grid)) {
                return candidate;
            }
        }
        return null;
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
