package org.stancemap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Place;
import org.stancemap.model.geo.WorldOutline;

/**
 * Where every actor of an explainer is drawn, decided once per explainer: the one home of the map's
 * placement rules for the live map, its first-frame sketch and the printed handout.
 *
 * <p>The rules, so that no mark claims a place it does not have:
 * <ul>
 *   <li>A state is its territory (drawn by the land) and a badge on its place.</li>
 *   <li>A person is on their place; without one, beside the state they act for.</li>
 *   <li>An event is a pin on its place, shaped unlike an actor's disc.</li>
 *   <li>Actors that share a place are fanned around it by a fixed offset measured in badge sizes,
 *       the first (a state before its people, people before events) on the place itself; a tie,
 *       dotted and faint and ending in a pin, joins a fanned badge to the place.</li>
 *   <li>An alliance, coalition or group is never drawn on the map's land. It is a chip in a labelled
 *       "groups" band along the map's top edge, with faint leader lines to those of its members on
 *       the map. A hull around the members was the other honest choice, but most groups in
 *       articles have no members on the map ("Western leaders"), a hull around two capitals covers
 *       every country between them, and a bloc's seat (NATO in Brussels) says where it meets, not
 *       where it is. Any other actor with no place, and no state to stand beside, is a chip there too.</li>
 * </ul>
 * The offsets do not depend on the zoom, the window or the tour step: those frame the map and scale
 * the distances between places, never the way a badge sits on its own place. Crowding is left to
 * {@link MapScene}, which hides lower-priority labels and shrinks discs rather than moving them.
 */
public final class MapLayout {

    /** How an actor is drawn. */
    public enum Mark {
        /** A disc on the map at (or fanned beside) its place. */
        BADGE,
        /** A pin on the map whose point is the event's place. */
        PIN,
        /** A chip in the groups band at the map's edge, tied to no place. */
        CHIP
    }

    /**
     * One actor's mark. {@code place} is its place in map units (null for a chip), where its tie
     * ends; {@code anchor} is the map point its fan is laid round (its state's seat on its land for
     * a state and the people who share its place, else the place itself); {@code dx, dy} is where
     * its disc's centre sits from the anchor, in disc radii, whatever the zoom.
     */
    public record Spot(Actor actor, Mark mark, Point place, double dx, double dy, Point anchor) {

        public Spot(Actor actor, Mark mark, Point place, double dx, double dy) {
            this(actor, mark, place, dx, dy, place);
        }

        public String id() {
            return actor.id();
        }

        /** Whether the disc is off its place and needs a tie back to it. */
        public boolean tied() {
            return mark != Mark.CHIP && Math.hypot(dx, dy) > 1.5;
        }
    }

    /** A link between two actors' marks; {@code lane} spreads parallel links (0, 1, -1, 2, …) apart. */
    public record LinkSpec(Link link, String fromId, String toId, int lane) {
    }

    /**
     * Where a badge may stand beside a shared place, in disc radii from it: above, below, to either
     * side (a name is wider than a disc is tall), on the diagonals, then a ring further out.
     */
    private static final double[][] FAN = {
        {0, -3.4}, {0, 3.4}, {-5.6, 0}, {5.6, 0}, {-4.4, -3.2}, {4.4, -3.2}, {-4.4, 3.2}, {4.4, 3.2},
        {0, -6.8}, {0, 6.8}, {-10, 0}, {10, 0}, {-8.8, -6.4}, {8.8, -6.4}, {-8.8, 6.4}, {8.8, 6.4},
    };
    /**
     * The view fan directions are chosen for: a laptop's map area. Chosen once, the directions hold
     * at every size; in a smaller view the marks crowd and names give way, but nothing moves.
     */
    private static final double REFERENCE_WIDTH = 1100;
    private static final double REFERENCE_HEIGHT = 600;
    /** A pin's disc sits a radius above its point, so the point is on the place. */
    public static final double PIN_LIFT = -1.25;
    /** Places nearer than this (map units; a tenth of a degree of latitude each) are one place. */
    static final double SAME_PLACE = 3;

    /**
     * The last layout made over a world's land. The first frame's sketch lays the explainer out
     * while the toolkit starts; the live map, built a moment later for the same explainer over the
     * same land, takes that layout rather than working it out again (the seats on the land are
     * most of the work). A layout depends on nothing but the two, and neither changes once made.
     */
    private static final AtomicReference<MapLayout> LAST = new AtomicReference<>();

