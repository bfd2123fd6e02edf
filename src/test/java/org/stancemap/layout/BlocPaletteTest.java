package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stancemap.edit.EditHistory;
import org.stancemap.edit.ItemEdits;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;

/** An author adding an actor sees every other actor keep its colour, and blocs stay apart. */
class BlocPaletteTest {

    private static final Explainer BUILT_IN = new ExplainerLoader().loadDefault().explainer().orElseThrow();

    private static Map<String, Integer> colours(Explainer explainer) {
        BlocPalette palette = BlocPalette.of(explainer);
        Map<String, Integer> slots = new HashMap<>();
        explainer.actors().forEach(a -> slots.put(a.id(), palette.slotOf(a.id())));
        return slots;
    }

    @Test
    void anActorAddedAtTheEndTakesAColourWithoutTakingAnyonesAway() {
        Map<String, Integer> before = colours(BUILT_IN);
        Actor added = new Actor("belarus", "Belarus", ActorKind.STATE, "A neighbour", List.of(), Optional.empty(),
                BUILT_IN.actors().get(0).status());
        Explainer after = new EditHistory(BUILT_IN).apply(ItemEdits.addActor(added));
        Map<String, Integer> now = colours(after);
        before.forEach((id, slot) -> assertEquals(slot, now.get(id), id));
        assertTrue(now.get("belarus") >= 0, "a state has a bloc colour");
    }

    @Test
    void upToSevenBlocsAllDiffer() {
        BlocPalette palette = BlocPalette.of(BUILT_IN);
        Set<Integer> used = new HashSet<>();
        long roots = BUILT_IN.actors().stream().filter(a -> a.kind() != ActorKind.EVENT && a.blocs().isEmpty())
                .peek(a -> used.add(palette.slotOf(a.id()))).count();
        assertEquals(Math.min(roots, BlocPalette.SLOTS), used.size(), "one colour each");
    }
}
