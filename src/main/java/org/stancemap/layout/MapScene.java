package org.stancemap.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link MapLayout} seen through a camera: where each disc, chip, tie, leader line and link is
 * drawn in a viewport, in the renderer's units from the viewport's top left corner. Nothing here
 * moves a mark off the spot its layout gave it: where marks crowd, the less important ones lose
 * their label (shown again on hover, focus or a closer zoom) and, when their disc would lie on a
 * more important one, are drawn small.
 */
public final class MapScene {

    /** A link drawn as a quadratic curve from disc centre {@code a} to {@code b}. */
    public record Curve(MapLayout.LinkSpec spec, Point a, Point control, Point b) {

        public Point pointAt(double t) {
            double u = 1 - t;
            return new Point(u * u * a.x() + 2 * u * t * control.x() + t * t * b.x(),
                    u * u * a.y() + 2 * u * t * control.y() + t * t * b.y());
        }

        /** The unit tangent at {@code t}, pointing from a towards b. */
        public Point directionAt(double t) {
            double u = 1 - t;
            double tx = 2 * u * (control.x() - a.x()) + 2 * t * (b.x() - control.x());
            double ty = 2 * u * (control.y() - a.y()) + 2 * t * (b.y() - control.y());
            double length = Math.max(1e-6, Math.hypot(tx, ty));
            return new Point(tx / length, ty / length);
        }

        public double chord() {
            return a.distanceTo(b);
        }
    }

    /** A chip's leader line to one of its members on the map. */
    public record Leader(String chipId, String memberId) {
    }

    /** Sideways bow of a link per lane, and for links between neighbours, in disc radii. */
    private static final double LANE_BEND = 1.4;
    /** Room kept above a link's bow below the scene's top edge, in disc radii: its middle mark's half. */
    private static final double TOP_ROOM = 0.5;
    /** The most hidden names {@link #makeRoom} tries to show; past it the marks are a crowd. */
    private static final int MAKE_ROOM_FOR = 24;
    /** A disc whose centre is nearer than this (in disc radii) to a more important one is drawn small. */
    private static final double CROWDED_DISTANCE = 1.5;

    private final Map<String, Point> discs;
    private final Map<String, Point> places;
    private final Set<String> tied;
    private final Set<String> crowded;
    private final Set<String> unlabelled;
    private final Map<String, Point> nameOffsets;
    private final Set<String> chips;
    private final double bandHeight;
    private final List<Leader> leaders;
    private final List<Curve> curves;

    private MapScene(Map<String, Point> discs, Map<String, Point> places, Set<String> tied, Set<String> crowded,
                     Set<String> unlabelled, Map<String, Point> nameOffsets, Set<String> chips, double bandHeight,
                     List<Leader> leaders, List<Curve> curves) {
        this.discs = discs;
        this.places = places;
        this.tied = tied;
        this.crowded = crowded;
        this.unlabelled = unlabelled;
        this.nameOffsets = nameOffsets;
        this.chips = chips;
        this.bandHeight = bandHeight;
        this.leaders = leaders;
        this.curves = curves;
    }

    /**
     * The scene for a camera that puts map point (0, 0) at ({@code offsetX}, {@code offsetY}) with
     * {@code zoom} units per map unit; {@code morph} runs from the map (0) to the Relations layout
     * (1), whose positions are {@code relations} in map units; the groups band may take
     * {@code bandWidth} across the top.
     */
    public static MapScene of(MapLayout layout, MapMetrics m, Map<String, Point> relations, double morph,
                              double zoom, double offsetX, double offsetY, double bandWidth) {
        return of(layout, m, relations, morph, zoom, offsetX, offsetY, bandWidth, Set.of());
    }

    /**
     * As {@link #of(MapLayout, MapMetrics, Map, double, double, double, double, double)}, with the
     * marks of {@code first} (a tour step's actors) given room before any other: their names are
     * never the ones hidden.
     */
    public static MapScene of(MapLayout layout, MapMetrics m, Map<String, Point> relations, double morph,
                              double zoom, double offsetX, double offsetY, double bandWidth, Set<String> first) {
        return of(layout, m, relations, morph, zoom, offsetX, offsetY, bandWidth, first, null);
    }

