package org.stancemap.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;

/**
 * Places actors by camp rather than geography, so the lines of conflict read at a glance: the
 * {@link Camps} the opposes links separate as two labelled regions, one along the top and one
 * along the bottom, so the oppositions run across the picture; between them, actors linked to
 * others yet on neither side, and an "others" region for events and actors with no link. Inside
 * a region a bloc stands just before its members and a unit is never split across two rows when
 * it fits on one. Only the article's links decide this; no side is placed as "good" or "bad".
 * The result is centred where the geographic layout is, so the switch animates in place.
 */
public final class RelationsLayout {

    /** One labelled region: who is in it, and after whom it is named (a side only). */
    public record Region(Camps.Standing standing, String namedAfter, List<String> members) {
    }

    /** Every actor's position in map units and the regions they stand in, top to bottom. */
    public record Relations(Map<String, Point> positions, List<Region> regions) {
    }

    /**
     * A grid cell, at the zoom the picture is drawn at on a laptop (1): as wide as a long name,
     * as tall as a disc with a line of name under it.
     */
    private static final double CELL_W = 2.2;
    private static final double CELL_H = 1.15;
    /** From one region's last line of discs to the next one's first, in pixels: names, pads and a title. */
    private static final double BETWEEN_REGIONS = 134;
    private static final double SIDE_BY_SIDE_GAP = 1.3;
    /**
     * The view the arrangement is chosen for: a 1366×768 laptop's map area beside the side panel and
     * above the article, less the framing's margins. Of the ways to wrap the regions into rows, the
     * one shown largest there wins, so that names have room beside each other.
     */
    private static final double REFERENCE_WIDTH = 900;
    private static final double REFERENCE_HEIGHT = 440;
    /** At this zoom an arrangement is large enough; among those, the shape nearest the view's wins. */
    private static final double ENOUGH_ZOOM = 1;
    /** Map units per grid unit. */
    private static final double UNIT = 60;

    private RelationsLayout() {
    }

    public static Map<String, Point> compute(Explainer explainer, Map<String, Point> geographic) {
        return of(explainer, geographic).positions();
    }

    public static Relations of(Explainer explainer, Map<String, Point> geographic) {
        Camps camps = Camps.of(explainer);
        List<List<Region>> rows = new ArrayList<>();
        rows.add(region(camps, Camps.Standing.FIRST_SIDE));
        List<Region> middle = new ArrayList<>(region(camps, Camps.Standing.NEITHER));
        middle.addAll(region(camps, Camps.Standing.OTHERS));
        rows.add(middle);
        rows.add(region(camps, Camps.Standing.SECOND_SIDE));
        rows.removeIf(List::isEmpty);
        // The number of columns whose picture shows largest in a laptop's map area.
        Arrangement best = null;
        int actors = explainer.actors().size();
        for (int columns = 2; columns <= Math.max(2, actors); columns++) {
            Arrangement a = arrange(camps, rows, columns, gapFor(1));
            // Shown smaller than on a laptop, its regions need more room between them to stay apart.
            for (int round = 0; round < 4 && a.zoom() < 1; round++) {
                a = arrange(camps, rows, columns, gapFor(a.zoom()));
            }
            if (best == null || a.betterThan(best)) {
                best = a;
            }
        }
        List<Region> regions = new ArrayList<>();
        rows.forEach(regions::addAll);
        return new Relations(fitInto(explainer.actors(), best.grid(), geographic), List.copyOf(regions));
    }

    private record Arrangement(Map<String, Point> grid, double width, double height) {

        /**
         * The zoom that fits it in the reference view, badges and names included (their size does
         * not change with the zoom): the distances between the outer discs' centres scale, the
         * room for a disc, a two-line name and a region's pad and title around them does not.
         */
        double zoom() {
            MapMetrics m = MapMetrics.screen(1);
            double r = m.discRadius();
            double pad = m.inset() * 0.75;
            double aroundX = m.maxLabelWidth() + 2 * pad;
            double aroundY = 2 * r + 2 + m.labelHeight() + 2 * pad + MapScene.regionTitleHeight(m);
            double spanX = Math.max(1e-6, (width - CELL_W) * UNIT);
            double spanY = Math.max(1e-6, (height - CELL_H) * UNIT);
            return Math.min((REFERENCE_WIDTH - aroundX) / spanX, (REFERENCE_HEIGHT - aroundY) / spanY);
        }

        /** Shown larger, or (both large enough) nearer the reference view's shape. */
        boolean betterThan(Arrangement other) {
            double zoom = Math.min(ENOUGH_ZOOM, zoom());
            double otherZoom = Math.min(ENOUGH_ZOOM, other.zoom());
            if (Math.abs(zoom - otherZoom) > 1e-9) {
                return zoom > otherZoom;
            }
            double aspect = REFERENCE_WIDTH / REFERENCE_HEIGHT;
            return Math.abs(Math.log(shape() / aspect)) < Math.abs(Math.log(other.shape() / aspect));
        }

        private double shape() {
            return width / Math.max(1e-6, height);
        }
    }

