package org.stancemap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;

/**
 * Places actors by camp rather than geography, so the lines of conflict read at a glance. A camp is
 * a bloc with its members plus whoever supports them. The camp in the most oppositions stands at
 * the top, the camps that oppose it along the bottom, and every other camp and the events in a band
 * between, so conflict lines run across the picture. Only the article's links decide this; no side is placed as "good" or "bad".
 * The result is centred where the geographic layout is, so the switch animates in place.
 */
public final class RelationsLayout {

    /** Top: the camp in the most oppositions; bottom: the camps opposing it; between: everyone else. */
    enum Band { PIVOT, BETWEEN, OPPONENTS }

    private static final int PER_ROW = 3;
    /** A grid cell has the proportions of a badge with its label. */
    private static final double CELL_W = 2.0;
    private static final double CELL_H = 1.0;
    private static final double BLOCK_GAP = 0.6;
    private static final double BAND_GAP = 1.4;
    /** Map units per grid unit. */
    private static final double UNIT = 60;

    private RelationsLayout() {
    }

    public static Map<String, Point> compute(Explainer explainer, Map<String, Point> geographic) {
        List<Actor> actors = explainer.actors();
        Camps camps = Camps.of(explainer);
        Map<Integer, Band> bands = bands(explainer, camps);
        Map<Band, List<List<Actor>>> blocks = new LinkedHashMap<>();
        for (Band band : Band.values()) {
            blocks.put(band, new ArrayList<>());
        }
        for (int camp : camps.order()) {
            blocks.get(bands.get(camp)).add(camps.members(camp));
        }
        actors.stream().filter(a -> a.kind() == ActorKind.EVENT)
                .forEach(event -> blocks.get(Band.BETWEEN).add(List.of(event)));
        Map<String, Point> abstractPositions = new LinkedHashMap<>();
        double top = 0;
        for (Band band : Band.values()) {
            List<List<Actor>> row = blocks.get(band);
            if (row.isEmpty()) {
                continue;
            }
            double width = -BLOCK_GAP;
            int tallest = 0;
            for (List<Actor> block : row) {
                width += Math.min(PER_ROW, block.size()) * CELL_W + BLOCK_GAP;
                tallest = Math.max(tallest, rows(block.size()));
            }
            double left = -width / 2;
            for (List<Actor> block : row) {
                double blockWidth = Math.min(PER_ROW, block.size()) * CELL_W;
                placeBlock(block, left + blockWidth / 2, top, abstractPositions);
                left += blockWidth + BLOCK_GAP;
            }
            top += tallest * CELL_H + BAND_GAP;
        }
        return fitInto(actors, abstractPositions, geographic);
    }

    private static int rows(int members) {
        return (members + PER_ROW - 1) / PER_ROW;
    }

    /** A camp as a small block, its blocs first so the bloc sits top-left of its members. */
    private static void placeBlock(List<Actor> camp, double centreX, double top, Map<String, Point> into) {
        List<Actor> ordered = new ArrayList<>(camp);
        ordered.sort((a, b) -> Boolean.compare(!a.kind().isBloc(), !b.kind().isBloc()));
        for (int i = 0; i < ordered.size(); i++) {
            int row = i / PER_ROW;
            int col = i % PER_ROW;
            int inThisRow = Math.min(PER_ROW, ordered.size() - row * PER_ROW);
            double x = centreX + (col - (inThisRow - 1) / 2.0) * CELL_W;
            into.put(ordered.get(i).id(), new Point(x, top + row * CELL_H));
        }
    }

    private static Map<Integer, Band> bands(Explainer explainer, Camps camps) {
        Map<Integer, Map<Integer, Integer>> opposed = new HashMap<>();
        for (Link link : explainer.links()) {
            if (link.kind() != LinkKind.OPPOSES) {
                continue;
            }
            int a = camps.campOf(explainer.holderOf(link.fromStanceId()).map(Actor::id).orElse(null));
            int b = camps.campOf(explainer.holderOf(link.toStanceId()).map(Actor::id).orElse(null));
            if (a >= 0 && b >= 0 && a != b) {
                opposed.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                opposed.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1, Integer::sum);
            }
        }
        int pivot = -1;
        int most = 0;
        for (int camp : camps.order()) {
            int count = opposed.getOrDefault(camp, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            if (count > most) {
                most = count;
                pivot = camp;
            }
        }
        Map<Integer, Band> bands = new HashMap<>();
        for (int camp : camps.order()) {
            if (camp == pivot) {
                bands.put(camp, Band.PIVOT);
            } else if (pivot >= 0 && opposed.getOrDefault(pivot, Map.of()).containsKey(camp)) {
                bands.put(camp, Band.OPPONENTS);
            } else {
                bands.put(camp, Band.BETWEEN);
            }
        }
        return bands;
    }

    /** Camps: blocs joined with their members and with those whose positions support theirs. Events stay out. */
    static final class Camps {
        private final Map<String, Integer> campByActor = new HashMap<>();
        private final Map<Integer, List<Actor>> members = new LinkedHashMap<>();

        static Camps of(Explainer explainer) {
            List<Actor> actors = explainer.actors().stream().filter(a -> a.kind() != ActorKind.EVENT).toList();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < actors.size(); i++) {
                index.put(actors.get(i).id(), i);
            }
            int[] parent = new int[actors.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (Actor actor : actors) {
                actor.blocs().forEach(bloc -> union(parent, index.get(actor.id()), index.get(bloc)));
            }
            for (Link link : explainer.links()) {
                if (link.kind() == LinkKind.SUPPORTS) {
                    union(parent, explainer.holderOf(link.fromStanceId()).map(a -> index.get(a.id())).orElse(null),
                            explainer.holderOf(link.toStanceId()).map(a -> index.get(a.id())).orElse(null));
                }
            }
            Camps camps = new Camps();
            for (int i = 0; i < actors.size(); i++) {
                int root = find(parent, i);
                camps.campByActor.put(actors.get(i).id(), root);
                camps.members.computeIfAbsent(root, k -> new ArrayList<>()).add(actors.get(i));
            }
            return camps;
        }

        private static void union(int[] parent, Integer a, Integer b) {
            if (a != null && b != null) {
                parent[find(parent, a)] = find(parent, b);
            }
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        int campOf(String actorId) {
            return actorId == null ? -1 : campByActor.getOrDefault(actorId, -1);
        }

        List<Integer> order() {
            return new ArrayList<>(members.keySet());
        }

        List<Actor> members(int camp) {
            return members.get(camp);
        }
    }

    private static Point centroid(java.util.Collection<Point> points) {
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
