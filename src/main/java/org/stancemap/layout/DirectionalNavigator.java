package org.stancemap.layout;

import java.util.Map;
import java.util.Optional;

/**
 * Picks the item to move to when an arrow key is pressed: the nearest one lying in that direction,
 * favouring items straight ahead over those far off to the side.
 */
public final class DirectionalNavigator {

    public enum Direction { LEFT, RIGHT, UP, DOWN }

    private DirectionalNavigator() {
    }

    public static Optional<String> next(String fromId, Direction direction, Map<String, Point> positions) {
        Point from = positions.get(fromId);
        if (from == null) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<String, Point> entry : positions.entrySet()) {
            if (entry.getKey().equals(fromId)) {
                continue;
            }
            double dx = entry.getValue().x() - from.x();
            double dy = entry.getValue().y() - from.y();
            double ahead = switch (direction) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                case DOWN -> dy;
            };
            double aside = direction == Direction.LEFT || direction == Direction.RIGHT ? Math.abs(dy) : Math.abs(dx);
            if (ahead <= 0.5) {
                continue;
            }
            double score = ahead + 2.5 * aside;
            if (score < bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