    /**
     * The room names have in a viewport: inside {@code view} (minX, minY, maxX, maxY; null for
     * anywhere), clear of {@code chrome} over parts of it (boxes the same way round), and clear of
     * the groups band's chips where {@code chipsShown}.
     */
    public record Room(double[] view, List<double[]> chrome, boolean chipsShown) {
    }

    /**
     * As above, with names kept in {@code room} (null: anywhere, chips included): a name that would reach past the
     * viewport's edge or under chrome moves to another side of its disc, or is hidden (until
     * pointed at) where no side is clear.
     */
    public static MapScene of(MapLayout layout, MapMetrics m, Map<String, Point> relations, double morph,
                              double zoom, double offsetX, double offsetY, double bandWidth, Set<String> first,
                              Room room) {
        double r = m.discRadius();
        Map<String, Point> band = bandPositions(layout, m, bandWidth);
        double bandHeight = band.isEmpty() ? 0 : bandHeight(layout, m, bandWidth);
        Map<String, Point> discs = new LinkedHashMap<>();
        Map<String, Point> places = new LinkedHashMap<>();
        Set<String> tied = new HashSet<>();
        Set<String> chips = new HashSet<>();
        boolean onMap = morph < 0.5;
        for (MapLayout.Spot spot : layout.spots().values()) {
            Point geo;
            if (spot.mark() == MapLayout.Mark.CHIP) {
                geo = band.get(spot.id());
                if (onMap) {
                    chips.add(spot.id());
                }
            } else {
                Point place = new Point(spot.place().x() * zoom + offsetX, spot.place().y() * zoom + offsetY);
                places.put(spot.id(), place);
                geo = new Point(spot.anchor().x() * zoom + offsetX, spot.anchor().y() * zoom + offsetY)
                        .plus(spot.dx() * r, spot.dy() * r);
                if (onMap && spot.tied()) {
                    tied.add(spot.id());
                }
            }
            Point rel = relations.get(spot.id());
            Point relScreen = rel == null ? geo : new Point(rel.x() * zoom + offsetX, rel.y() * zoom + offsetY);
            discs.put(spot.id(), morph <= 0 ? geo : morph >= 1 ? relScreen : geo.towards(relScreen, morph));
        }
        Set<String> crowded = new HashSet<>();
        Set<String> unlabelled = new HashSet<>();
        Map<String, Point> nameOffsets = new HashMap<>();
        crowd(inOrder(layout, first), m, discs, chips, crowded, unlabelled, nameOffsets,
                room == null ? new Room(null, List.of(), false) : room, morph >= 0.5);
        chips.forEach(id -> nameOffsets.put(id, chipNameOffset(m, layout.spot(id).actor().name())));
        List<Leader> leaders = new ArrayList<>();
        if (onMap) {
            for (String chip : layout.band()) {
                layout.membersOnMap(chip).forEach(member -> leaders.add(new Leader(chip, member)));
            }
        }
        return new MapScene(discs, places, tied, crowded, unlabelled, nameOffsets, chips, bandHeight, leaders,
                curves(layout, m, discs));
    }

    /**
     * In order of importance, a disc on a more important one is drawn small, and a name that would
     * cover a disc or a name already drawn is hidden until the reader points at it or zooms in.
     */
    /** The layout's spots in order of importance, those in {@code first} ahead of the rest. */
    private static List<MapLayout.Spot> inOrder(MapLayout layout, Set<String> first) {
        List<MapLayout.Spot> spots = new ArrayList<>(layout.spots().values());
        if (!first.isEmpty()) {
            // A stable sort: within each part the layout's own order of importance stays.
            spots.sort(java.util.Comparator.comparingInt(spot -> first.contains(spot.id()) ? 0 : 1));
        }
        return spots;
    }

