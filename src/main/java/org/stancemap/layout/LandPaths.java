package org.stancemap.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;

/**
 * The world's land as SVG path text in map units times {@link #UNITS}, for the map to draw: every
 * country in one path, and each country's own by its name (lower case), for a state that is an
 * actor.
 *
 * @param all every country's rings, one after the other
 * @param byName each country's rings, by its name in lower case
 */
public record LandPaths(String all, Map<String, String> byName) {

    /** Path units per map unit: the outlines are in hundredths. */
    public static final double UNITS = 100;

    /** The paths of {@code world}'s land under the map's projection. */
    public static LandPaths of(WorldOutline world) {
        MapProjection projection = new MapProjection();
        StringBuilder all = new StringBuilder();
        Map<String, String> byName = new HashMap<>();
        for (CountryOutline country : world.countries()) {
            String outline = svgPath(country.rings(), projection);
            all.append(outline);
            byName.put(country.name().toLowerCase(Locale.ROOT), outline);
        }
        return new LandPaths(all.toString(), Map.copyOf(byName));
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
}