    private final Explainer explainer;
    private final WorldOutline land;
    private final Map<String, Spot> spots;
    private final List<String> band;
    private final List<LinkSpec> links;

    private MapLayout(Explainer explainer, WorldOutline land, Map<String, Spot> spots, List<String> band,
                      List<LinkSpec> links) {
        this.explainer = explainer;
        this.land = land;
        this.spots = spots;
        this.band = band;
        this.links = links;
    }

    /** The layout with every state's badge on its place, for work without the map's land. */
    public static MapLayout of(Explainer explainer, MapProjection projection) {
        return laidOut(explainer, projection, WorldOutline.empty());
    }

    /**
     * The layout over {@code world}'s land: a state's badge, and the fan of those who share its
     * place, sits on the state's own territory ({@link Territory#seat}). The projection is the
     * map's one (it has no settings), so the last layout made for this explainer over this land is
     * handed out again.
     */
    public static MapLayout of(Explainer explainer, MapProjection projection, WorldOutline world) {
        MapLayout last = LAST.get();
        if (last != null && last.explainer == explainer && last.land == world) {
            return last;
        }
        MapLayout made = laidOut(explainer, projection, world);
        LAST.set(made);
        return made;
    }

    private static MapLayout laidOut(Explainer explainer, MapProjection projection, WorldOutline world) {
        Map<String, Point> places = new HashMap<>();
        List<Actor> onBand = new ArrayList<>();
        for (Actor actor : explainer.actors()) {
            Optional<Point> place = placeOf(explainer, actor, projection);
            if (place.isPresent()) {
                places.put(actor.id(), place.get());
            } else {
                onBand.add(actor);
            }
        }
        Map<String, Spot> spots = new LinkedHashMap<>();
        List<List<Actor>> clusters = clusters(explainer, places);
        Map<List<Actor>, Point> anchors = anchors(clusters, places, world, projection);
        Map<String, double[]> offsets = fan(clusters, anchors);
        for (List<Actor> cluster : clusters) {
            Point place = places.get(cluster.get(0).id());
            Point anchor = anchors.get(cluster);
            for (Actor actor : cluster) {
                double[] offset = offsets.get(actor.id());
                boolean pin = actor.kind() == ActorKind.EVENT;
                spots.put(actor.id(), new Spot(actor, pin ? Mark.PIN : Mark.BADGE, place,
                        offset[0], offset[1] + (pin ? PIN_LIFT : 0), anchor));
            }
        }
        for (Actor actor : onBand) {
            spots.put(actor.id(), new Spot(actor, Mark.CHIP, null, 0, 0));
        }
        Map<String, Spot> ordered = new LinkedHashMap<>();
        priorityOrder(explainer).forEach(id -> ordered.put(id, spots.get(id)));
        return new MapLayout(explainer, world, ordered, onBand.stream().map(Actor::id).toList(), linkSpecs(explainer));
    }

    /**
     * An actor's place on the map, or empty when it belongs in the groups band: blocs other than
     * states always; anyone else with no place and no state with a place to stand beside.
     */
    static Optional<Point> placeOf(Explainer explainer, Actor actor, MapProjection projection) {
        if (actor.kind().isBloc() && actor.kind() != ActorKind.STATE) {
            return Optional.empty();
        }
        Optional<Place> own = actor.place();
        if (own.isEmpty()) {
            own = actor.blocs().stream().map(explainer::actor).flatMap(Optional::stream)
                    .filter(b -> b.kind() == ActorKind.STATE).map(Actor::place).flatMap(Optional::stream).findFirst();
        }
        return own.map(p -> projection.project(p.latitude(), p.longitude()));
    }

