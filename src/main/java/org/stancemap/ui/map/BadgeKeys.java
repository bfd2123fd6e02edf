package org.stancemap.ui.map;

import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.stancemap.layout.DirectionalNavigator;
import org.stancemap.layout.Point;
import org.stancemap.ui.state.AppState;

/** The map's keys on a focused badge: the arrows move to the nearest badge that way, Enter or Space opens it. */
final class BadgeKeys {

    private BadgeKeys() {
    }

    static void handle(KeyEvent event, Map<String, Point> discCentres, Map<String, ActorBadge> badges, AppState state) {
        // Taken already (Alt+arrow moving a badge's place while editing).
        if (event.isConsumed() || !(event.getTarget() instanceof ActorBadge badge)) {
            return;
        }
        DirectionalNavigator.Direction direction = switch (event.getCode()) {
            case LEFT, KP_LEFT -> DirectionalNavigator.Direction.LEFT;
            case RIGHT, KP_RIGHT -> DirectionalNavigator.Direction.RIGHT;
            case UP, KP_UP -> DirectionalNavigator.Direction.UP;
            case DOWN, KP_DOWN -> DirectionalNavigator.Direction.DOWN;
            default -> null;
        };
        if (direction != null) {
            DirectionalNavigator.next(badge.actor().id(), direction, discCentres)
                    .map(badges::get).ifPresent(ActorBadge::requestFocus);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
            state.selectActor(badge.actor());
            event.consume();
        }
    }
}
