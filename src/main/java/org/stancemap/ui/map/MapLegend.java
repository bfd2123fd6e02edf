package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.ui.Hints;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;

/**
 * Explains the three kinds of link by their drawn sample, each with a box that shows or hides them.
 * Where the map is short of room it folds into a "Key" button, so it never covers a third of the map;
 * the reader can fold and unfold it by hand too.
 */
final class MapLegend extends VBox {

    private final BooleanProperty folded = new SimpleBooleanProperty(this, "folded", false);
    private final List<Node> open = new ArrayList<>();
    private final Button unfold = new Button(Messages.get("legend.show"), new Icon(Feather.LIST));
    private boolean foldedByHand;

    MapLegend(AppState state) {
        getStyleClass().add(Styles.LEGEND);
        setId("legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label(Messages.get("legend.title"));
        title.getStyleClass().add("legend-title");
        Button fold = new Button(null, new Icon(Feather.CHEVRON_DOWN));
        fold.setId("legend-fold");
        fold.getStyleClass().addAll("flat", "button-icon", "legend-fold");
        fold.setAccessibleText(Messages.get("legend.hide"));
        Hints.set(fold, Messages.get("legend.hide"));
        fold.setOnAction(e -> {
            foldedByHand = true;
            folded.set(true);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, fold);
        header.getStyleClass().add(org.stancemap.ui.theme.Styles.GAP_6);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        open.add(header);
        for (LinkKind kind : LinkKind.values()) {
            CheckBox toggle = new CheckBox(Messages.get("legend." + kind.jsonName()));
            toggle.setId("filter-" + kind.jsonName());
            toggle.setGraphic(sample(kind));
            toggle.setSelected(state.visibleLinkKinds().contains(kind));
            toggle.setAccessibleText(Messages.format("legend.filter.accessible", Messages.get("legend." + kind.jsonName())));
            toggle.selectedProperty().addListener((obs, was, shown) -> state.preferences().showLinkKind(kind, shown));
            open.add(toggle);
        }
        unfold.setId("legend-unfold");
        unfold.getStyleClass().add("flat");
        unfold.setAccessibleText(Messages.get("legend.show.accessible"));
        Hints.set(unfold, Messages.get("legend.show.accessible"));
        unfold.setOnAction(e -> {
            foldedByHand = false;
            folded.set(false);
        });
        folded.addListener((obs, was, now) -> showFolded(now));
        showFolded(false);
    }

    private void showFolded(boolean fold) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("folded"), fold);
        if (fold) {
            getChildren().setAll(unfold);
        } else {
            getChildren().setAll(open);
        }
    }

    BooleanProperty foldedProperty() {
        return folded;
    }

    /** Folds when the map is short of room, and unfolds when room returns unless the reader folded it. */
    void fitRoom(boolean shortOfRoom) {
        if (shortOfRoom) {
            folded.set(true);
        } else if (!foldedByHand) {
            folded.set(false);
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
