package org.stancemap.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.transform.Affine;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.Point;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.theme.Styles;

/**
 * The land under the actors: every country as a quiet shape, and an extra tinted shape for each
 * country that is itself an actor, so a state reads as its territory. Drawn once in map units and
 * scaled by a transform, so panning and zooming never rebuild it.
 */
final class LandLayer extends Group {

    private final Affine transform = new Affine();
    private final Group countries = new Group();
    private final Group actorTerritories = new Group();
    private final Map<String, Path> outlineByName = new HashMap<>();

    LandLayer(WorldOutline world, MapProjection projection) {
        getTransforms().add(transform);
        getChildren().addAll(countries, actorTerritories);
        setMouseTransparent(true);
        for (CountryOutline country : world.countries()) {
            Path path = toPath(country.rings(), projection);
            path.getStyleClass().add(Styles.LAND);
            countries.getChildren().add(path);
            outlineByName.put(country.name().toLowerCase(Locale.ROOT), path);
        }
    }

    private static Path toPath(List<double[]> rings, MapProjection projection) {
        Path path = new Path();
        List<PathElement> elements = path.getElements();
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                Point p = projection.project(ring[i + 1], ring[i]);
                elements.add(i == 0 ? new MoveTo(p.x(), p.y()) : new LineTo(p.x(), p.y()));
            }
            elements.add(new ClosePath());
        }
        return path;
    }

    /** A tinted copy of the named country for a state actor, or null when the map has no such country. */
    Path addTerritory(String countryName, String blocClass) {
        Path outline = outlineByName.get(countryName.toLowerCase(Locale.ROOT));
        if (outline == null) {
            return null;
        }
        Path territory = new Path(outline.getElements());
        territory.getStyleClass().addAll(Styles.LAND_ACTOR, blocClass);
        actorTerritories.getChildren().add(territory);
        return territory;
    }

    void clearTerritories() {
        actorTerritories.getChildren().clear();
    }

    /** Keeps borders one pixel wide whatever the zoom. */
    void setView(double zoom, double offsetX, double offsetY) {
        transform.setToTransform(zoom, 0, offsetX, 0, zoom, offsetY);
        double stroke = 1.0 / zoom;
        countries.getChildren().forEach(n -> ((Path) n).setStrokeWidth(stroke));
    }
}
