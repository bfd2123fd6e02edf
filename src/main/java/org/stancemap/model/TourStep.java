package org.stancemap.model;

import java.util.List;

/**
 * One step of a guided tour. When {@code cumulative} is true the step keeps the actors and links of
 * the steps before it in view, so the map builds up.
 */
public record TourStep(String title, String caption, String notes, List<String> actorIds,
                       List<String> linkIds, boolean cumulative) {

    public TourStep {
        actorIds = List.copyOf(actorIds);
        linkIds = List.copyOf(linkIds);
    }
}
