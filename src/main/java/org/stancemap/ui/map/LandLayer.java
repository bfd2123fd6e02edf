package org.stancemap.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.SVGPath;
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
    /** Every country in one shape: borders are its stroke, and one node styles and draws far faster than 177. */
    private final SVGPath countries = new SVGPath();
    private final Group actorTerritories = new Group();
    private final Map<String, String> outlineByName = new HashMap<>();

    LandLayer(WorldOutline world, MapProjection projection) {
        getTransforms().add(transform);
        getChildren().addAll(countries, actorTerritories);
        setMouseTransparent(true);
        StringBuilder all = new StringBuilder();
        for (CountryOutline country : world.countries()) {
            String outline = svgPath(country.rings(), projection);
            all.append(outline);
            outlineByName.put(country.name().toLowerCase(Locale.ROOT), outline);
        }
        countries.setContent(all.toString());
        countries.getStyleClass().add(Styles.LAND);
    }

    /**
     * A country as an SVG path string rather than a {@code Path} of elements: the world's twenty
     * thousand points as objects with properties took a fifth of the time to the first frame.
     */
    private static String svgPath(List<double[]> rings, MapProjection projection) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                Point p = projection.project(ring[i + 1], ring[i]);
                d.append(i == 0 ? 'M' : 'L');
                appendRounded(d, p.x());
                d.append(' ');
                appendRounded(d, p.y());
            }
            d.append('Z');
        }
        return d.toString();
    }

    /** Hundredths of a map unit: far finer than a pixel at the deepest zoom, and never in exponent form. */
    private static void appendRounded(StringBuilder d, double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths < 0) {
            d.append('-');
            hundredths = -hundredths;
        }
        d.append(hundredths / 100).append('.');
        long fraction = hundredths % 100;
        if (fraction < 10) {
            d.append('0');
        }
        d.append(fraction);
    }

    /** A tinted copy of the named country for a state actor, or null when the map has no such country. */
    SVGPath addTerritory(String countryName, String blocClass) {
        String outline = outlineByName.get(countryName.toLowerCase(Locale.ROOT));
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
        transform.setToTransform(zoom, 0, offsetX, 0, zoom, offsetY);
        double stroke = 1.0 / zoom;
        countries.setStrokeWidth(stroke);
    }
}
