package org.stancemap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Article;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.TourStep;

/** Edits the editor makes by hand: a quote for a new speaker in one step, ids, tour steps and the glossary. */
class HandEditsTest {

    private static final Explainer EMPTY = new Explainer("t", new Article("T", false, "", "", "",
            "Ana said the bridge must close. Bo disagreed."), List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void aQuoteForANewSpeakerAddsBothAndOneUndoTakesBothBack() {
        EditHistory history = new EditHistory(EMPTY);
        String id = NewIds.forActor(EMPTY, "Ana Lima");
        history.apply(new EditSequence("add a quote", List.of(
                ItemEdits.addActor(new Actor(id, "Ana Lima", ActorKind.PERSON, "", List.of(), Optional.empty())),
                new AddQuote(id, Optional.empty(), NewIds.forStance(EMPTY, id), "Wants the bridge closed", 9, 30,
                        Delivery.REPORTED))));
        assertEquals("the bridge must close", history.current().stancesOf("ana-lima").get(0).quotes().get(0).text());
        history.undo();
        assertTrue(history.current().actors().isEmpty() && history.current().stances().isEmpty());
    }

    @Test
    void aRefusedStepLeavesNothingOfTheSequence() {
        EditHistory history = new EditHistory(EMPTY);
        Edit both = new EditSequence("add a quote", List.of(
                ItemEdits.addActor(new Actor("bo", "Bo", ActorKind.PERSON, "", List.of(), Optional.empty())),
                new AddQuote("bo", Optional.empty(), "bo-1", "x", 40, 40, Delivery.REPORTED)));
        assertThrows(EditRefused.class, () -> history.apply(both));
        assertTrue(history.current().actors().isEmpty(), "the actor is not added on its own");
    }

    @Test
    void newIdsAreSlugsNotYetTaken() {
        Explainer withAna = ItemEdits.addActor(new Actor("ana-lima", "Ana Lima", ActorKind.PERSON, "", List.of(),
                Optional.empty())).applyTo(EMPTY);
        assertEquals("ana-lima-2", NewIds.forActor(withAna, "Ána Lima"));
        assertEquals("actor", NewIds.forActor(EMPTY, "—"));
    }

    @Test
    void tourStepsAreEditedRemovedAndNeverUntitled() {
        TourStep step = new TourStep("One", "Caption", "", List.of(), List.of(), false);
        Explainer one = ItemEdits.addTourStep(0, step).applyTo(EMPTY);
        Explainer renamed = ItemEdits.updateTourStep(0, new TourStep("Uno", "Caption", "notes", List.of(), List.of(),
                false)).applyTo(one);
        assertEquals("notes", renamed.tour().get(0).notes());
        assertThrows(EditRefused.class, () -> ItemEdits.updateTourStep(0,
                new TourStep(" ", "Caption", "", List.of(), List.of(), false)).applyTo(one));
        assertTrue(ItemEdits.removeTourStep(0).applyTo(renamed).tour().isEmpty());
    }

    @Test
    void aGlossaryEntryIsRemovedByItsTerm() {
        Explainer with = ItemEdits.addGlossaryEntry("bridge", "A way over water.").applyTo(EMPTY);
        assertTrue(ItemEdits.removeGlossaryEntry("bridge").applyTo(with).glossary().isEmpty());
        assertThrows(EditRefused.class, () -> ItemEdits.removeGlossaryEntry("tunnel").applyTo(with));
    }

    @Test
    void placingAnActorKeepsTheRestOfItAndOneUndoBringsTheOldPlaceBack() {
        Explainer withAna = ItemEdits.addActor(new Actor("ana", "Ana", ActorKind.PERSON, "mayor", List.of(),
                Optional.of(new org.stancemap.model.Place("Eldham", 54.5, -3.6)))).applyTo(EMPTY);
        EditHistory history = new EditHistory(withAna);
        history.apply(ItemEdits.placeActor("ana", "Ana", new org.stancemap.model.Place("", 51.5, -0.12)));
        Actor moved = history.current().actor("ana").orElseThrow();
        assertEquals(Optional.of(new org.stancemap.model.Place("", 51.5, -0.12)), moved.place());
        assertEquals("mayor", moved.role(), "only the place changes");
        assertEquals(Optional.of("move Ana"), history.undoLabel());
        history.undo();
        assertEquals(54.5, history.current().actor("ana").orElseThrow().place().orElseThrow().latitude());
    }

    @Test
    void aPlaceOffTheMapIsRefusedWithItsCoordinates() {
        Explainer withAna = ItemEdits.addActor(new Actor("ana", "Ana", ActorKind.PERSON, "", List.of(),
                Optional.empty())).applyTo(EMPTY);
        EditRefused refused = assertThrows(EditRefused.class, () -> ItemEdits.placeActor("ana", "Ana",
                new org.stancemap.model.Place("", 95, 10)).applyTo(withAna));
        assertTrue(refused.getMessage().contains("95.00, 10.00 is off the map"), refused.getMessage());
    }
}