    private static void crowd(List<MapLayout.Spot> spots, MapMetrics m, Map<String, Point> discs, Set<String> chips,
                              Set<String> crowded, Set<String> unlabelled, Map<String, Point> nameOffsets,
                              Room room, boolean byCamp) {
        double r = m.discRadius();
        List<Point> kept = new ArrayList<>();
        List<double[]> labels = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        // A chip and its name are room no name may take (a disc, tied to its place, may lie under them).
        List<double[]> chipRoom = new ArrayList<>();
        double r0 = m.discRadius();
        for (MapLayout.Spot spot : spots) {
            if (room.chipsShown() && chips.contains(spot.id())) {
                Point c = discs.get(spot.id());
                double w = Math.min(m.maxLabelWidth(), m.textWidth().applyAsDouble(spot.actor().name()));
                chipRoom.add(new double[] {c.x() - r0, c.y() - r0, c.x() + r0 + 4 + w, c.y() + r0});
            }
        }
        List<Point> everyDisc = new ArrayList<>();
        discs.forEach((id, c) -> {
            if (!chips.contains(id)) {
                everyDisc.add(c);
            }
        });
        for (MapLayout.Spot spot : spots) {
            Point c = discs.get(spot.id());
            if (chips.contains(spot.id())) {
                continue;
            }
            double[] disc = {c.x() - r * 0.8, c.y() - r * 0.8, c.x() + r * 0.8, c.y() + r * 0.8};
            boolean onTop = anyNear(kept, c, CROWDED_DISTANCE * r) || anyOverlaps(labels, disc);
            if (onTop) {
                crowded.add(spot.id());
                unlabelled.add(spot.id());
                continue;
            }
            double[] below = labelBox(m, spot.actor().name(), c);
            kept.add(c);
            // First where the name covers no disc, then where it covers only less important ones;
            // else hidden until the reader points at the mark or zooms in.
            double[][] tries = sides(below, c, r, byCamp);
            boolean placed = false;
            List<Point> fanMates = fanMates(spot, spots, discs, chips);
            // First a side where the name is plainly its own disc's, then any side clear of discs,
            // then over less important discs only straight under or over its own, never beside: a
            // name beside a neighbour's mark would read as that mark's name. Never between its disc
            // and another of its fan (a person and their state): hidden, rather, until pointed at.
            for (int pass = 0; pass < 3; pass++) {
                List<Point> obstacles = pass < 2 ? everyDisc : kept;
                int count = pass < 2 ? tries.length : 2;
                List<Point> apart = pass == 0 ? everyDisc : fanMates;
                for (double[] t : java.util.Arrays.copyOf(tries, count)) {
                    double[] box = {below[0] + t[0], below[1] + t[1], below[2] + t[0], below[3] + t[1]};
                    if (!placed && !covers(box, c, labels, obstacles, r) && within(box, room.view())
                            && !nearerAnother(box, c, apart, r)
                            && !anyOverlaps(room.chrome(), box) && !anyOverlaps(chipRoom, box)) {
                        labels.add(box);
                        named.add(new Named(spot.id(), c, below, tries, fanMates));
                        setOffset(nameOffsets, spot.id(), t);
                        placed = true;
                    }
                }
            }
            if (!placed) {
                unlabelled.add(spot.id());
            }
        }
        List<MapLayout.Spot> hiddenNames = spots.stream().filter(spot -> unlabelled.contains(spot.id())
                && !crowded.contains(spot.id()) && !chips.contains(spot.id())).toList();
        // Room is made for a few hidden names; in a crowd of hundreds it would cost a frame's time
        // (it runs at every pan and zoom) for names nobody could read there anyway.
        if (hiddenNames.size() > MAKE_ROOM_FOR) {
            return;
        }
        for (MapLayout.Spot spot : hiddenNames) {
            Point c = discs.get(spot.id());
            double[] below = labelBox(m, spot.actor().name(), c);
            Named hidden = new Named(spot.id(), c, below, sides(below, c, r, byCamp),
                    fanMates(spot, spots, discs, chips));
            if (makeRoom(hidden, labels, named, nameOffsets, everyDisc, r, room, chipRoom)) {
                unlabelled.remove(spot.id());
            }
        }
    }

    /** A name drawn: whose, round which disc centre, its box under the disc, the sides it may take and its fan-mates. */
    private record Named(String id, Point c, double[] below, double[][] sides, List<Point> mates) {

        double[] at(double[] side) {
            return new double[] {below[0] + side[0], below[1] + side[1], below[2] + side[0], below[3] + side[1]};
        }
    }