    /**
     * Each actor's offset from its cluster's place, in disc radii. The first of a cluster stands on
     * the place; each other takes the free fan slot farthest from every other place and badge, as
     * they lie in a reference view: so London's fan opens over the sea rather than onto Paris.
     */
    private static Map<String, double[]> fan(List<List<Actor>> clusters, Map<List<Actor>, Point> anchors) {
        MapMetrics m = MapMetrics.screen(1);
        double r = m.discRadius();
        double zoom = referenceZoom(clusters.stream().map(anchors::get).toList());
        List<Point> taken = new ArrayList<>();
        for (List<Actor> cluster : clusters) {
            Point p = anchors.get(cluster);
            taken.add(new Point(p.x() * zoom, p.y() * zoom));
        }
        Map<String, double[]> offsets = new HashMap<>();
        List<List<Actor>> biggestFirst = new ArrayList<>(clusters);
        biggestFirst.sort(Comparator.comparingInt((List<Actor> c) -> -c.size()));
        for (List<Actor> cluster : biggestFirst) {
            Point p = anchors.get(cluster);
            Point home = new Point(p.x() * zoom, p.y() * zoom);
            offsets.put(cluster.get(0).id(), new double[] {0, 0});
            List<double[]> free = new ArrayList<>(List.of(FAN));
            List<double[]> nearRing = List.of(FAN).subList(0, 8);
            for (Actor actor : cluster.subList(1, cluster.size())) {
                double[] best = free.isEmpty() ? new double[] {0, 3.4 * (offsets.size() + 1)} : free.get(0);
                double bestRoom = -1;
                for (double[] slot : free) {
                    Point at = home.plus(slot[0] * r, slot[1] * r);
                    double room = taken.stream().mapToDouble(t -> Math.max(Math.abs(t.x() - at.x()) / m.maxLabelWidth(),
                            Math.abs(t.y() - at.y()) / (2 * r + m.labelHeight()))).min().orElse(Double.MAX_VALUE);
                    // Enough room for a badge and its name is enough; the outer ring only when the inner is full.
                    room = Math.min(room, 1.0) - (nearRing.contains(slot) ? 0 : 0.6);
                    if (room > bestRoom + 1e-9) {
                        bestRoom = room;
                        best = slot;
                    }
                }
                free.remove(best);
                offsets.put(actor.id(), best);
                taken.add(home.plus(best[0] * r, best[1] * r));
            }
        }
        return offsets;
    }

    /** The zoom of a laptop's map framing these points with room for a badge and its name round each. */
    private static double referenceZoom(List<Point> points) {
        MapMetrics m = MapMetrics.screen(1);
        double r = m.discRadius();
        List<Framing.Box> boxes = new ArrayList<>();
        for (Point p : points) {
            boxes.add(new Framing.Box(p, m.maxLabelWidth() / 2, m.maxLabelWidth() / 2, r, r + m.labelHeight()));
        }
        return new Framing(0.05, 40).fit(boxes, REFERENCE_WIDTH, REFERENCE_HEIGHT,
                new Framing.Margins(70, 70, 70, 70)).zoom();
    }

    /**
     * The point each cluster is laid round: a state's seat on its territory, deep enough inside for
     * three quarters of a disc as the reference view draws it (a capital with that much land round
     * it keeps its badge), else the cluster's place. In map units, so the seat is on the land at
     * every zoom.
     */
    private static Map<List<Actor>, Point> anchors(List<List<Actor>> clusters, Map<String, Point> places,
                                                   WorldOutline world, MapProjection projection) {
        Map<List<Actor>, Point> anchors = new IdentityHashMap<>();
        List<Point> all = clusters.stream().map(c -> places.get(c.get(0).id())).toList();
        double wanted = 0.75 * MapMetrics.screen(1).discRadius() / referenceZoom(all);
        for (List<Actor> cluster : clusters) {
            Actor first = cluster.get(0);
            Point place = places.get(first.id());
            Point anchor = place;
            if (first.kind() == ActorKind.STATE && first.place().isPresent()) {
                anchor = Territory.of(world, projection, first.name()).map(t -> t.seat(place, wanted))
                        .orElse(place);
            }
            anchors.put(cluster, anchor);
        }
        return anchors;
    }

