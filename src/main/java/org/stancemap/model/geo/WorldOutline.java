package org.stancemap.model.geo;

import java.util.List;

/** The land the map draws under the actors, with where it came from. */
public record WorldOutline(List<CountryOutline> countries, String source, String licence) {

    public WorldOutline {
        countries = List.copyOf(countries);
    }

    public static WorldOutline empty() {
        return new WorldOutline(List.of(), "", "");
    }
}