    /**
     * Where a name may go, as a shift of its box from under the disc: under, over, to the right, to
     * the left, then slid to either side under or over (still touching the disc). By camp a name
     * never goes over its disc, where its region's title is.
     */
    private static double[][] sides(double[] below, Point c, double r, boolean byCamp) {
        double w = below[2] - below[0];
        double h = below[3] - below[1];
        double down = below[1] - c.y();
        double slide = Math.max(0, w / 2 - r * 0.6);
        double side = -(down + h / 2);
        double[][] tries = {{0, 0}, {0, -2 * down - h}, {r + 2 + w / 2, side}, {-(r + 2 + w / 2), side},
            {slide, 0}, {-slide, 0}, {slide, -2 * down - h}, {-slide, -2 * down - h}};
        return byCamp ? new double[][] {tries[0], tries[2], tries[3], tries[4], tries[5]} : tries;
    }

    private static void setOffset(Map<String, Point> nameOffsets, String id, double[] side) {
        if (side[0] != 0 || side[1] != 0) {
            nameOffsets.put(id, new Point(side[0], side[1]));
        } else {
            nameOffsets.remove(id);
        }
    }

    /**
     * Shows a hidden name on a side that only one name drawn already takes, by moving that name to
     * another of its own sides where it covers nothing: a more important name keeps showing, just
     * elsewhere round its disc, and no mark moves. False where no such pair of sides is free.
     */
    private static boolean makeRoom(Named hidden, List<double[]> labels, List<Named> named,
                                    Map<String, Point> nameOffsets, List<Point> everyDisc, double r, Room room,
                                    List<double[]> chipRoom) {
        for (double[] side : hidden.sides()) {
            double[] box = hidden.at(side);
            if (!clear(box, hidden.c(), everyDisc, r, room, chipRoom) || nearerAnother(box, hidden.c(), hidden.mates(), r)) {
                continue;
            }
            List<Integer> blocking = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (overlaps(labels.get(i), box)) {
                    blocking.add(i);
                }
            }
            if (blocking.size() != 1) {
                continue;
            }
            int k = blocking.get(0);
            Named other = named.get(k);
            for (double[] otherSide : other.sides()) {
                double[] moved = other.at(otherSide);
                if (overlaps(moved, box) || !clear(moved, other.c(), everyDisc, r, room, chipRoom)
                        || nearerAnother(moved, other.c(), other.mates(), r)) {
                    continue;
                }
                boolean free = true;
                for (int i = 0; i < labels.size() && free; i++) {
                    free = i == k || !overlaps(labels.get(i), moved);
                }
                if (free) {
                    labels.set(k, moved);
                    setOffset(nameOffsets, other.id(), otherSide);
                    labels.add(box);
                    named.add(hidden);
                    setOffset(nameOffsets, hidden.id(), side);
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name's box covers no disc but its own and stays in view, off the chrome and the chips. */
    private static boolean clear(double[] box, Point own, List<Point> discs, double r, Room room,
                                 List<double[]> chipRoom) {
        return !covers(box, own, List.of(), discs, r) && within(box, room.view())
                && !anyOverlaps(room.chrome(), box) && !anyOverlaps(chipRoom, box);
    }

    /** The discs laid round the same anchor as this spot's (a state and the people at its place), but its own. */
    private static List<Point> fanMates(MapLayout.Spot spot, List<MapLayout.Spot> spots, Map<String, Point> discs,
                                        Set<String> chips) {
        List<Point> mates = new ArrayList<>();
        if (spot.anchor() == null) {
            return mates;
        }
        for (MapLayout.Spot other : spots) {
            if (other != spot && !chips.contains(other.id()) && spot.anchor().equals(other.anchor())) {
                mates.add(discs.get(other.id()));
            }
        }
        return mates;
    }

    /**
     * Whether another disc is about as near a name's box as its own disc is: a name in the gap
     * between a person's disc and their state's reads as either's, and seems to part them.
     */
    private static boolean nearerAnother(double[] box, Point own, List<Point> discs, double r) {
        double mine = distance(box, own);
        for (Point d : discs) {
            if (d != own && distance(box, d) < mine + 0.75 * r) {
                return true;
            }
        }
        return false;
    }

    /** The distance from a point to the nearest point of a box (0 inside it). */
    private static double distance(double[] box, Point p) {
        double dx = Math.max(0, Math.max(box[0] - p.x(), p.x() - box[2]));
        double dy = Math.max(0, Math.max(box[1] - p.y(), p.y() - box[3]));
        return Math.hypot(dx, dy);
    }

    /** Whether a box lies inside the viewport (minX, minY, maxX, maxY), or there is no viewport to keep to. */
    private static boolean within(double[] box, double[] view) {
        return view == null || box[0] >= view[0] && box[1] >= view[1] && box[2] <= view[2] && box[3] <= view[3];
    }

    // Plain loops over arrays, no streams or boxes made per test: this runs for every side of every
    // name against every disc at each pan and zoom, and its garbage once brought a collection
    // forward into the window's start (bench/README.md, "Start-up").
    private static boolean covers(double[] label, Point own, List<double[]> labels, List<Point> discs, double r) {
        if (anyOverlaps(labels, label)) {
            return true;
        }
        for (Point k : discs) {
            if (k != own && label[0] < k.x() + r && k.x() - r < label[2] && label[1] < k.y() + r && k.y() - r < label[3]) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOverlaps(List<double[]> boxes, double[] box) {
        for (double[] other : boxes) {
            if (overlaps(other, box)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNear(List<Point> points, Point c, double distance) {
        for (Point p : points) {
            if (p.distanceTo(c) < distance) {
                return true;
            }
        }
        return false;
    }

    /** The name's box under a disc centred at {@code c}. */
    static double[] labelBox(MapMetrics m, String name, Point c) {
        double half = m.labelWidth(name) / 2;
        double top = c.y() + m.discRadius() + 2;
        double lines = m.textWidth().applyAsDouble(name) > m.maxLabelWidth() ? 2 : 1;
        return new double[] {c.x() - half, top, c.x() + half, top + m.labelHeight() * lines};
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** The height of a Relations region's title, in the renderer's units. */
    public static double regionTitleHeight(MapMetrics m) {
        return m.labelHeight();
    }

    /**
     * The links between discs wherever they are drawn (a printed inset has discs of its own). Each
     * curve starts and ends on its discs' rims, and the ends that meet at one disc are fanned apart
     * round it, so their marks never pile up on one spot.
     */
    public static List<Curve> curves(MapLayout layout, MapMetrics m, Map<String, Point> discs) {
        return EndFan.spread(centreCurves(layout, m, discs), m.discRadius());
    }

    private static List<Curve> centreCurves(MapLayout layout, MapMetrics m, Map<String, Point> discs) {
        List<Curve> curves = new ArrayList<>();
        double r = m.discRadius();
        for (MapLayout.LinkSpec spec : layout.links()) {
            Point a = discs.get(spec.fromId());
            Point b = discs.get(spec.toId());
            double length = a.distanceTo(b);
            // Longer links bow out further, so they stay clear of the badges they pass; links between
            // neighbours bow out enough to show beside the two badges rather than under them.
            double extra = length < m.maxLabelWidth() * 1.5 ? m.maxLabelWidth() * 0.75 : length * 0.07;
            double bend = Math.copySign(Math.abs(spec.lane()) * LANE_BEND * r + extra, spec.lane());
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double d = Math.max(1, length);
            Point control = new Point((a.x() + b.x()) / 2 - dy / d * bend, (a.y() + b.y()) / 2 + dx / d * bend);
            // The scene's top edge is y = 0 (the view's, or the printed frame's): a bow above it is cut off.
            control = TopEdge.keepBelow(a, control, b, TOP_ROOM * r);
            curves.add(new Curve(spec, a, control, b));
        }
        return List.copyOf(curves);
    }

    /** Chips in rows from the band's label rightwards, each a disc with its name to its right. */
    static Map<String, Point> bandPositions(MapLayout layout, MapMetrics m, double bandWidth) {
        Map<String, Point> positions = new LinkedHashMap<>();
        double r = m.discRadius();
        double rowHeight = bandRow(m);
        double x = m.inset() + m.bandLabelWidth();
        int row = 0;
        for (String id : layout.band()) {
            double w = chipWidth(m, layout.spot(id).actor().name());
            if (x + w > bandWidth && x > m.inset() + m.bandLabelWidth()) {
                row++;
                x = m.inset() + m.bandLabelWidth();
            }
            positions.put(id, new Point(x + r, m.inset() / 2 + r + row * rowHeight));
            x += w;
        }
        return positions;
    }

    private static double bandRow(MapMetrics m) {
        return 2 * m.discRadius() + m.inset() / 2;
    }

    private static double chipWidth(MapMetrics m, String name) {
        return 2 * m.discRadius() + 4 + Math.min(m.maxLabelWidth(), m.textWidth().applyAsDouble(name)) + m.inset();
    }

    /** A chip's name sits to the right of its disc, on one line, so the band stays one disc high. */
    private static Point chipNameOffset(MapMetrics m, String name) {
        double r = m.discRadius();
        double w = Math.min(m.maxLabelWidth(), m.textWidth().applyAsDouble(name));
        return new Point(r + 4 + w / 2, -(r + 2 + m.labelHeight() / 2));
    }

    /** How tall the groups band is across a viewport {@code bandWidth} wide; 0 with no chips. */
    public static double bandHeight(MapLayout layout, MapMetrics m, double bandWidth) {
        if (layout.band().isEmpty()) {
            return 0;
        }
        double r = m.discRadius();
        double maxY = bandPositions(layout, m, bandWidth).values().stream().mapToDouble(Point::y).max().orElse(0);
        return maxY + r + m.inset() / 2;
    }

    /**
     * The boxes framing must keep in view: every mark on the map (or, with {@code relations}, every
     * actor at its Relations position), limited to {@code only} when that is not null.
     */
    public static List<Framing.Box> boxes(MapLayout layout, MapMetrics m, Map<String, Point> relations,
                                          Collection<String> only) {
        double r = m.discRadius();
        List<Framing.Box> boxes = new ArrayList<>();
        for (MapLayout.Spot spot : layout.spots().values()) {
            if (only != null && !only.contains(spot.id())) {
                continue;
            }
            double[] label = labelBox(m, spot.actor().name(), new Point(0, 0));
            double half = Math.max(r, label[2]);
            double down = label[3];
            if (relations != null) {
                // Room for the box of the region around it and the region's title above.
                double pad = m.inset() * 0.75;
                boxes.add(new Framing.Box(relations.get(spot.id()), half + pad, half + pad,
                        r + pad + regionTitleHeight(m), down + pad));
            } else if (spot.mark() != MapLayout.Mark.CHIP) {
                double dx = spot.dx() * r;
                double dy = spot.dy() * r;
                boxes.add(new Framing.Box(spot.anchor(), half - dx, half + dx, r - dy, down + dy));
            }
        }
        return boxes;
    }

    public Map<String, Point> discs() {
        return discs;
    }

    /** Where each mark on the map has its place, in the viewport. */
    public Map<String, Point> places() {
        return places;
    }

    /** Marks fanned off their place, which a tie joins to it. */
    public Set<String> tied() {
        return tied;
    }

    public Set<String> crowded() {
        return crowded;
    }

    public Set<String> unlabelled() {
        return unlabelled;
    }

    /**
     * How far a mark's name is moved from its usual place centred under the disc (over it, beside
     * it, or slid sideways), where a more important mark takes that room; (0, 0) for most.
     */
    public Point nameOffset(String id) {
        return nameOffsets.getOrDefault(id, new Point(0, 0));
    }

    /** Actors drawn as chips in the groups band. */
    public Set<String> chips() {
        return chips;
    }

    public double bandHeight() {
        return bandHeight;
    }

    /**
     * Whether a mark on the map lies under the groups band's strip, where the camera left it (a
     * tour step framed below it): drawn there it would read as one of the band's groups.
     */
    public boolean underBand(String id) {
        Point disc = discs.get(id);
        return !chips.isEmpty() && !chips.contains(id) && disc != null && disc.y() < bandHeight;
    }

    public List<Leader> leaders() {
        return leaders;
    }

    public List<Curve> curves() {
        return curves;
    }
}