    /** Actors on one place, the one that stands on it first: states, then people, then events. */
    private static List<List<Actor>> clusters(Explainer explainer, Map<String, Point> places) {
        List<List<Actor>> clusters = new ArrayList<>();
        List<Actor> placed = explainer.actors().stream().filter(a -> places.containsKey(a.id()))
                .sorted(Comparator.comparingInt(MapLayout::fanRank)).toList();
        for (Actor actor : placed) {
            Point p = places.get(actor.id());
            List<Actor> home = null;
            for (List<Actor> cluster : clusters) {
                if (places.get(cluster.get(0).id()).distanceTo(p) < SAME_PLACE) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(actor);
        }
        return clusters;
    }

    private static int fanRank(Actor actor) {
        return switch (actor.kind()) {
            case STATE -> 0;
            case PERSON -> 1;
            case EVENT -> 2;
            default -> 3;
        };
    }

    /**
     * Who keeps a label and a full-size disc when marks crowd: people first (the article is about
     * what they said), then states, groups and events, each in file order.
     */
    static List<String> priorityOrder(Explainer explainer) {
        return explainer.actors().stream().sorted(Comparator.comparingInt((Actor a) -> a.kind().ordinal()))
                .map(Actor::id).toList();
    }

    private static List<LinkSpec> linkSpecs(Explainer explainer) {
        List<LinkSpec> specs = new ArrayList<>();
        Map<String, Integer> parallel = new HashMap<>();
        for (Link link : explainer.links()) {
            String a = explainer.holderOf(link.fromStanceId()).map(Actor::id).orElse(null);
            String b = explainer.holderOf(link.toStanceId()).map(Actor::id).orElse(null);
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String pair = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            int k = parallel.merge(pair, 1, Integer::sum) - 1;
            int side = a.compareTo(b) < 0 ? 1 : -1;
            // 0, 1, -1, 2, -2 … on the pair's own side, so links of one pair never share a curve.
            int lane = side * (k / 2 + 1) * (k % 2 == 0 ? 1 : -1);
            specs.add(new LinkSpec(link, a, b, lane));
        }
        return List.copyOf(specs);
    }

    public Explainer explainer() {
        return explainer;
    }

    /** Every actor's mark, the most important first. */
    public Map<String, Spot> spots() {
        return spots;
    }

    public Spot spot(String actorId) {
        return spots.get(actorId);
    }

    /** The chips of the groups band, in file order. */
    public List<String> band() {
        return band;
    }

    /** The members of a chip that are drawn on the map, for its leader lines. */
    public List<String> membersOnMap(String chipId) {
        return explainer.membersOf(chipId).stream().map(Actor::id)
                .filter(id -> spots.get(id) != null && spots.get(id).mark() != Mark.CHIP).toList();
    }

    public List<LinkSpec> links() {
        return links;
    }

    /**
     * Actors whose place lies far from all the others (Vladivostok beside Western Europe): a frame
     * holding them too would be mostly empty land, so a printed map shows them in an inset. Far
     * means beyond a gap of more than 40 % of the places' whole east-west spread, on the side with
     * at most two places and fewer than the other side. Empty when there is no such place.
     */
    public Set<String> farOff() {
        List<Point> distinct = new ArrayList<>();
        for (Spot spot : spots.values()) {
            if (spot.place() != null && distinct.stream().noneMatch(p -> p.distanceTo(spot.place()) < SAME_PLACE)) {
                distinct.add(spot.place());
            }
        }
        if (distinct.size() < 3) {
            return Set.of();
        }
        distinct.sort(Comparator.comparingDouble(Point::x));
        double span = distinct.get(distinct.size() - 1).x() - distinct.get(0).x();
        int cut = -1;
        double widest = 0;
        for (int i = 1; i < distinct.size(); i++) {
            double gap = distinct.get(i).x() - distinct.get(i - 1).x();
            if (gap > widest) {
                widest = gap;
                cut = i;
            }
        }
        if (widest <= 0.4 * span) {
            return Set.of();
        }
        int west = cut;
        int east = distinct.size() - cut;
        double cutX = (distinct.get(cut - 1).x() + distinct.get(cut).x()) / 2;
        boolean eastIsFar = east <= 2 && east < west;
        boolean westIsFar = west <= 2 && west < east;
        if (!eastIsFar && !westIsFar) {
            return Set.of();
        }
        Set<String> far = new java.util.LinkedHashSet<>();
        for (Spot spot : spots.values()) {
            if (spot.place() != null && (eastIsFar ? spot.place().x() > cutX : spot.place().x() < cutX)) {
                far.add(spot.id());
            }
        }
        return far;
    }

    /** The places of every actor on the map, in map units (chips have none). */
    public Map<String, Point> places() {
        Map<String, Point> places = new LinkedHashMap<>();
        spots.values().stream().filter(s -> s.place() != null).forEach(s -> places.put(s.id(), s.place()));
        return places;
    }
}
