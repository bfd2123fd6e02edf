package org.stancemap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves each link's ends from its discs' centres to their rims, fanning apart the ends that meet
 * at one disc: each end leaves the disc in the direction its curve heads off, and ends closer than
 * a set angle are spread evenly round the disc, as little as keeps them apart. The marks at the
 * ends (bars, dots, arrows) then sit side by side instead of on top of each other.
 */
final class EndFan {

    /** The least angle between two ends on one disc, when the disc has room for all at that angle. */
    static final double MIN_ANGLE = Math.toRadians(34);

    private record End(int curve, boolean start, Point centre, double angle) {
    }

    private EndFan() {
    }

    static List<MapScene.Curve> spread(List<MapScene.Curve> curves, double radius) {
        Map<String, List<End>> byDisc = new LinkedHashMap<>();
        for (int i = 0; i < curves.size(); i++) {
            MapScene.Curve c = curves.get(i);
            byDisc.computeIfAbsent(c.spec().fromId(), k -> new ArrayList<>())
                    .add(new End(i, true, c.a(), heading(c.a(), c.control(), c.b())));
            byDisc.computeIfAbsent(c.spec().toId(), k -> new ArrayList<>())
                    .add(new End(i, false, c.b(), heading(c.b(), c.control(), c.a())));
        }
        Point[] starts = new Point[curves.size()];
        Point[] ends = new Point[curves.size()];
        for (List<End> disc : byDisc.values()) {
            double[] angles = spreadAngles(disc.stream().mapToDouble(End::angle).toArray());
            for (int k = 0; k < disc.size(); k++) {
                End end = disc.get(k);
                Point rim = end.centre().plus(Math.cos(angles[k]) * radius, Math.sin(angles[k]) * radius);
                if (end.start()) {
                    starts[end.curve()] = rim;
                } else {
                    ends[end.curve()] = rim;
                }
            }
        }
        List<MapScene.Curve> result = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            MapScene.Curve c = curves.get(i);
            result.add(new MapScene.Curve(c.spec(), starts[i], c.control(), ends[i]));
        }
        return List.copyOf(result);
    }

    /** The direction a curve leaves {@code from}: towards its control point, or its far end if they meet. */
    private static double heading(Point from, Point control, Point far) {
        Point towards = from.distanceTo(control) > 1e-6 ? control : far;
        return Math.atan2(towards.y() - from.y(), towards.x() - from.x());
    }

    /**
     * The angles, in the same order, moved the least (in the least-squares sense, cluster by
     * cluster) so that neighbours round the circle are at least {@code min(MIN_ANGLE, 2π/n)} apart.
     */
    static double[] spreadAngles(double[] angles) {
        int n = angles.length;
        double[] result = angles.clone();
        if (n < 2) {
            return result;
        }
        double gap = Math.min(MIN_ANGLE, 2 * Math.PI / n);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> normal(angles[i])));
        // Unroll the circle at its widest gap, so spreading never pushes ends across the cut.
        int cut = 0;
        double widest = -1;
        for (int k = 0; k < n; k++) {
            double a = normal(angles[order[k]]);
            double before = normal(angles[order[(k + n - 1) % n]]);
            double space = k == 0 ? a + 2 * Math.PI - before : a - before;
            if (space > widest) {
                widest = space;
                cut = k;
            }
        }
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            double a = normal(angles[order[(cut + k) % n]]);
            v[k] = k > 0 && a < v[k - 1] ? a + 2 * Math.PI : a;
        }
        // Pool adjacent clusters that are too close, each at evenly spaced angles round its mean.
        List<int[]> blocks = new ArrayList<>();
        List<Double> bases = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int[] block = {k, k};
            double base = v[k];
            while (!blocks.isEmpty()) {
                int[] last = blocks.get(blocks.size() - 1);
                double lastEnd = bases.get(bases.size() - 1) + (last[1] - last[0]) * gap;
                if (lastEnd + gap <= base + 1e-12) {
                    break;
                }
                block = new int[] {last[0], block[1]};
                blocks.remove(blocks.size() - 1);
                bases.remove(bases.size() - 1);
                double sum = 0;
                for (int j = block[0]; j <= block[1]; j++) {
                    sum += v[j] - (j - block[0]) * gap;
                }
                base = sum / (block[1] - block[0] + 1);
            }
            blocks.add(block);
            bases.add(base);
        }
        for (int b = 0; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            for (int j = block[0]; j <= block[1]; j++) {
                result[order[(cut + j) % n]] = bases.get(b) + (j - block[0]) * gap;
            }
        }
        return result;
    }

    private static double normal(double angle) {
        double a = angle % (2 * Math.PI);
        return a < 0 ? a + 2 * Math.PI : a;
    }
}
