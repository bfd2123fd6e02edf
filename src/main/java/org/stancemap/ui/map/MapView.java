package org.stancemap.ui.map;

import java.util.function.DoubleSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.stancemap.layout.MapScene;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Styles;

/**
 * The map as a control: land, actors at their places (or by camp in the Relations layout) and the
 * links between their positions. It holds what the rest of the window sets and reads (the room
 * overlays cover, the scene drawn, the marks' size) and the commands it answers (fit, zoom, focus);
 * {@link MapViewSkin} draws what {@link org.stancemap.layout.MapLayout} and
 * {@link org.stancemap.layout.MapScene} compute.
 */
public final class MapView extends Control {

    private final AppState state;
    private final MapLand land;
    /** How much of the view's bottom and right edge overlays cover (the tour's caption band, the console). */
    private final DoubleProperty coveredBelow = new SimpleDoubleProperty(this, "coveredBelow", 0);
    private final DoubleProperty coveredRight = new SimpleDoubleProperty(this, "coveredRight", 0);
    private final ReadOnlyObjectWrapper<MapScene> drawn = new ReadOnlyObjectWrapper<>(this, "drawn");
    private final ReadOnlyIntegerWrapper marksStep = new ReadOnlyIntegerWrapper(this, "marksStep", 100);
    private DoubleSupplier sheetCover = () -> 0;

    public MapView(AppState state, MapLand land) {
        this.state = state;
        this.land = land;
        getStyleClass().add(Styles.MAP);
        setId("map");
        setMinSize(0, 0);
        // The map's badges take the focus, not the map itself (a Control would by default).
        setFocusTraversable(false);
        setSkin(createDefaultSkin());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapViewSkin(this);
    }

    AppState state() {
        return state;
    }

    WorldOutline world() {
        return land.world();
    }

    MapLand land() {
        return land;
    }

    /** Height at the bottom of the view that an overlay covers (the tour's caption band), which framing keeps clear. */
    public DoubleProperty coveredBelowProperty() {
        return coveredBelow;
    }

    /** Width at the right of the view that an overlay covers (the presenter's console), kept clear too. */
    public DoubleProperty coveredRightProperty() {
        return coveredRight;
    }

    /**
     * How much of the view's right edge a sheet covers while something is chosen: the chosen
     * actor is brought into the part left in view, without reframing the map under the sheet.
     */
    public void setSheetCover(DoubleSupplier cover) {
        this.sheetCover = cover;
    }

    double sheetCover() {
        return sheetCover.getAsDouble();
    }

    /** What the map draws now, in the view's pixels: for pictures and tests. */
    public MapScene scene() {
        return drawn.get();
    }

    public ReadOnlyObjectProperty<MapScene> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    void setDrawn(MapScene scene) {
        drawn.set(scene);
    }

    /** The step the marks are drawn at (100 = normal); see {@link org.stancemap.layout.ScreenScale}. */
    public int marksStep() {
        return marksStep.get();
    }

    public ReadOnlyIntegerProperty marksStepProperty() {
        return marksStep.getReadOnlyProperty();
    }

    void setMarksStep(int step) {
        marksStep.set(step);
    }

    /** Frames every actor with its badge and label (during a tour, the step's actors). */
    public void fit(boolean animate) {
        skin().fit(animate);
    }

    public void zoomIn() {
        skin().zoomIn();
    }

    public void zoomOut() {
        skin().zoomOut();
    }

    /** Moves keyboard focus to the first actor on the map (west to east). */
    public void focusFirstActor() {
        skin().focusFirstActor();
    }

    private MapViewSkin skin() {
        return (MapViewSkin) getSkin();
    }
}
