package org.stancemap.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;

/**
 * A state's territory in map units, and the seat of its badge on it: the point of its land nearest
 * its place where a disc lies (as far as the land allows) on that land. A capital by the sea
 * (London, a few kilometres from the Thames estuary and the Channel) would put most of the state's
 * disc on the water and against a neighbour's, which reads as the state being there.
 */
public final class Territory {

    /** Candidate seats tried across the searched square, per side. */
    private static final int GRID = 40;
    /** How far from its place a seat is looked for, in wanted clearances. */
    private static final double REACH = 4;

    private final String name;
    private final List<double[]> rings;
    /** Each ring's extent (minX, minY, maxX, maxY): most points are tested against rings far from them. */
    private final List<double[]> extents;

    private Territory(String name, List<double[]> rings) {
        this.name = name;
        this.rings = rings;
        this.extents = rings.stream().map(Territory::extent).toList();
    }

    private static double[] extent(double[] ring) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i + 1 < ring.length; i += 2) {
            box[0] = Math.min(box[0], ring[i]);
            box[1] = Math.min(box[1], ring[i + 1]);
            box[2] = Math.max(box[2], ring[i]);
            box[3] = Math.max(box[3], ring[i + 1]);
        }
        return box;
    }

    private static boolean inExtent(double[] box, Point p) {
        return p.x() >= box[0] && p.x() <= box[2] && p.y() >= box[1] && p.y() <= box[3];
    }

    /**
     * The country named as the state is (the map's spelling), as the map tints it; empty where the
     * map has no such country (its place alone then says where the state is).
     */
    public static Optional<Territory> of(WorldOutline world, MapProjection projection, String stateName) {
        String wanted = stateName.toLowerCase(Locale.ROOT);
        return world.countries().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .map(c -> new Territory(c.name(), projected(c, projection)));
    }

    /** Every country of the map in map units, for checks of what lies where. */
    public static List<Territory> all(WorldOutline world, MapProjection projection) {
        return world.countries().stream().map(c -> new Territory(c.name(), projected(c, projection))).toList();
    }

    private static List<double[]> projected(CountryOutline country, MapProjection projection) {
        List<double[]> rings = new ArrayList<>();
        for (double[] ring : country.rings()) {
            double[] xy = new double[ring.length];
            for (int i = 0; i + 1 < ring.length; i += 2) {
                Point p = projection.project(ring[i + 1], ring[i]);
                xy[i] = p.x();
                xy[i + 1] = p.y();
            }
            rings.add(xy);
        }
        return List.copyOf(rings);
    }

    public String name() {
        return name;
    }

    /** Whether a map point lies on this land (even-odd over its rings; the outlines have no holes). */
    public boolean contains(Point p) {
        return ringAt(p) != null;
    }

    private double[] ringAt(Point p) {
        for (int i = 0; i < rings.size(); i++) {
            if (inExtent(extents.get(i), p) && inRing(rings.get(i), p)) {
                return rings.get(i);
            }
        }
        return null;
    }

    private static boolean inRing(double[] ring, Point p) {
        boolean inside = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > p.y()) != (yj > p.y()) && p.x() < (xj - xi) * (p.y() - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** How far a point of this land is from its coast or border, in map units (0 off the land). */
    public double clearance(Point p) {
        double[] ring = ringAt(p);
        return ring == null ? 0 : edgeDistance(ring, p, Double.MAX_VALUE);
    }

    /** The distance from {@code p} to the ring's nearest edge, or {@code enough} if that is nearer. */
    private static double edgeDistance(double[] ring, Point p, double enough) {
        // Starting at enough rather than infinity gives the same answer and passes over every edge farther off.
        double best = enough;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n && best > 0; j = i++) {
            double ax = ring[2 * j];
            double ay = ring[2 * j + 1];
            double bx = ring[2 * i];
            double by = ring[2 * i + 1];
            // Cheap rejection first: an edge whose box is farther than the best so far cannot be nearer.
            if (Math.min(ax, bx) - p.x() > best || p.x() - Math.max(ax, bx) > best
                    || Math.min(ay, by) - p.y() > best || p.y() - Math.max(ay, by) > best) {
                continue;
            }
            double dx = bx - ax;
            double dy = by - ay;
            double length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - ax) * dx + (p.y() - ay) * dy) / length2));
            best = Math.min(best, Math.hypot(p.x() - (ax + t * dx), p.y() - (ay + t * dy)));
        }
        return best;
    }

    /**
     * Where the state's badge sits: {@code place} itself when a disc of radius {@code wanted} (map
     * units) around it stays on this land; else the point nearest the place, on the same piece of
     * land and within a few radii of it, that lies as deep inside as that piece allows (up to
     * {@code wanted}). A place off this land is kept: the file says where the state is.
     */
    public Point seat(Point place, double wanted) {
        double[] ring = ringAt(place);
        if (ring == null || edgeDistance(ring, place, wanted) >= wanted) {
            return place;
        }
        double[] extent = extent(ring);
        double reach = REACH * wanted;
        double step = 2 * reach / GRID;
        double[] depth = new double[(GRID + 1) * (GRID + 1)];
        double deepest = 0;
        for (int i = 0; i <= GRID; i++) {
            for (int j = 0; j <= GRID; j++) {
                Point q = place.plus(-reach + i * step, -reach + j * step);
                double d = inExtent(extent, q) && inRing(ring, q) ? edgeDistance(ring, q, wanted) : 0;
                depth[i * (GRID + 1) + j] = d;
                deepest = Math.max(deepest, d);
            }
        }
        // Nearly as deep as the deepest is deep enough: the seat stays as near its place as it can.
        double enough = 0.9 * deepest;
        Point seat = place;
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i <= GRID; i++) {
            for (int j = 0; j <= GRID; j++) {
                Point q = place.plus(-reach + i * step, -reach + j * step);
                if (depth[i * (GRID + 1) + j] >= enough && deepest > 0 && q.distanceTo(place) < nearest) {
                    nearest = q.distanceTo(place);
                    seat = q;
                }
            }
        }
        return seat;
    }
}
