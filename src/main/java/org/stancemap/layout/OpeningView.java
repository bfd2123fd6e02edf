package org.stancemap.layout;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.model.Explainer;

/**
 * Whether an explainer opens on its map or on its camps. The map opens when geography tells the
 * reader something: its actors stand on at least two places apart from each other (more than a
 * city's width, about 30 km), and at least half of them are on the map rather than in the groups
 * band. The camera then frames those places, however close (a country, a region), and actors who
 * share a place fan round it. Otherwise (everyone in one city, or mostly groups with no place) the
 * window opens on Relations, where the oppositions show; the map stays one click away.
 */
public final class OpeningView {

    /** The view an explainer opens on. */
    public enum View { MAP, RELATIONS }

    /** The least share of actors that must stand on the map for the map to open. */
    static final double PLACED_SHARE = 0.5;

    private OpeningView() {
    }

    public static View of(Explainer explainer) {
        return of(MapLayout.of(explainer, new MapProjection()));
    }

    public static View of(MapLayout layout) {
        int all = layout.spots().size();
        List<Point> places = new ArrayList<>();
        int onMap = 0;
        for (MapLayout.Spot spot : layout.spots().values()) {
            if (spot.place() == null) {
                continue;
            }
            onMap++;
            if (places.stream().noneMatch(p -> p.distanceTo(spot.place()) < MapLayout.SAME_PLACE)) {
                places.add(spot.place());
            }
        }
        boolean tells = places.size() >= 2 && onMap >= PLACED_SHARE * all;
        return tells ? View.MAP : View.RELATIONS;
    }
}
