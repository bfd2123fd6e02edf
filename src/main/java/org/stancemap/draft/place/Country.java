package org.stancemap.draft.place;

import java.util.List;
import org.stancemap.model.Place;

/** A state: its common name, other names, demonyms ("Russian"), ISO code and capital. */
public record Country(String name, List<String> aliases, List<String> demonyms, String code, Place capital) {

    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}
