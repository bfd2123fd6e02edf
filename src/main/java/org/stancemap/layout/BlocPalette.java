package org.stancemap.layout;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;

/**
 * Gives each actor a colour slot from the bloc it ultimately belongs to: a leader shares the colour
 * of their state, a state without a parent bloc has its own. Events get no slot (they are drawn in a
 * neutral tone). A bloc's slot comes from its own id, so the same file always looks the same and an
 * actor deleted, added or moved leaves the others their colours. Blocs whose ids would share a slot
 * take the next free one (blocs before people standing alone, each in the order the file lists
 * them), so up to {@link #SLOTS} blocs always differ; only such a bloc may move, into the slot a
 * deleted bloc frees. No slot carries any meaning beyond "same bloc".
 */
public final class BlocPalette {

    public static final int SLOTS = 7;
    public static final int NEUTRAL = -1;

    private final Map<String, Integer> slotByActor;

    private BlocPalette(Map<String, Integer> slotByActor) {
        this.slotByActor = slotByActor;
    }

    public static BlocPalette of(Explainer explainer) {
        Map<String, String> rootByActor = new HashMap<>();
        Set<String> roots = new LinkedHashSet<>();
        for (Actor actor : explainer.actors()) {
            if (actor.kind() != ActorKind.EVENT) {
                String root = rootBloc(explainer, actor);
                rootByActor.put(actor.id(), root);
                roots.add(root);
            }
        }
        Map<String, Integer> slotByRoot = slots(explainer, roots);
        Map<String, Integer> slotByActor = new HashMap<>();
        for (Actor actor : explainer.actors()) {
            String root = rootByActor.get(actor.id());
            slotByActor.put(actor.id(), root == null ? NEUTRAL : slotByRoot.getOrDefault(root, NEUTRAL));
        }
        return new BlocPalette(slotByActor);
    }

    /** Each root's own slot, or the next free one when a root before it took it. */
    private static Map<String, Integer> slots(Explainer explainer, Set<String> roots) {
        // Blocs first, then people standing alone, each in the file's order (their own places in it,
        // not their members'): a leader whose state is deleted then takes a colour no bloc had.
        List<String> inFileOrder = java.util.stream.Stream.concat(
                explainer.actors().stream().filter(a -> a.kind().isBloc()),
                explainer.actors().stream().filter(a -> !a.kind().isBloc()))
                .map(Actor::id).filter(roots::contains).toList();
        Map<String, Integer> slotByRoot = new HashMap<>();
        boolean[] taken = new boolean[SLOTS];
        int free = SLOTS;
        for (String root : inFileOrder) {
            int slot = Math.floorMod(root.hashCode(), SLOTS);
            if (free > 0) {
                while (taken[slot]) {
                    slot = (slot + 1) % SLOTS;
                }
                taken[slot] = true;
                free--;
            }
            slotByRoot.put(root, slot);
        }
        return slotByRoot;
    }

    /** Follows first memberships upwards; the file is checked to be free of cycles, but stay bounded anyway. */
    private static String rootBloc(Explainer explainer, Actor actor) {
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
