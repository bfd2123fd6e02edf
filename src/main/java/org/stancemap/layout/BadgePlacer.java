package org.stancemap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads badges on screen so none overlaps another or hides a label. Badges that share an anchor
 * fan out around it; then a few rounds of pushing apart settle badges whose anchors are merely
 * close. Works in screen pixels because badges keep their size whatever the zoom.
 */
public final class BadgePlacer {

    private static final int ROUNDS = 24;

    private final double width;
    private final double height;

    /** {@code width} and {@code height} are the room one badge with its label needs. */
    public BadgePlacer(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public Map<String, Point> place(Map<String, Point> anchors) {
        List<String> ids = new ArrayList<>(anchors.keySet());
        int n = ids.size();
        double[] x = new double[n];
        double[] y = new double[n];
        fanOutSharedAnchors(anchors, ids, x, y);
        for (int round = 0; round < ROUNDS; round++) {
            if (!separate(x, y)) {
                break;
            }
        }
        Map<String, Point> placed = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            placed.put(ids.get(i), new Point(x[i], y[i]));
        }
        return placed;
    }

    private void fanOutSharedAnchors(Map<String, Point> anchors, List<String> ids, double[] x, double[] y) {
        Map<Long, List<Integer>> byAnchor = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Point p = anchors.get(ids.get(i));
            byAnchor.computeIfAbsent(Math.round(p.x()) * 1_000_003L + Math.round(p.y()), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : byAnchor.values()) {
            int k = group.size();
            double radius = k == 1 ? 0 : Math.max(width, height) * (0.45 + 0.12 * k);
            for (int m = 0; m < k; m++) {
                int i = group.get(m);
                Point p = anchors.get(ids.get(i));
                double angle = -Math.PI / 2 + 2 * Math.PI * m / k;
                x[i] = p.x() + radius * Math.cos(angle) * (width / Math.max(width, height));
                y[i] = p.y() + radius * Math.sin(angle) * (height / Math.max(width, height));
            }
        }
    }

    /** One round of pushing overlapping boxes apart along their smaller overlap; true if anything moved. */
    private boolean separate(double[] x, double[] y) {
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            grid.computeIfAbsent(key(Math.floorDiv((long) x[i], (long) width), Math.floorDiv((long) y[i], (long) height)),
                    k -> new ArrayList<>()).add(i);
        }
        boolean moved = false;
        for (int i = 0; i < x.length; i++) {
            long gx = Math.floorDiv((long) x[i], (long) width);
            long gy = Math.floorDiv((long) y[i], (long) height);
            for (long ox = -1; ox <= 1; ox++) {
                for (long oy = -1; oy <= 1; oy++) {
                    List<Integer> bucket = grid.get(key(gx + ox, gy + oy));
                    if (bucket == null) {
                        continue;
                    }
                    for (int j : bucket) {
                        if (j > i && pushApart(i, j, x, y)) {
                            moved = true;
                        }
                    }
                }
            }
        }
        return moved;
    }

    private boolean pushApart(int i, int j, double[] x, double[] y) {
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double overlapX = width - Math.abs(dx);
        double overlapY = height - Math.abs(dy);
        if (overlapX <= 0.5 || overlapY <= 0.5) {
            return false;
        }
        if (overlapX * height < overlapY * width) {
            double shift = (overlapX / 2 + 0.5) * (dx >= 0 ? 1 : -1);
            x[i] -= shift;
            x[j] += shift;
        } else {
            double shift = (overlapY / 2 + 0.5) * (dy > 0 || (dy == 0 && i % 2 == 0) ? 1 : -1);
            y[i] -= shift;
            y[j] += shift;
        }
        return true;
    }

    private static long key(long gx, long gy) {
        return (gx << 32) ^ (gy & 0xffffffffL);
    }
}
