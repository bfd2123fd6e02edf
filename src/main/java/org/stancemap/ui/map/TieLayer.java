package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;
import org.stancemap.ui.theme.Styles;

/**
 * The faint lines that are not links: a tie from the pin on a place to the badge of a person who
 * stands beside their state, and a line from a group's chip in the band to each member on the map.
 */
final class TieLayer extends Group {

    private final Map<String, Line> ties = new HashMap<>();
    private final Map<String, Circle> pins = new HashMap<>();
    private final List<Line> memberLines = new ArrayList<>();

    void clear() {
        ties.clear();
        pins.clear();
        memberLines.clear();
        getChildren().clear();
    }

    void addTie(String actorId) {
        Line tie = new Line();
        tie.getStyleClass().add(Styles.TIE_LINE);
        Circle pin = new Circle(3);
        pin.getStyleClass().add(Styles.TIE_PIN);
        ties.put(actorId, tie);
        pins.put(actorId, pin);
        getChildren().addAll(tie, pin);
    }

    void addMemberLines(MapLayout layout) {
        for (String chip : layout.band()) {
            for (String member : layout.membersOnMap(chip)) {
                Line line = new Line();
                line.getStyleClass().add(Styles.MEMBER_LINE);
                line.setUserData(new String[] {chip, member});
                memberLines.add(line);
                getChildren().add(line);
            }
        }
    }

    void place(MapScene scene, double discRadius, boolean bandShown) {
        double r = discRadius;
        ties.forEach((id, tie) -> {
            Point place = scene.places().get(id);
            Point disc = scene.discs().get(id);
            boolean shown = scene.tied().contains(id) && !(bandShown && scene.underBand(id));
            tie.setVisible(shown);
            pins.get(id).setVisible(shown);
            // From the pin on the place to the disc's edge, so it reads as a tether, not a link.
            Point edge = disc.towards(place, Math.min(1, r / Math.max(1, disc.distanceTo(place))));
            tie.setStartX(place.x());
            tie.setStartY(place.y());
            tie.setEndX(edge.x());
            tie.setEndY(edge.y());
            pins.get(id).setCenterX(place.x());
            pins.get(id).setCenterY(place.y());
        });
        for (Line line : memberLines) {
            String[] ends = (String[]) line.getUserData();
            Point a = scene.discs().get(ends[0]);
            Point b = scene.discs().get(ends[1]);
            line.setVisible(bandShown);
            line.setStartX(a.x());
            line.setStartY(a.y() + r);
            line.setEndX(b.x());
            line.setEndY(b.y());
        }
    }
}
