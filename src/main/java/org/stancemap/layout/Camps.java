package org.stancemap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;

/**
 * The two sides that the article's {@code opposes} links separate, read from the links alone.
 *
 * <p>Actors first form <em>units</em>: a bloc with its members, and whoever's position supports
 * another's, unless the two also oppose each other somewhere. The unit in the most oppositions is the first side; every unit that opposes it
 * directly is the second side, unless it also opposes a unit already there (a split inside that
 * side), which leaves it on neither. A unit that only opposes the second side is <em>not</em> put
 * with the first: the enemy of one's opponent is not an ally, and saying so would claim what the
 * article does not ("Western leaders" wary of sending troops are not on Putin's side). Actors on
 * neither side who are linked stand between the sides; events and actors with no link at all are
 * "others".
 *
 * <p>A side is named after its member with the most oppositions across the divide ("With
 * Putin"): both sides the same way, after the person or bloc the article sets at its centre,
 * never as "for" and "against", so neither reads as the one in the right.
 */
public final class Camps {

    /** Where a unit stands. */
    public enum Standing { FIRST_SIDE, SECOND_SIDE, NEITHER, OTHERS }

    private final Map<String, Standing> standing;
    private final Map<Standing, List<List<Actor>>> units;
    private final Map<Standing, String> namedAfter;

    private Camps(Map<String, Standing> standing, Map<Standing, List<List<Actor>>> units,
                  Map<Standing, String> namedAfter) {
        this.standing = standing;
        this.units = units;
        this.namedAfter = namedAfter;
    }

