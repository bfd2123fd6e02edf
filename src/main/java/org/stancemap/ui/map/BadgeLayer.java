package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;
import org.stancemap.model.Actor;
import org.stancemap.ui.theme.Styles;

/**
 * The actors' badges, made once per explainer in the order Tab visits them and moved, on every
 * frame, to the discs and name spots the scene gives them.
 */
final class BadgeLayer extends Group {

    private final Map<String, ActorBadge> badges = new LinkedHashMap<>();

    /** The badges by actor id, in the order Tab visits them; the map's other parts read it live. */
    Map<String, ActorBadge> badges() {
        return badges;
    }

    void clear() {
        badges.clear();
        getChildren().clear();
    }

    ActorBadge add(Actor actor, int slot) {
        ActorBadge badge = new ActorBadge(actor, slot);
        badges.put(actor.id(), badge);
        getChildren().add(badge);
        return badge;
    }

    /** The most important on top: a person's name over a state's disc, never under it. */
    void stackByImportance(MapLayout layout) {
        List<String> priority = new ArrayList<>(layout.spots().keySet());
        badges.forEach((id, badge) -> badge.setViewOrder(priority.indexOf(id)));
    }

    /** The order Tab visits badges: the groups band first (it is at the top), then west to east. */
    static List<Actor> readingOrder(MapLayout layout) {
        List<Actor> order = new ArrayList<>();
        layout.band().forEach(id -> order.add(layout.spot(id).actor()));
        layout.spots().values().stream().filter(s -> s.place() != null)
                .sorted(Comparator.comparingDouble((MapLayout.Spot s) -> s.place().x()).thenComparingDouble(s -> s.place().y()))
                .forEach(s -> order.add(s.actor()));
        return order;
    }

    /** Puts every badge on its disc with its name where the scene placed it; chips show with the band. */
    void place(MapScene scene, double discRadius, boolean bandShown) {
        scene.discs().forEach((id, centre) -> {
            ActorBadge badge = badges.get(id);
            badge.centreDiscAt(centre.x(), centre.y(), discRadius);
            badge.setState(Styles.CROWDED, scene.crowded().contains(id));
            badge.setState(Styles.UNLABELLED, scene.unlabelled().contains(id));
            Point nameOffset = scene.nameOffset(id);
            badge.setNameOffset(nameOffset.x(), nameOffset.y());
            badge.setState(Styles.IN_BAND, scene.chips().contains(id));
            if (!scene.chips().contains(id)) {
                badge.setVisible(!(bandShown && scene.underBand(id)));
            }
        });
        for (String chip : scene.chips()) {
            badges.get(chip).setVisible(bandShown);
        }
    }

    /** Moves keyboard focus to the first actor on the map (west to east). */
    void focusFirst() {
        badges.values().stream().findFirst().ifPresent(ActorBadge::requestFocus);
    }
}
