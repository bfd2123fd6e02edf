package org.stancemap.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;

/**
 * Gives each actor a colour slot from the bloc it ultimately belongs to: a leader shares the colour
 * of their state, a state without a parent bloc has its own. Events get no slot (they are drawn in a
 * neutral tone). Slots are handed out in the order the file lists the actors, so the same file
 * always looks the same; no slot carries any meaning beyond "same bloc". While an explainer is
 * edited, {@link KeptPalette} hands them out instead, so that no actor's colour moves.
 */
public final class BlocPalette {

    public static final int SLOTS = 7;
    public static final int NEUTRAL = -1;

    private final Map<String, Integer> slotByActor;

    BlocPalette(Map<String, Integer> slotByActor) {
        this.slotByActor = slotByActor;
    }

    public static BlocPalette of(Explainer explainer) {
        Map<String, Integer> slotByRoot = new LinkedHashMap<>();
        Map<String, Integer> slotByActor = new HashMap<>();
        for (Actor actor : explainer.actors()) {
            if (actor.kind() == ActorKind.EVENT) {
                slotByActor.put(actor.id(), NEUTRAL);
                continue;
            }
            String root = rootBloc(explainer, actor);
            int slot = slotByRoot.computeIfAbsent(root, r -> slotByRoot.size() % SLOTS);
            slotByActor.put(actor.id(), slot);
        }
        return new BlocPalette(slotByActor);
    }

    /** Follows first memberships upwards; the file is checked to be free of cycles, but stay bounded anyway. */
    static String rootBloc(Explainer explainer, Actor actor) {
        Actor current = actor;
        for (int steps = 0; steps < explainer.actors().size() && !current.blocs().isEmpty(); steps++) {
            Optional<Actor> parent = explainer.actor(current.blocs().get(0));
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current.id();
    }

    public int slotOf(String actorId) {
        return slotByActor.getOrDefault(actorId, NEUTRAL);
    }
}
