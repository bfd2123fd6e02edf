package org.stancemap.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.stancemap.ui.state.AppState;

/**
 * Keeps the map a map when the window is short of room (a small screen, large text): the side
 * panel stops taking the map's width and slides over it as a sheet while something is chosen,
 * and the article drawer closes, before the map would have to shrink its geography. When room
 * returns they come back as they were, unless the reader opened or closed the drawer meanwhile.
 */
final class MapRoom {

    /** The least map beside a docked panel, in pixels at the normal text size. */
    static final double MIN_MAP_WIDTH = 560;
    /** The least map above the article drawer, in pixels at the normal text size. */
    static final double MIN_MAP_HEIGHT = 400;
    /** The share of the height the map keeps above an open drawer (MainView's first divider position). */
    private static final double MAP_SHARE = 0.74;

    private static final String SHEET = "side-sheet";

    private final ReadOnlyBooleanWrapper sheet = new ReadOnlyBooleanWrapper(this, "sheet", false);
    private boolean readerClosedForRoom;
    private boolean adjusting;

    /** Whether the panel would leave the map too narrow beside it in a window {@code width} wide. */
    static boolean panelAsSheet(double width, double uiScale) {
        return (width - MainView.sidePanelWidth(width, uiScale, false)) / uiScale < MIN_MAP_WIDTH;
    }

    /** Whether an open article drawer would leave the map too short in a window {@code height} high. */
    static boolean readerYields(double height, double uiScale) {
        return (height - StartSketch.headerHeight(uiScale)) * MAP_SHARE / uiScale < MIN_MAP_HEIGHT;
    }

    MapRoom(AppState state, Region window, BorderPane mapArea, StackPane mapStack, Region side) {
        StackPane.setAlignment(side, Pos.CENTER_RIGHT);
        Runnable check = () -> {
            if (window.getWidth() <= 0 || window.getHeight() <= 0) {
                return;
            }
            boolean asSheet = panelAsSheet(window.getWidth(), state.uiScale());
            if (asSheet != sheet.get()) {
                sheet.set(asSheet);
                if (asSheet) {
                    mapArea.setRight(null);
                    side.getStyleClass().add(SHEET);
                    side.setMaxWidth(Region.USE_PREF_SIZE);
                    mapStack.getChildren().add(side);
                } else {
                    mapStack.getChildren().remove(side);
                    side.getStyleClass().remove(SHEET);
                    side.setMaxWidth(Region.USE_COMPUTED_SIZE);
                    mapArea.setRight(side);
                }
            }
            fitReader(state, readerYields(window.getHeight(), state.uiScale()));
        };
        window.widthProperty().addListener((obs, was, now) -> check.run());
        window.heightProperty().addListener((obs, was, now) -> check.run());
        state.uiScaleProperty().addListener((obs, was, now) -> check.run());
        state.readerShownProperty().addListener((obs, was, now) -> {
            if (!adjusting) {
                readerClosedForRoom = false;
            }
        });
        check.run();
    }

    private void fitReader(AppState state, boolean short_) {
        if (state.isPresenting()) {
            return;
        }
        adjusting = true;
        try {
            if (short_ && state.readerShownProperty().get() && !readerClosedForRoom) {
                state.panels().showReader(false);
                readerClosedForRoom = true;
            } else if (!short_ && readerClosedForRoom) {
                state.panels().showReader(true);
                readerClosedForRoom = false;
            }
        } finally {
            adjusting = false;
        }
    }

    /**
     * How much of the map's right edge the sheet covers (0 while it is docked or hidden), from the
     * width it is given rather than the one it has: asked the moment something is chosen, the
     * sheet has not been laid out yet.
     */
    static java.util.function.DoubleSupplier sheetCover(MapRoom room, Region side) {
        return () -> room.sheet.get() && side.isVisible() ? side.getPrefWidth() : 0;
    }

    /** True while the side panel is a sheet over the map rather than beside it. */
    ReadOnlyBooleanProperty sheetProperty() {
        return sheet.getReadOnlyProperty();
    }
}
