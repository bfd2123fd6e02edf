package org.stancemap.draft.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void countriesByNameAliasAndDemonym() {
        assertEquals("RU", gazetteer.country("Russia").orElseThrow().code());
        assertEquals("US", gazetteer.country("U.S.").orElseThrow().code());
        assertEquals("GB", gazetteer.country("Britain").orElseThrow().code());
        assertEquals("FR", gazetteer.countryOfDemonym("French").orElseThrow().code());
        assertEquals("UA", gazetteer.countryOfDemonym("Ukrainian").orElseThrow().code());
    }

    @Test
    void aCountrysPlaceIsItsCapital() {
        var capital = gazetteer.country("Ukraine").orElseThrow().capital();
        assertEquals("Kyiv", capital.name());
        assertEquals(50.45, capital.latitude(), 0.1);
        assertEquals(30.52, capital.longitude(), 0.1);
    }

    @Test
    void capitalsAndMajorCitiesAreKnownCapitalsAsSuch() {
        City kyiv = gazetteer.city("Kyiv").orElseThrow();
        assertTrue(kyiv.capital());
        assertEquals("UA", kyiv.countryCode());
        City vladivostok = gazetteer.city("Vladivostok").orElseThrow();
        assertFalse(vladivostok.capital());
        assertEquals("US", gazetteer.city("Washington").orElseThrow().countryCode());
    }

    @Test
    void regionsArePlacesButNotCountries() {
        assertTrue(gazetteer.isRegion("Ohio"));
        assertTrue(gazetteer.country("Ohio").isEmpty());
    }

    @Test
    void unknownNamesAreAbsent() {
        assertTrue(gazetteer.country("Atlantis").isEmpty());
        assertTrue(gazetteer.city("Atlantis").isEmpty());
    }

    @Test
    void aShortLineIsRejectedWithItsNumber() {
        IOException e = assertThrows(IOException.class,
                () -> Gazetteer.read(new BufferedReader(new StringReader("# header\nC\tNowhere\n"))));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
