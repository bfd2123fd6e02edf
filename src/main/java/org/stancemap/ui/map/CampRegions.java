package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.stancemap.layout.Camps;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;
import org.stancemap.layout.RelationsLayout;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.theme.ScriptText;

/**
 * The Relations layout's labelled regions: a box round each side the oppositions separate, one
 * round those linked yet on neither side, and one for the others. Drawn under the links and
 * badges, fading in with the layout; it takes no clicks.
 */
final class CampRegions extends Group {

    static final String REGION = "camp-region";
    static final String TITLE = "camp-title";

    private record Shown(RelationsLayout.Region region, Region box, Label title) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private Explainer explainer;

    CampRegions() {
        setMouseTransparent(true);
        setManaged(false);
    }

    void show(Explainer explainer, List<RelationsLayout.Region> regions) {
        this.explainer = explainer;
        shown.clear();
        getChildren().clear();
        if (explainer == null) {
            return;
        }
        boolean sides = regions.stream().anyMatch(r -> r.standing() == Camps.Standing.FIRST_SIDE);
        for (RelationsLayout.Region region : regions) {
            Region box = new Region();
            box.getStyleClass().addAll(REGION, styleOf(region.standing()));
            box.setManaged(false);
            Label title = ScriptText.install(new Label(titleOf(explainer, region, sides)));
            title.getStyleClass().addAll(TITLE, styleOf(region.standing()));
            title.setId("camp-" + styleOf(region.standing()));
            title.setManaged(false);
            title.setAccessibleText(Messages.format("relations.region.accessible", title.getText(),
                    region.members().size()));
            shown.add(new Shown(region, box, title));
            getChildren().addAll(box, title);
        }
    }

    /** A region's title; {@code sides} tells whether the links separate two sides at all. */
    static String titleOf(Explainer explainer, RelationsLayout.Region region, boolean sides) {
        return switch (region.standing()) {
            case FIRST_SIDE, SECOND_SIDE -> Messages.format("relations.side",
                    explainer.actor(region.namedAfter()).map(Actor::name).orElse(region.namedAfter()));
            case NEITHER -> Messages.get(sides ? "relations.neither" : "relations.linked");
            case OTHERS -> Messages.get("relations.others");
        };
    }

    private static String styleOf(Camps.Standing standing) {
        return switch (standing) {
            case FIRST_SIDE, SECOND_SIDE -> "side";
            case NEITHER -> "neither";
            case OTHERS -> "others";
        };
    }

    /** Puts each region round its members' discs and names as drawn now; hidden when the map shows geography. */
    void update(MapScene scene, MapMetrics metrics, boolean relations) {
        Map<String, Point> discs = scene.discs();
        setVisible(relations);
        if (!relations || explainer == null) {
            return;
        }
        double titleHeight = MapScene.regionTitleHeight(metrics);
        for (Shown s : shown) {
            double[] b = RelationsLayout.box(s.region(), discs, metrics, titleHeight,
                    id -> explainer.actor(id).map(Actor::name).orElse(id), scene::nameOffset);
            s.box().resizeRelocate(b[0], b[1], b[2] - b[0], b[3] - b[1]);
            s.title().autosize();
            s.title().relocate(b[0] + metrics.inset() * 0.5, b[1] + 2);
        }
    }
}
