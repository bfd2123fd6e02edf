package org.stancemap.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.TourStep;

class TourPlayerTest {

    private static List<TourStep> tour;

    @BeforeAll
    static void loadDefaultTour() {
        tour = new ExplainerLoader().loadDefault().explainer().orElseThrow().tour();
        assertTrue(tour.size() >= 3, "the default tour should have several steps");
        assertTrue(tour.stream().anyMatch(TourStep::cumulative), "the default tour should have a cumulative step");
    }

    @Test
    void startsOnTheFirstStep() {
        TourPlayer p = new TourPlayer(tour);
        assertEquals(tour.size(), p.size());
        assertEquals(0, p.index());
        assertEquals(tour.get(0), p.current());
        assertTrue(p.isFirst());
        assertFalse(p.isLast());
        assertFalse(p.isEmpty());
    }

    @Test
    void walksForwardThroughEveryStepThenBackToTheStart() {
        TourPlayer p = new TourPlayer(tour);
        for (int i = 1; i < tour.size(); i++) {
            assertEquals(Optional.of(tour.get(i)), p.upcoming());
            assertTrue(p.forward(), "forward from step " + i);
            assertEquals(i, p.index());
            assertEquals(tour.get(i), p.current());
        }
        assertTrue(p.isLast());
        assertEquals(Optional.empty(), p.upcoming());
        assertFalse(p.forward(), "no step after the last");
        assertEquals(tour.size() - 1, p.index());
        for (int i = tour.size() - 2; i >= 0; i--) {
            assertTrue(p.back());
            assertEquals(i, p.index());
        }
        assertTrue(p.isFirst());
        assertFalse(p.back(), "no step before the first");
        assertEquals(0, p.index());
    }

    @Test
    void firstLastAndGoToStayInBoundsAndSayWhetherTheyMoved() {
        TourPlayer p = new TourPlayer(tour);
        assertFalse(p.first(), "already on the first step");
        assertTrue(p.last());
        assertEquals(tour.size() - 1, p.index());
        assertFalse(p.last(), "already on the last step");
        assertTrue(p.first());
        assertEquals(0, p.index());
        assertTrue(p.goTo(2));
        assertEquals(2, p.index());
        assertFalse(p.goTo(2), "same step");
        assertFalse(p.goTo(-1));
        assertFalse(p.goTo(tour.size()));
        assertFalse(p.goTo(Integer.MAX_VALUE));
        assertEquals(2, p.index(), "an out-of-range jump changes nothing");
    }

    @Test
    void progressIsTheShareOfStepsSeen() {
        TourPlayer p = new TourPlayer(tour);
        assertEquals(1.0 / tour.size(), p.progress(), 1e-9);
        p.last();
        assertEquals(1.0, p.progress(), 1e-9);
    }

    @Test
    void cumulativeStepsKeepWhatTheEarlierStepsShowedAccordingToTheFilesOwnFlags() {
        TourPlayer p = new TourPlayer(tour);
        int checkedCumulative = 0;
        for (int i = 0; i < tour.size(); i++) {
            p.goTo(i);
            Set<String> actors = new HashSet<>();
            Set<String> links = new HashSet<>();
            int j = i;
            while (true) {
                actors.addAll(tour.get(j).actorIds());
                links.addAll(tour.get(j).linkIds());
                if (!tour.get(j).cumulative() || j == 0) {
                    break;
                }
                j--;
            }
            assertEquals(actors, p.actorsInView(), "actors at step " + (i + 1));
            assertEquals(links, p.linksInView(), "links at step " + (i + 1));
            if (tour.get(i).cumulative()) {
                checkedCumulative++;
                assertTrue(p.actorsInView().containsAll(tour.get(i - 1).actorIds()),
                        "cumulative step " + (i + 1) + " keeps the previous step's actors");
                assertTrue(p.linksInView().containsAll(tour.get(i - 1).linkIds()),
                        "cumulative step " + (i + 1) + " keeps the previous step's links");
            } else {
                assertEquals(new HashSet<>(tour.get(i).actorIds()), p.actorsInView(),
                        "a non-cumulative step " + (i + 1) + " shows only its own actors");
            }
        }
        assertTrue(checkedCumulative > 0);
    }

    @Test
    void aChainOfCumulativeStepsAccumulatesBackToTheLastNonCumulativeStep() {
        TourPlayer p = new TourPlayer(List.of(
                step("one", List.of("a"), List.of("l1"), false),
                step("two", List.of("b"), List.of("l2"), false),
                step("three", List.of("c"), List.of(), true),
                step("four", List.of("d"), List.of("l4"), true),
                step("five", List.of("e"), List.of(), false)));
        p.goTo(3);
        assertEquals(Set.of("b", "c", "d"), p.actorsInView());
        assertEquals(Set.of("l2", "l4"), p.linksInView());
        p.goTo(4);
        assertEquals(Set.of("e"), p.actorsInView());
        assertEquals(Set.of(), p.linksInView());
    }

    @Test
    void aCumulativeFirstStepShowsOnlyItself() {
        TourPlayer p = new TourPlayer(List.of(step("one", List.of("a"), List.of(), true)));
        assertEquals(Set.of("a"), p.actorsInView());
    }

    @Test
    void theWholeMapShowsWhenTheStepInViewSinglesNothingOut() {
        TourPlayer p = new TourPlayer(tour);
        boolean firstHasNoFocus = tour.get(0).actorIds().isEmpty() && tour.get(0).linkIds().isEmpty();
        assertEquals(firstHasNoFocus, p.wholeMap());
        assertTrue(firstHasNoFocus, "the default tour opens on the whole map");
        int focused = -1;
        for (int i = 0; i < tour.size() && focused < 0; i++) {
            if (!tour.get(i).actorIds().isEmpty()) {
                focused = i;
            }
        }
        p.goTo(focused);
        assertFalse(p.wholeMap());
    }

    @Test
    void anEmptyTourHasNoCurrentStepAndNoMoves() {
        TourPlayer p = new TourPlayer(List.of());
        assertTrue(p.isEmpty());
        assertEquals(0, p.size());
        assertThrows(IllegalStateException.class, p::current);
        assertFalse(p.forward());
        assertFalse(p.back());
        assertFalse(p.first());
        assertFalse(p.last());
        assertFalse(p.goTo(0));
        assertFalse(p.isFirst());
        assertFalse(p.isLast());
        assertEquals(Optional.empty(), p.upcoming());
        assertEquals(Set.of(), p.actorsInView());
        assertTrue(p.wholeMap());
        assertEquals(0.0, p.progress());
    }

    static TourStep step(String title, List<String> actors, List<String> links, boolean cumulative) {
        return new TourStep(title, "caption of " + title, "notes of " + title, actors, links, cumulative);
    }
}
