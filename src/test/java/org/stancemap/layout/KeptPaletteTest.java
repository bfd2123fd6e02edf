package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stancemap.edit.Edit;
import org.stancemap.edit.EditHistory;
import org.stancemap.edit.ItemEdits;
import org.stancemap.edit.ItemRef;
import org.stancemap.edit.Review;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;

/** While an explainer is edited, no edit moves another actor's colour, and undo and redo are exact. */
class KeptPaletteTest {

    private static final Explainer BUILT_IN = new ExplainerLoader().loadDefault().explainer().orElseThrow();
    private static final Explainer MINIMAL = new ExplainerLoader()
            .load(java.nio.file.Path.of("docs", "examples", "minimal.stancemap.json")).explainer().orElseThrow();

    private static Map<String, Integer> colours(Explainer explainer, BlocPalette palette) {
        Map<String, Integer> slots = new HashMap<>();
        explainer.actors().forEach(a -> slots.put(a.id(), palette.slotOf(a.id())));
        return slots;
    }

    private static Edit delete(String actorId) {
        return Review.removal(Set.of(new ItemRef(ItemRef.Kind.ACTOR, actorId)), "Delete");
    }

    private static Actor state(String id, String name, List<String> blocs) {
        return new Actor(id, name, ActorKind.STATE, "A state", blocs, Optional.empty());
    }

    @Test
    void anExplainerNotYetEditedHasTheColoursOfItsFile() {
        for (Explainer explainer : List.of(BUILT_IN, MINIMAL)) {
            BlocPalette file = BlocPalette.of(explainer);
            assertEquals(colours(explainer, file), colours(explainer, KeptPalette.from(explainer, file).of(explainer)));
        }
    }

    @Test
    void deletingAnyOneActorLeavesEveryOtherItsColourAndUndoAndRedoAreExact() {
        Map<String, Integer> opened = colours(BUILT_IN, BlocPalette.of(BUILT_IN));
        for (Actor deleted : BUILT_IN.actors()) {
            KeptPalette kept = KeptPalette.from(BUILT_IN, BlocPalette.of(BUILT_IN));
            EditHistory history = new EditHistory(BUILT_IN);
            history.apply(delete(deleted.id()));
            Map<String, Integer> during = colours(history.current(), kept.of(history.current()));
            for (Actor other : history.current().actors()) {
                assertEquals(opened.get(other.id()), during.get(other.id()),
                        other.name() + " keeps its colour while " + deleted.name() + " is deleted");
            }
            history.undo();
            assertEquals(opened, colours(history.current(), kept.of(history.current())), "undo of " + deleted.name());
            history.redo();
            assertEquals(during, colours(history.current(), kept.of(history.current())), "redo of " + deleted.name());
        }
    }

    @Test
    void aNewBlocTakesAColourNoBlocOnScreenHasAndKeepsItThroughUndoAndRedo() {
        KeptPalette kept = KeptPalette.from(MINIMAL, BlocPalette.of(MINIMAL));
        EditHistory history = new EditHistory(MINIMAL);
        history.apply(ItemEdits.addActor(state("harbour-town", "Harbour town", List.of())));
        Map<String, Integer> added = colours(history.current(), kept.of(history.current()));
        int town = added.remove("harbour-town");
        assertFalse(added.containsValue(town), "its colour " + town + " is no one else's: " + added);
        assertNotEquals(BlocPalette.NEUTRAL, town);
        history.undo();
        history.redo();
        assertEquals(town, kept.of(history.current()).slotOf("harbour-town"));
    }

    @Test
    void membersOfADeletedBlocKeepItsColourUnlessABlocStillShownHasIt() {
        // Six blocs, so that one of the seven colours is free.
        Explainer roomy = new EditHistory(BUILT_IN).apply(delete("western-leaders"));
        Explainer start = new EditHistory(roomy).apply(ItemEdits.addActor(
                new Actor("lavrov", "Sergei Lavrov", ActorKind.PERSON, "A minister", List.of("russia"), Optional.empty())));
        BlocPalette file = BlocPalette.of(start);
        int russia = file.slotOf("russia");
        KeptPalette kept = KeptPalette.from(start, file);
        EditHistory history = new EditHistory(start);
        history.apply(delete("russia"));
        BlocPalette during = kept.of(history.current());
        assertEquals(russia, during.slotOf("putin"), "Putin keeps the colour he had");
        assertEquals(russia, during.slotOf("lavrov"), "and so does Lavrov");

        // Putin leaves Russia while it is there: he is no longer in its colour.
        KeptPalette again = KeptPalette.from(start, file);
        Actor putin = start.actor("putin").orElseThrow();
        Explainer alone = new EditHistory(start).apply(ItemEdits.updateActor("putin", putin.name(), putin.kind(),
                putin.role(), List.of(), putin.place()));
        assertNotEquals(russia, again.of(alone).slotOf("putin"), "standing alone beside Russia, not in its colour");
    }
}
