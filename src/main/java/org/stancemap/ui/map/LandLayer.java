package org.stancemap.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Affine;
import org.stancemap.layout.MapProjection;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.theme.Styles;

/**
 * The land under the actors: every country as a quiet shape, and an extra tinted shape for each
 * country that is itself an actor, so a state reads as its territory. Drawn once in map units and
 * scaled by a transform, so panning and zooming never rebuild it.
 */
final class LandLayer extends Group {

    /** Path units per map unit: the outlines are in hundredths. */
    private static final double UNITS = 100;

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
     * Each ring starts at its first point and goes on by steps, in whole hundredths of a map unit
     * (far finer than a pixel at the deepest zoom): a third of the text of absolute decimals, so
     * about a third of the work for the toolkit's parser, which reads every number through a
     * string of its own. Whole numbers stay exact in the parser's floats.
     */
    private static String svgPath(List<double[]> rings, MapProjection projection) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : rings) {
            long lastX = 0;
            long lastY = 0;
            for (int i = 0; i < ring.length; i += 2) {
                long x = Math.round(projection.xOfLongitude(ring[i]) * UNITS);
                long y = Math.round(projection.yOfLatitude(ring[i + 1]) * UNITS);
                if (i == 0) {
                    d.append('M').append(x).append(' ').append(y);
                } else {
                    if (i == 2) {
                        d.append('l');
                    }
                    appendStep(d, x - lastX);
                    appendStep(d, y - lastY);
                }
                lastX = x;
                lastY = y;
            }
            d.append('Z');
        }
        return d.toString();
    }

    /** A number after the last: a minus sign parts the two, else a space. */
    private static void appendStep(StringBuilder d, long step) {
        if (step >= 0 && d.charAt(d.length() - 1) != 'l') {
            d.append(' ');
        }
        d.append(step);
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
        double scale = zoom / UNITS;
        transform.setToTransform(scale, 0, offsetX, 0, scale, offsetY);
        double stroke = 1.0 / scale;
        countries.setStrokeWidth(stroke);
    }
}
