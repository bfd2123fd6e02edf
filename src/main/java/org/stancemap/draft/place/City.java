package org.stancemap.draft.place;

import java.util.List;
import org.stancemap.model.Place;

/** A city, its other names, the code of its country, and whether it is that country's capital. */
public record City(Place place, List<String> aliases, String countryCode, boolean capital) {

    public City {
        aliases = List.copyOf(aliases);
    }
}
