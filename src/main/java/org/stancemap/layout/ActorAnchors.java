package org.stancemap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;

/**
 * Where each actor belongs on the geographic map, in map units. Actors with a place sit on it; a
 * group with no single place sits at the middle of its members, or failing that of the actors its
 * stances are linked with, so a loose group appears near those it concerns.
 */
public final class ActorAnchors {

    private ActorAnchors() {
    }

    public static Map<String, Point> geographic(Explainer explainer, MapProjection projection) {
        Map<String, Point> anchors = new LinkedHashMap<>();
        for (Actor actor : explainer.actors()) {
            actor.place().ifPresent(p -> anchors.put(actor.id(), projection.project(p.latitude(), p.longitude())));
        }
        Map<String, List<String>> linkedActors = linkedActors(explainer);
        // Two passes so a placeless group can lean on another placeless group placed in the first.
        for (int pass = 0; pass < 2; pass++) {
            for (Actor actor : explainer.actors()) {
                if (anchors.containsKey(actor.id())) {
                    continue;
                }
                List<Point> near = new ArrayList<>();
                explainer.membersOf(actor.id()).forEach(m -> addIfPresent(anchors, m.id(), near));
                if (near.isEmpty()) {
                    linkedActors.getOrDefault(actor.id(), List.of()).forEach(id -> addIfPresent(anchors, id, near));
                }
                if (!near.isEmpty()) {
                    anchors.put(actor.id(), centroid(near).plus(0, 25));
                }
            }
        }
        Point middle = anchors.isEmpty() ? new Point(0, 0) : centroid(new ArrayList<>(anchors.values()));
        explainer.actors().forEach(a -> anchors.putIfAbsent(a.id(), middle));
        return anchors;
    }

    private static void addIfPresent(Map<String, Point> anchors, String id, List<Point> into) {
        Point p = anchors.get(id);
        if (p != null) {
            into.add(p);
        }
    }

    static Map<String, List<String>> linkedActors(Explainer explainer) {
        Map<String, List<String>> result = new HashMap<>();
        for (Link link : explainer.links()) {
            String a = explainer.stance(link.fromStanceId()).map(s -> s.actorId()).orElse(null);
            String b = explainer.stance(link.toStanceId()).map(s -> s.actorId()).orElse(null);
            if (a != null && b != null && !a.equals(b)) {
                result.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                result.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
            }
        }
        return result;
    }

    static Point centroid(List<Point> points) {
        double x = 0;
        double y = 0;
        for (Point p : points) {
            x += p.x();
            y += p.y();
        }
        return new Point(x / points.size(), y / points.size());
    }
}
