package org.stancemap.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.model.Actor;
import org.stancemap.model.Status;

/**
 * The suggested actors: one per found actor with a usable name, an id made from the name, and
 * memberships only in blocs (states, alliances, coalitions, groups), never in itself and never
 * round in a circle. Keeps which found actor became which id.
 */
final class ActorDrafts {

    private final List<Actor> actors = new ArrayList<>();
    private final Map<Integer, String> idsByIndex = new HashMap<>();

    ActorDrafts(List<FoundActor> found) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            FoundActor actor = found.get(i);
            if (actor == null || actor.name() == null || actor.name().isBlank() || actor.kind() == null) {
                continue;
            }
            idsByIndex.put(i, Slugs.unique(Slugs.of(actor.name(), "actor"), taken));
        }
        Map<String, List<String>> blocs = memberships(found);
        for (int i = 0; i < found.size(); i++) {
            String id = idsByIndex.get(i);
            if (id == null) {
                continue;
            }
            FoundActor actor = found.get(i);
            String role = actor.role() == null ? "" : oneLine(actor.role());
            actors.add(new Actor(id, oneLine(actor.name()), actor.kind(), role, blocs.getOrDefault(id, List.of()),
                    actor.place() == null ? java.util.Optional.empty() : actor.place().filter(ActorDrafts::onEarth),
                    Status.SUGGESTED));
        }
    }

    List<Actor> actors() {
        return actors;
    }

    /** The id of the actor found at {@code index}, or null when it was left out. */
    String idOf(int index) {
        return idsByIndex.get(index);
    }

    /** Each membership the analyser reports, unless it names a non-bloc, the actor itself or closes a circle. */
    private Map<String, List<String>> memberships(List<FoundActor> found) {
        Map<String, List<String>> blocs = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            String member = idsByIndex.get(i);
            if (member == null || found.get(i).blocs() == null) {
                continue;
            }
            for (Integer index : found.get(i).blocs()) {
                String bloc = index == null ? null : idsByIndex.get(index);
                if (bloc == null || bloc.equals(member) || !found.get(index).kind().isBloc()
                        || blocs.getOrDefault(member, List.of()).contains(bloc) || reaches(blocs, bloc, member)) {
                    continue;
                }
                blocs.computeIfAbsent(member, k -> new ArrayList<>()).add(bloc);
            }
        }
        return blocs;
    }

    /** True when {@code from} already belongs, directly or through other blocs, to {@code to}. */
    private static boolean reaches(Map<String, List<String>> blocs, String from, String to) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(blocs.getOrDefault(next, List.of()));
            }
        }
        return false;
    }

    private static boolean onEarth(org.stancemap.model.Place place) {
        return Double.isFinite(place.latitude()) && Double.isFinite(place.longitude())
                && Math.abs(place.latitude()) <= 90 && Math.abs(place.longitude()) <= 180;
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
