package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.stancemap.layout.MapRoom;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Styles;

/**
 * What lies over the map rather than on it: the hint, the key and the zoom buttons, which keep the
 * window's text size; and the groups band's label and ground, which lie on the map with its chips
 * and grow with the marks. Names on the map keep clear of them.
 */
final class MapChrome {

    private final Label bandLabel = new Label(Messages.get("map.groups"));
    /** The groups band's ground: chips sit on it, visibly off the land. */
    private final Region bandStrip = new Region();
    private final Label hint = new Label(Messages.get("map.hint"));
    private final MapLegend legend;
    private final MapControls controls;
    /** Controls over the map that names keep clear of. */
    private final List<Region> nodes;

    /** {@code moved} runs when the hint, the key or the buttons move (the key folds, the window resizes). */
    MapChrome(AppState state, Runnable zoomIn, Runnable zoomOut, Runnable fit, Runnable moved) {
        bandStrip.getStyleClass().add("groups-strip");
        bandStrip.setManaged(false);
        bandStrip.setMouseTransparent(true);

        bandLabel.getStyleClass().add(Styles.GROUPS_BAND);
        bandLabel.setId("groups-band");
        bandLabel.setMouseTransparent(true);
        bandLabel.setAccessibleText(Messages.get("map.groups.accessible"));
        legend = new MapLegend(state);
        StackPane.setAlignment(legend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legend, new Insets(MapRoom.LEGEND_INSET));
        controls = new MapControls(zoomIn, zoomOut, fit);
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);
        StackPane.setMargin(controls, new Insets(12));
        hint.getStyleClass().add("map-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(state.selectedActorProperty().isNull().and(state.selectedLinkProperty().isNull())
                .and(state.presentingProperty().not()).and(state.kioskProperty().not()));
        StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
        StackPane.setMargin(hint, new Insets(12));
        nodes = List.of(hint, legend, controls, bandLabel);
        // Names keep clear of the chrome where it is now: when it moves after the names were
        // placed, they are placed again.
        for (Region node : List.of(hint, legend, controls)) {
            node.boundsInParentProperty().addListener((obs, was, now) -> moved.run());
        }
    }

    /** What goes over the map's viewport, bottom to top: outside the marks' layer, so at the window's text size. */
    List<Node> overlays() {
        return List.of(hint, legend, controls);
    }

    /** The band's ground, which lies on the map under the chips. */
    Region bandStrip() {
        return bandStrip;
    }

    /** The band's label, which lies on the map over the chips' strip and grows with them. */
    Label bandLabel() {
        return bandLabel;
    }

    MapLegend legend() {
        return legend;
    }

    /** The chrome where it shows, as boxes (minX, minY, maxX, maxY) that names keep clear of. */
    List<double[]> boxes() {
        List<double[]> boxes = new ArrayList<>(3);
        for (Region node : nodes) {
            if (node.isVisible() && node.getWidth() > 0 && node.getOpacity() > 0) {
                Bounds b = node.getBoundsInParent();
                boxes.add(new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()});
            }
        }
        return boxes;
    }

    /** Shows or hides the groups band, its ground {@code height} high and its label at {@code labelTop}, {@code inset}. */
    void showBand(boolean shown, double width, double height, double labelTop, double inset) {
        bandLabel.setVisible(shown);
        bandStrip.setVisible(shown);
        bandStrip.resizeRelocate(0, 0, width, height);
        bandLabel.relocate(inset, labelTop);
    }
}
