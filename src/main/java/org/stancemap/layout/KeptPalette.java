package org.stancemap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;

/**
 * The colours of an explainer while it is being edited. The file's {@link BlocPalette} hands slots
 * out by the order in which blocs are first reached, so deleting Vladimir Putin (the first member of
 * Russia) would move nine other actors' colours; here every bloc keeps the slot it showed when
 * editing began, or when it first appeared, for the rest of the session:
 * <ul>
 * <li>an actor whose bloc is still there shows its bloc's colour, as in the file's palette;</li>
 * <li>an actor left standing alone (its bloc deleted) keeps the colour it showed, unless a bloc
 *     still there has it;</li>
 * <li>a new bloc (or a person standing alone) takes a colour no bloc on screen has, one no bloc of
 *     this session ever had if it can.</li>
 * </ul>
 * A slot once given to a bloc is never taken back, so every explainer of the session that was
 * shown once shows in the same colours again: undo and redo are exact. Nothing here is saved:
 * opening the saved file colours it by {@link BlocPalette}'s file order again.
 */
public final class KeptPalette {

    /** The slot each actor took as a bloc of its own (or a person standing alone); never changed once given. */
    private final Map<String, Integer> blocSlot = new HashMap<>();
    /** The slot each member showed when editing began: theirs to keep should their bloc go. */
    private final Map<String, Integer> shownAsMember = new HashMap<>();

    private KeptPalette() {
    }

    /** Keeps the colours {@code shown} gives {@code start}, the explainer on screen as editing begins. */
    public static KeptPalette from(Explainer start, BlocPalette shown) {
        KeptPalette kept = new KeptPalette();
        for (Actor actor : start.actors()) {
            int slot = shown.slotOf(actor.id());
            if (actor.kind() == ActorKind.EVENT || slot == BlocPalette.NEUTRAL) {
                continue;
            }
            if (BlocPalette.rootBloc(start, actor).equals(actor.id())) {
                kept.blocSlot.put(actor.id(), slot);
            } else {
                kept.shownAsMember.put(actor.id(), slot);
            }
        }
        return kept;
    }

    /** The colours of {@code explainer}, an edit of the one editing began with. */
    public BlocPalette of(Explainer explainer) {
        Map<String, String> rootByActor = new HashMap<>();
        Set<String> roots = new LinkedHashSet<>();
        for (Actor actor : explainer.actors()) {
            if (actor.kind() != ActorKind.EVENT) {
                String root = BlocPalette.rootBloc(explainer, actor);
                rootByActor.put(actor.id(), root);
                roots.add(root);
            }
        }
        Map<String, Integer> slotByRoot = slots(roots);
        Map<String, Integer> slotByActor = new HashMap<>();
        for (Actor actor : explainer.actors()) {
            String root = rootByActor.get(actor.id());
            slotByActor.put(actor.id(), root == null ? BlocPalette.NEUTRAL : slotByRoot.get(root));
        }
        return new BlocPalette(slotByActor);
    }

    private Map<String, Integer> slots(Set<String> roots) {
        Map<String, Integer> slotByRoot = new HashMap<>();
        int[] users = new int[BlocPalette.SLOTS];
        for (String root : roots) {
            Integer own = blocSlot.get(root);
            if (own != null) {
                slotByRoot.put(root, own);
                users[own]++;
            }
        }
        // Members whose bloc went keep their colour where no bloc on screen holds it; those
        // of one bloc share it, as they did. Only then do newcomers take the colours left.
        Set<Integer> heldByBlocs = new java.util.HashSet<>(slotByRoot.values());
        List<String> newcomers = new ArrayList<>();
        for (String root : roots) {
            if (slotByRoot.containsKey(root)) {
                continue;
            }
            Integer shown = shownAsMember.get(root);
            if (shown != null && !heldByBlocs.contains(shown)) {
                give(root, shown, slotByRoot, users);
            } else {
                newcomers.add(root);
            }
        }
        for (String root : newcomers) {
            give(root, freeSlot(users), slotByRoot, users);
        }
        return slotByRoot;
    }

    private void give(String root, int slot, Map<String, Integer> slotByRoot, int[] users) {
        blocSlot.put(root, slot);
        slotByRoot.put(root, slot);
        users[slot]++;
    }

    /** A slot no bloc on screen has (one no bloc ever had first), or else the least used. */
    private int freeSlot(int[] users) {
        Set<Integer> everGiven = new java.util.HashSet<>(blocSlot.values());
        int best = -1;
        for (int slot = 0; slot < BlocPalette.SLOTS; slot++) {
            if (users[slot] == 0 && !everGiven.contains(slot)) {
                return slot;
            }
            if (best < 0 || users[slot] < users[best]) {
                best = slot;
            }
        }
        return best;
    }
}
