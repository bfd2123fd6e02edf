package org.stancemap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;

/**
 * Places actors by camp rather than geography: a deterministic force layout in which members sit
 * close to their blocs, supporting positions pull together and opposing positions push apart, so
 * the lines of conflict read at a glance. The result fills the same box as the geographic anchors,
 * so switching between the two layouts keeps the camera useful.
 */
public final class RelationsLayout {

    private static final double REPULSION = 9000;
    private static final double REPULSION_RANGE = 320;
    private static final double GRAVITY = 0.004;

    private record Spring(int a, int b, double rest, double stiffness) {
    }

    private RelationsLayout() {
    }

    public static Map<String, Point> compute(Explainer explainer, Map<String, Point> geographic) {
        List<Actor> actors = explainer.actors();
        int n = actors.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(actors.get(i).id(), i);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        Point geoCentre = ActorAnchors.centroid(new ArrayList<>(geographic.values()));
        for (int i = 0; i < n; i++) {
            Point p = geographic.getOrDefault(actors.get(i).id(), geoCentre);
            // A small deterministic nudge keeps actors that share a place from sitting exactly on top of each other.
            double angle = i * 2.399963;
            x[i] = p.x() + Math.cos(angle) * 8;
            y[i] = p.y() + Math.sin(angle) * 8;
        }
        List<Spring> springs = springs(explainer, index);
        int iterations = n <= 200 ? 400 : 100;
        double[] fx = new double[n];
        double[] fy = new double[n];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(fx, 0);
            java.util.Arrays.fill(fy, 0);
            repel(x, y, fx, fy);
            for (Spring s : springs) {
                double dx = x[s.b()] - x[s.a()];
                double dy = y[s.b()] - y[s.a()];
                double d = Math.max(1, Math.hypot(dx, dy));
                double f = s.stiffness() * (d - s.rest());
                fx[s.a()] += f * dx / d;
                fy[s.a()] += f * dy / d;
                fx[s.b()] -= f * dx / d;
                fy[s.b()] -= f * dy / d;
            }
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < n; i++) {
                cx += x[i] / n;
                cy += y[i] / n;
            }
            double cooling = 1.0 - (double) it / iterations;
            double maxStep = 40 * cooling + 1;
            for (int i = 0; i < n; i++) {
                fx[i] += (cx - x[i]) * GRAVITY;
                fy[i] += (cy - y[i]) * GRAVITY;
                double step = Math.hypot(fx[i], fy[i]);
                double scale = step > maxStep ? maxStep / step : 1;
                x[i] += fx[i] * scale;
                y[i] += fy[i] * scale;
            }
        }
        return fitInto(actors, x, y, geographic);
    }

    private static List<Spring> springs(Explainer explainer, Map<String, Integer> index) {
        List<Spring> springs = new ArrayList<>();
        for (Actor actor : explainer.actors()) {
            for (String bloc : actor.blocs()) {
                addSpring(springs, index, actor.id(), bloc, 70, 0.08);
            }
        }
        for (Link link : explainer.links()) {
            String a = explainer.holderOf(link.fromStanceId()).map(Actor::id).orElse(null);
            String b = explainer.holderOf(link.toStanceId()).map(Actor::id).orElse(null);
            switch (link.kind()) {
                case OPPOSES -> addSpring(springs, index, a, b, 420, 0.03);
                case SUPPORTS -> addSpring(springs, index, a, b, 110, 0.05);
                case RESPONDS_TO -> addSpring(springs, index, a, b, 220, 0.02);
            }
        }
        for (Stance stance : explainer.stances()) {
            stance.context().ifPresent(event -> addSpring(springs, index, stance.actorId(), event, 130, 0.02));
        }
        return springs;
    }

    private static void addSpring(List<Spring> springs, Map<String, Integer> index, String a, String b,
                                  double rest, double stiffness) {
        Integer i = a == null ? null : index.get(a);
        Integer j = b == null ? null : index.get(b);
        if (i != null && j != null && !i.equals(j)) {
            springs.add(new Spring(i, j, rest, stiffness));
        }
    }

    /** Pairwise repulsion limited to a range, using a grid so large explainers stay fast. */
    private static void repel(double[] x, double[] y, double[] fx, double[] fy) {
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            grid.computeIfAbsent(cell(x[i], y[i]), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < x.length; i++) {
            long gx = (long) Math.floor(x[i] / REPULSION_RANGE);
            long gy = (long) Math.floor(y[i] / REPULSION_RANGE);
            for (long ox = -1; ox <= 1; ox++) {
                for (long oy = -1; oy <= 1; oy++) {
                    List<Integer> bucket = grid.get(key(gx + ox, gy + oy));
                    if (bucket == null) {
                        continue;
                    }
                    for (int j : bucket) {
                        if (j <= i) {
                            continue;
                        }
                        double dx = x[i] - x[j];
                        double dy = y[i] - y[j];
                        double d2 = dx * dx + dy * dy;
                        if (d2 < 1e-6) {
                            dx = 1;
                            dy = 0;
                            d2 = 1;
                        }
                        if (d2 > REPULSION_RANGE * REPULSION_RANGE) {
                            continue;
                        }
                        double d = Math.sqrt(d2);
                        double f = REPULSION / d2;
                        fx[i] += f * dx / d;
                        fy[i] += f * dy / d;
                        fx[j] -= f * dx / d;
                        fy[j] -= f * dy / d;
                    }
                }
            }
        }
    }

    private static long cell(double x, double y) {
        return key((long) Math.floor(x / REPULSION_RANGE), (long) Math.floor(y / REPULSION_RANGE));
    }

    private static long key(long gx, long gy) {
        return (gx << 32) ^ (gy & 0xffffffffL);
    }

    private static Map<String, Point> fitInto(List<Actor> actors, double[] x, double[] y, Map<String, Point> box) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double tMinX = box.values().stream().mapToDouble(Point::x).min().orElse(0);
        double tMaxX = box.values().stream().mapToDouble(Point::x).max().orElse(1);
        double tMinY = box.values().stream().mapToDouble(Point::y).min().orElse(0);
        double tMaxY = box.values().stream().mapToDouble(Point::y).max().orElse(1);
        double targetW = Math.max(200, tMaxX - tMinX);
        double targetH = Math.max(150, tMaxY - tMinY);
        double scale = Math.min(targetW / Math.max(1, maxX - minX), targetH / Math.max(1, maxY - minY));
        double offsetX = (tMinX + tMaxX) / 2 - (minX + maxX) / 2 * scale;
        double offsetY = (tMinY + tMaxY) / 2 - (minY + maxY) / 2 * scale;
        Map<String, Point> result = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            result.put(actors.get(i).id(), new Point(x[i] * scale + offsetX, y[i] * scale + offsetY));
        }
        return result;
    }
}
