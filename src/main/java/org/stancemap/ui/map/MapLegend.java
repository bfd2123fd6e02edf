package org.stancemap.ui.map;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Styles;

/** Explains the three kinds of link by their drawn sample, each with a box that shows or hides them. */
final class MapLegend extends VBox {

    MapLegend(AppState state) {
        getStyleClass().add(Styles.LEGEND);
        setId("legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label(Messages.get("legend.title"));
        title.getStyleClass().add("legend-title");
        getChildren().add(title);
        for (LinkKind kind : LinkKind.values()) {
            CheckBox toggle = new CheckBox(Messages.get("legend." + kind.jsonName()));
            toggle.setId("filter-" + kind.jsonName());
            toggle.setGraphic(sample(kind));
            toggle.setSelected(state.visibleLinkKinds().contains(kind));
            toggle.setAccessibleText(Messages.format("legend.filter.accessible", Messages.get("legend." + kind.jsonName())));
            toggle.selectedProperty().addListener((obs, was, shown) -> {
                if (shown) {
                    state.visibleLinkKinds().add(kind);
                } else {
                    state.visibleLinkKinds().remove(kind);
                }
            });
            getChildren().add(toggle);
        }
    }

    /** A short stretch of the link as the map draws it. */
    private static LinkCurve sample(LinkKind kind) {
        LinkCurve curve = new LinkCurve(new Link("legend", kind, "a", "b", "", java.util.List.of()), "");
        curve.updateStraight(2, 8, 58, 8, 5);
        curve.setId(null);
        curve.setMouseTransparent(true);
        curve.setFocusTraversable(false);
        return curve;
    }
}
