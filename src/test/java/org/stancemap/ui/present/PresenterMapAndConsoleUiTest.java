package org.stancemap.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.TourStep;
import org.stancemap.tour.TourPlayer;

/** What the map does during a tour (focus on the step's actors, clicks on badges) and the console overlay. */
class PresenterMapAndConsoleUiTest extends PresenterUiTestBase {

    @Test
    void eachStepFocusesItsActorsAndDimsTheRest() {
        startPresenting();
        boolean checkedAFocusedStep = false;
        for (int index = 0; index <= lastIndex(); index++) {
            if (index > 0) {
                key(KeyCode.RIGHT);
            }
            assertEquals(index, tourStep());
            TourStep step = step(index);
            Set<String> dimmed = dimmedActors();
            if (step.actorIds().isEmpty() && step.linkIds().isEmpty() && !step.cumulative()) {
                assertEquals(Set.of(), dimmed, "step " + (index + 1) + " shows the whole map: nothing is dimmed");
                continue;
            }
            // Read from the model: the actors this step (and those it builds on) brings into view,
            // plus both ends of its links.
            TourPlayer player = new TourPlayer(tour());
            player.goTo(index);
            Set<String> inView = new HashSet<>(player.actorsInView());
            for (String linkId : player.linksInView()) {
                explainer.link(linkId).ifPresent(link -> {
                    explainer.holderOf(link.fromStanceId()).ifPresent(a -> inView.add(a.id()));
                    explainer.holderOf(link.toStanceId()).ifPresent(a -> inView.add(a.id()));
                });
            }
            for (String actorId : step.actorIds()) {
                assertFalse(dimmed(actorId), "step " + (index + 1) + " lists " + actorId + ": its badge is not dimmed");
            }
            Set<String> others = new TreeSet<>(allActorIds());
            others.removeAll(inView);
            if (!others.isEmpty()) {
                assertFalse(dimmed.isEmpty(), "step " + (index + 1) + " dims at least one other badge");
                checkedAFocusedStep = true;
            }
            assertEquals(others, new TreeSet<>(dimmed), "step " + (index + 1)
                    + ": exactly the actors out of the step's view are dimmed");
        }
        assertTrue(checkedAFocusedStep, "the tour has a step that focuses on some actors");
        assertTrue(step(0).actorIds().isEmpty(), "the built-in tour opens on the whole map");

        key(KeyCode.ESCAPE);
        assertEquals(Set.of(), dimmedActors(), "after the presentation nothing is dimmed");
    }

    @Test
    void clickingAFocusedBadgeOpensItsPanelWithoutMovingTheTourAndNextClearsIt() {
        int index = firstStepWithActors();
        presentAt(index);
        String actorId = step(index).actorIds().get(0);
        Actor actor = explainer.actor(actorId).orElseThrow();
        assertFalse(dimmed(actorId), actorId + " is in focus on step " + (index + 1));
        assertFalse(shown("side-panel"), "no side panel while presenting until something is clicked");

        clickBadge(actorId);

        waitUntil("the side panel shows", () -> view.lookup("#side-panel").isVisible());
        assertTrue(shown("side-panel"), "the side panel shows over the map");
        assertEquals(actor.name(), text("panel-actor-name"), "the panel shows the clicked actor");
        assertEquals(actor, fx(state::getSelectedActor));
        assertShowsStep(index, "clicking a badge keeps the tour step");
        assertTrue(fx(state::isPresenting), "still presenting");

        key(KeyCode.RIGHT);

        assertNull(fx(state::getSelectedActor), "Next clears the selection");
        assertFalse(shown("side-panel"), "Next hides the side panel");
        assertShowsStep(index + 1, "Next after the click moves on");
    }

    @Test
    void consoleOverlayShowsTheStepAndItsNotes() {
        presentAt(1);
        assertFalse(shown("presenter-console"), "no console until C");

        key(KeyCode.C);

        assertTrue(fx(() -> state.consoleShownProperty().get()));
        assertTrue(shown("presenter-console"), "C shows the console overlay");
        assertConsoleShows(1);

        key(KeyCode.RIGHT);
        assertShowsStep(2, "Next with the console shown");
        assertConsoleShows(2);
        key(KeyCode.LEFT);
        assertConsoleShows(1);

        key(KeyCode.C);
        assertFalse(shown("presenter-console"), "C again hides the console");
        assertShowsStep(1, "hiding the console keeps the step");
    }

    private void assertConsoleShows(int index) {
        TourStep step = step(index);
        assertEquals(step.title(), text("console-current"), "console title on step " + (index + 1));
        String notes = step.notes() == null || step.notes().isBlank()
                ? org.stancemap.ui.Messages.get("console.noNotes") : step.notes();
        assertEquals(notes, text("console-notes"), "console notes on step " + (index + 1));
        List<String> labels = fx(() -> view.lookup("#presenter-console").lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertTrue(labels.stream().anyMatch(t -> t != null && t.contains(String.valueOf(index + 1))
                && t.contains(String.valueOf(tour().size()))), "console counter for step " + (index + 1) + ": " + labels);
    }

    private int firstStepWithActors() {
        for (int i = 0; i < lastIndex(); i++) {
            if (!step(i).actorIds().isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no step before the last lists actors");
    }

    private Set<String> allActorIds() {
        Set<String> ids = new HashSet<>();
        explainer.actors().forEach(a -> ids.add(a.id()));
        return ids;
    }

    private Set<String> dimmedActors() {
        Set<String> ids = new HashSet<>();
        for (String id : allActorIds()) {
            if (dimmed(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