    /** Rows of regions, top to bottom, each region's units wrapped to {@code columns} at most. */
    private static Arrangement arrange(Camps camps, List<List<Region>> rows, int columns, double gap) {
        Map<String, Point> grid = new LinkedHashMap<>();
        double top = 0;
        double widestRow = 0;
        for (List<Region> row : rows) {
            int share = row.size() == 1 ? columns : Math.max(1, columns / row.size());
            List<List<List<String>>> placed = new ArrayList<>();
            double width = -SIDE_BY_SIDE_GAP;
            int tallest = 0;
            for (Region region : row) {
                List<List<String>> lines = wrap(unitsOf(camps, region), share);
                placed.add(lines);
                width += widest(lines) * CELL_W + SIDE_BY_SIDE_GAP;
                tallest = Math.max(tallest, lines.size());
            }
            widestRow = Math.max(widestRow, width);
            double left = -width / 2;
            for (int i = 0; i < row.size(); i++) {
                List<List<String>> lines = placed.get(i);
                double regionWidth = widest(lines) * CELL_W;
                for (int line = 0; line < lines.size(); line++) {
                    List<String> ids = lines.get(line);
                    double start = left + (regionWidth - ids.size() * CELL_W) / 2 + CELL_W / 2;
                    for (int k = 0; k < ids.size(); k++) {
                        grid.put(ids.get(k), new Point(start + k * CELL_W, top + line * CELL_H));
                    }
                }
                left += regionWidth + SIDE_BY_SIDE_GAP;
            }
            top += tallest * CELL_H + gap;
        }
        return new Arrangement(grid, widestRow, top - gap);
    }

    /**
     * The gap between regions (grid units) that keeps them apart at {@code zoom}, and never less
     * than at a zoom of 1: a picture too large for the reference view is drawn smaller, and its
     * regions need more room between them to stay apart.
     */
    private static double gapFor(double zoom) {
        return BETWEEN_REGIONS / (UNIT * Math.min(1, Math.max(0.05, zoom))) - CELL_H;
    }

    private static List<Region> region(Camps camps, Camps.Standing standing) {
        List<String> ids = new ArrayList<>();
        camps.units(standing).forEach(unit -> unit.forEach(a -> ids.add(a.id())));
        return ids.isEmpty() ? List.of() : List.of(new Region(standing, camps.namedAfter(standing), List.copyOf(ids)));
    }

    private static List<List<String>> unitsOf(Camps camps, Region region) {
        List<List<String>> units = new ArrayList<>();
        camps.units(region.standing()).forEach(unit -> units.add(unit.stream().map(Actor::id).toList()));
        return units;
    }

    /** Units into lines of at most {@code columns}, a unit moving whole to the next line when it fits there. */
    private static List<List<String>> wrap(List<List<String>> units, int columns) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (List<String> unit : units) {
            if (!line.isEmpty() && line.size() + unit.size() > columns && unit.size() <= columns) {
                lines.add(line);
                line = new ArrayList<>();
            }
            for (String id : unit) {
                if (line.size() == columns) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                line.add(id);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static int widest(List<List<String>> lines) {
        return lines.stream().mapToInt(List::size).max().orElse(0);
    }

    /**
     * A region's box in the viewport around its members' discs: wide enough for their names,
     * with room above for the region's title ({@code titleHeight}); minX, minY, maxX, maxY.
     */
    public static double[] box(Region region, Map<String, Point> discs, MapMetrics m, double titleHeight,
                               java.util.function.Function<String, String> nameOf) {
        return box(region, discs, m, titleHeight, nameOf, id -> new Point(0, 0));
    }

    /**
     * As above, with each member's name where the scene drew it ({@code nameShift} from under its
     * disc): a name set beside its disc at the region's edge stays inside the region, so it never
     * reads as standing outside its camp.
     */
    public static double[] box(Region region, Map<String, Point> discs, MapMetrics m, double titleHeight,
                               java.util.function.Function<String, String> nameOf,
                               java.util.function.Function<String, Point> nameShift) {
        double r = m.discRadius();
        double pad = m.inset() * 0.75;
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (String id : region.members()) {
            Point c = discs.get(id);
            if (c == null) {
                continue;
            }
            double half = Math.max(r, m.labelWidth(nameOf.apply(id)) / 2);
            double[] label = MapScene.labelBox(m, nameOf.apply(id), c);
            b[0] = Math.min(b[0], c.x() - half - pad);
            b[1] = Math.min(b[1], c.y() - r - pad - titleHeight);
            b[2] = Math.max(b[2], c.x() + half + pad);
            b[3] = Math.max(b[3], label[3] + pad);
            Point shift = nameShift.apply(id);
            if (shift.x() != 0 || shift.y() != 0) {
                b[0] = Math.min(b[0], label[0] + shift.x() - pad);
                b[1] = Math.min(b[1], label[1] + shift.y() - pad);
                b[2] = Math.max(b[2], label[2] + shift.x() + pad);
                b[3] = Math.max(b[3], label[3] + shift.y() + pad);
            }
        }
        return b;
    }

    private static Point centroid(Collection<Point> points) {
        double x = 0;
        double y = 0;
        for (Point p : points) {
            x += p.x();
            y += p.y();
        }
        return new Point(x / points.size(), y / points.size());
    }

    /**
     * Scales the abstract grid into map units around the middle of the geographic layout, keeping
     * its shape: the camera fits whichever layout is showing, and badges need the same room in both.
     */
    private static Map<String, Point> fitInto(List<Actor> actors, Map<String, Point> positions, Map<String, Point> box) {
        double minX = positions.values().stream().mapToDouble(Point::x).min().orElse(0);
        double maxX = positions.values().stream().mapToDouble(Point::x).max().orElse(1);
        double minY = positions.values().stream().mapToDouble(Point::y).min().orElse(0);
        double maxY = positions.values().stream().mapToDouble(Point::y).max().orElse(1);
        Point centre = box.isEmpty() ? new Point(0, 0) : centroid(box.values());
        double offsetX = centre.x() - (minX + maxX) / 2 * UNIT;
        double offsetY = centre.y() - (minY + maxY) / 2 * UNIT;
        Map<String, Point> result = new LinkedHashMap<>();
        for (Actor actor : actors) {
            Point p = positions.get(actor.id());
            result.put(actor.id(), new Point(p.x() * UNIT + offsetX, p.y() * UNIT + offsetY));
        }
        return result;
    }
}
