package org.stancemap.model.geo;

import java.util.List;

/** A country's outline as rings of alternating longitude, latitude pairs. */
public record CountryOutline(String id, String name, List<double[]> rings) {

    public CountryOutline {
        rings = List.copyOf(rings);
    }
}
