package org.stancemap.ui.map;

import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Affine;
import org.stancemap.layout.LandPaths;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.theme.Styles;

/**
 * The land under the actors: every country as a quiet shape, and an extra tinted shape for each
 * country that is itself an actor, so a state reads as its territory. Drawn once in map units and
 * scaled by a transform, so panning and zooming never rebuild it.
 */
final class LandLayer extends Group {

    private final Affine transform = new Affine();
    /** Every country in one shape: borders are its stroke, and one node styles and draws far faster than 177. */
    private final SVGPath countries = new SVGPath();
    private final Group actorTerritories = new Group();
    private final LandPaths paths;

    LandLayer(WorldOutline world) {
        getTransforms().add(transform);
        getChildren().addAll(countries, actorTerritories);
        setMouseTransparent(true);
        paths = LandPaths.of(world);
        countries.setContent(paths.all());
        countries.getStyleClass().add(Styles.LAND);
    }

    /**
     * A layer whose outline the toolkit has already parsed (asking for its bounds parses the path
     * text, and the drawn copy reuses that), so that the thread that makes it does that work.
     */
    static LandLayer parsed(WorldOutline world) {
        LandLayer layer = new LandLayer(world);
        layer.countries.getBoundsInLocal();
        return layer;
    }

    /** A tinted copy of the named country for a state actor, or null when the map has no such country. */
    SVGPath addTerritory(String countryName, String blocClass) {
        String outline = paths.byName().get(countryName.toLowerCase(Locale.ROOT));
        if (outline == null) {
            return null;
        }
        SVGPath territory = new SVGPath();
        territory.setContent(outline);
        territory.getStyleClass().addAll(Styles.LAND_ACTOR, blocClass);
        actorTerritories.getChildren().add(territory);
        return territory;
    }

    void clearTerritories() {
        actorTerritories.getChildren().clear();
    }

    /** Keeps borders one pixel wide whatever the zoom. */
    void setView(double zoom, double offsetX, double offsetY) {
        double scale = zoom / LandPaths.UNITS;
        transform.setToTransform(scale, 0, offsetX, 0, scale, offsetY);
        double stroke = 1.0 / scale;
        countries.setStrokeWidth(stroke);
    }
}
