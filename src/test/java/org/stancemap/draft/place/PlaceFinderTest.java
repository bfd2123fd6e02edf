package org.stancemap.draft.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An author finds a place for an actor by typing the first letters of its name. */
class PlaceFinderTest {

    private static PlaceFinder finder;

    @BeforeAll
    static void load() {
        finder = new PlaceFinder(Gazetteer.load());
    }

    @Test
    void aFewLettersFindTheCityWithItsCountry() {
        List<PlaceFinder.Found> found = finder.find("lisb", 5);
        assertEquals("Lisbon, Portugal", found.get(0).label());
        assertEquals(38.72, found.get(0).place().latitude(), 0.01);
        assertEquals("Lisbon", found.get(0).place().name(), "the place keeps the city's own name");
    }

    @Test
    void aStateIsFoundByAnyOfItsNamesAndPlacedAtItsCapital() {
        PlaceFinder.Found ukraine = finder.find("Ukraine", 3).get(0);
        assertEquals("Ukraine", ukraine.label());
        assertEquals(50.45, ukraine.place().latitude(), 0.1, "at Kyiv");
        assertTrue(finder.find("Britain", 5).stream().anyMatch(f -> f.label().equals("United Kingdom")),
                "an other name finds the state");
    }

    @Test
    void namesStartingWithTheLettersComeBeforeNamesContainingThem() {
        List<PlaceFinder.Found> found = finder.find("par", 20);
        assertTrue(found.get(0).label().toLowerCase().startsWith("par"), "first: " + found);
        assertTrue(found.stream().anyMatch(f -> f.label().equals("Paris, France")), "Paris is offered: " + found);
    }

    @Test
    void nothingTypedOffersNothingAndTheListIsBounded() {
        assertTrue(finder.find("  ", 10).isEmpty());
        assertTrue(finder.find("a", 12).size() <= 12);
    }

    @Test
    void aPointPickedOnTheMapIsNamedAfterTheNearestCityOnlyWhenOneIsNear() {
        PlaceFinder.Found near = finder.nearest(new org.stancemap.model.Place("", 48.86, 2.35), 25).orElseThrow();
        assertEquals("Paris", near.place().name(), "a point in Paris");
        assertTrue(finder.nearest(new org.stancemap.model.Place("", -40, -30), 25).isEmpty(),
                "the middle of the South Atlantic has no name");
    }
}