    public static Camps of(Explainer explainer) {
        List<List<Actor>> all = units(explainer);
        Map<String, Integer> unitOf = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (Actor actor : all.get(i)) {
                unitOf.put(actor.id(), i);
            }
        }
        Map<Integer, Map<Integer, Integer>> opposed = new HashMap<>();
        Set<Integer> linked = new HashSet<>();
        for (Link link : explainer.links()) {
            Integer a = holderUnit(explainer, unitOf, link.fromStanceId());
            Integer b = holderUnit(explainer, unitOf, link.toStanceId());
            if (a != null) {
                linked.add(a);
            }
            if (b != null) {
                linked.add(b);
            }
            if (link.kind() == LinkKind.OPPOSES && a != null && b != null && !a.equals(b)) {
                opposed.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                opposed.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1, Integer::sum);
            }
        }
        int pivot = -1;
        int most = 0;
        for (int i = 0; i < all.size(); i++) {
            int count = total(opposed.get(i));
            if (count > most) {
                most = count;
                pivot = i;
            }
        }
        Map<Integer, Standing> byUnit = new HashMap<>();
        if (pivot >= 0) {
            byUnit.put(pivot, Standing.FIRST_SIDE);
            Map<Integer, Integer> againstPivot = opposed.get(pivot);
            List<Integer> candidates = new ArrayList<>(againstPivot.keySet());
            // The units most opposed to the first side decide the second; ties in file order.
            candidates.sort(Comparator.comparingInt((Integer u) -> -againstPivot.get(u)).thenComparingInt(u -> u));
            List<Integer> second = new ArrayList<>();
            for (int unit : candidates) {
                boolean split = second.stream().anyMatch(s -> opposed.get(unit).containsKey(s));
                if (!split) {
                    second.add(unit);
                    byUnit.put(unit, Standing.SECOND_SIDE);
                }
            }
        }
        Map<String, Standing> standing = new HashMap<>();
        Map<Standing, List<List<Actor>>> grouped = new LinkedHashMap<>();
        for (Standing s : Standing.values()) {
            grouped.put(s, new ArrayList<>());
        }
        for (int i = 0; i < all.size(); i++) {
            Standing s = byUnit.getOrDefault(i, linked.contains(i) ? Standing.NEITHER : Standing.OTHERS);
            grouped.get(s).add(all.get(i));
            for (Actor actor : all.get(i)) {
                standing.put(actor.id(), s);
            }
        }
        for (Actor event : explainer.actors()) {
            if (event.kind() == ActorKind.EVENT) {
                standing.put(event.id(), Standing.OTHERS);
                grouped.get(Standing.OTHERS).add(List.of(event));
            }
        }
        Map<Standing, String> names = new HashMap<>();
        if (pivot >= 0) {
            names.put(Standing.FIRST_SIDE, mostOpposed(explainer, standing, Standing.FIRST_SIDE, Standing.SECOND_SIDE));
            names.put(Standing.SECOND_SIDE, mostOpposed(explainer, standing, Standing.SECOND_SIDE, Standing.FIRST_SIDE));
        }
        return new Camps(standing, grouped, names);
    }

    private static int total(Map<Integer, Integer> counts) {
        return counts == null ? 0 : counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Integer holderUnit(Explainer explainer, Map<String, Integer> unitOf, String stanceId) {
        return explainer.holderOf(stanceId).map(a -> unitOf.get(a.id())).orElse(null);
    }

    /** The member of {@code side} with the most oppositions to {@code other}; people first on a tie, then file order. */
    private static String mostOpposed(Explainer explainer, Map<String, Standing> standing, Standing side,
                                      Standing other) {
        Map<String, Integer> counts = new HashMap<>();
        for (Link link : explainer.links()) {
            if (link.kind() != LinkKind.OPPOSES) {
                continue;
            }
            String a = explainer.holderOf(link.fromStanceId()).map(Actor::id).orElse(null);
            String b = explainer.holderOf(link.toStanceId()).map(Actor::id).orElse(null);
            if (a == null || b == null) {
                continue;
            }
            if (standing.get(a) == side && standing.get(b) == other) {
                counts.merge(a, 1, Integer::sum);
            }
            if (standing.get(b) == side && standing.get(a) == other) {
                counts.merge(b, 1, Integer::sum);
            }
        }
        List<Actor> actors = explainer.actors();
        return actors.stream().filter(a -> counts.containsKey(a.id()))
                .min(Comparator.comparingInt((Actor a) -> -counts.get(a.id()))
                        .thenComparingInt(a -> a.kind().ordinal()).thenComparingInt(actors::indexOf))
                .map(Actor::id).orElse(null);
    }

    /**
     * Units of every actor but events: blocs with their members and those whose positions support
     * each other, each unit in file order of its first actor, a bloc just before its members.
     */
    private static List<List<Actor>> units(Explainer explainer) {
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
        List<int[]> opposing = new ArrayList<>();
        for (Link link : explainer.links()) {
            Integer a = explainer.holderOf(link.fromStanceId()).map(x -> index.get(x.id())).orElse(null);
            Integer b = explainer.holderOf(link.toStanceId()).map(x -> index.get(x.id())).orElse(null);
            if (link.kind() == LinkKind.OPPOSES && a != null && b != null) {
                opposing.add(new int[] {a, b});
            }
        }
        for (Link link : explainer.links()) {
            Integer a = explainer.holderOf(link.fromStanceId()).map(x -> index.get(x.id())).orElse(null);
            Integer b = explainer.holderOf(link.toStanceId()).map(x -> index.get(x.id())).orElse(null);
            // Support joins two units unless they also oppose each other somewhere: then it is
            // support on one point between rivals, not one camp.
            if (link.kind() == LinkKind.SUPPORTS && a != null && b != null && !opposed(parent, opposing, a, b)) {
                union(parent, a, b);
            }
        }
        Map<Integer, List<Actor>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(actors.get(i));
        }
        List<List<Actor>> units = new ArrayList<>();
        byRoot.values().forEach(unit -> units.add(blocsBesideMembers(explainer, unit)));
        return units;
    }

    /** A unit's actors with every bloc (or state) followed at once by its own members. */
    static List<Actor> blocsBesideMembers(Explainer explainer, List<Actor> unit) {
        List<Actor> ordered = new ArrayList<>();
        Set<String> unitIds = new HashSet<>();
        unit.forEach(a -> unitIds.add(a.id()));
        for (Actor actor : unit) {
            if (ordered.contains(actor)) {
                continue;
            }
            Optional<Actor> bloc = actor.blocs().stream().filter(unitIds::contains).findFirst()
                    .flatMap(explainer::actor).filter(b -> !ordered.contains(b));
            // A member met before its bloc brings the bloc in first, so the two stay side by side.
            Actor head = bloc.orElse(actor);
            ordered.add(head);
            for (Actor member : explainer.membersOf(head.id())) {
                if (unitIds.contains(member.id()) && !ordered.contains(member)) {
                    ordered.add(member);
                }
            }
            if (!ordered.contains(actor)) {
                ordered.add(actor);
            }
        }
        return ordered;
    }

    private static boolean opposed(int[] parent, List<int[]> opposing, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        for (int[] pair : opposing) {
            int x = find(parent, pair[0]);
            int y = find(parent, pair[1]);
            if (x == ra && y == rb || x == rb && y == ra) {
                return true;
            }
        }
        return false;
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

    /** Where an actor stands; every actor of the explainer has a standing. */
    public Standing standingOf(String actorId) {
        return standing.get(actorId);
    }

    /** The units that stand where {@code s} says, each a bloc beside its members. */
    public List<List<Actor>> units(Standing s) {
        return units.get(s);
    }

    /** Whether the links separate two sides at all. */
    public boolean hasSides() {
        return !units.get(Standing.FIRST_SIDE).isEmpty();
    }

    /** The id of the actor a side is named after, or null for the regions that are not sides. */
    public String namedAfter(Standing side) {
        return namedAfter.get(side);
    }
}
