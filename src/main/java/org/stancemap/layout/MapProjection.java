package org.stancemap.layout;

import java.util.Optional;

/**
 * Equirectangular projection with a broken scale: east of {@link #BREAK_LONGITUDE} (the Urals)
 * longitudes are compressed, so Western Europe gets room while Russia's Pacific coast stays in
 * the same frame. Map units: ten per degree of latitude, north up.
 */
public final class MapProjection {

    public static final double BREAK_LONGITUDE = 50;
    public static final double EAST_COMPRESSION = 0.22;
    private static final double UNITS_PER_DEGREE = 10;
    private static final double PARALLEL_SCALE = Math.cos(Math.toRadians(50));

    public Point project(double latitude, double longitude) {
        return new Point(squeeze(longitude) * PARALLEL_SCALE * UNITS_PER_DEGREE, (90 - latitude) * UNITS_PER_DEGREE);
    }

    /**
     * The latitude and longitude at a map point, as a place without a name, rounded to a hundredth
     * of a degree (about a kilometre); empty where the point is off the projection's bounds, beyond
     * the poles or the date line, where no file may put a place.
     */
    public Optional<org.stancemap.model.Place> placeAt(Point point) {
        double latitude = 90 - point.y() / UNITS_PER_DEGREE;
        double squeezed = point.x() / (PARALLEL_SCALE * UNITS_PER_DEGREE);
        double longitude = squeezed <= BREAK_LONGITUDE ? squeezed
                : BREAK_LONGITUDE + (squeezed - BREAK_LONGITUDE) / EAST_COMPRESSION;
        if (!inBounds(latitude, longitude)) {
            return Optional.empty();
        }
        return Optional.of(new org.stancemap.model.Place("", hundredth(latitude), hundredth(longitude)));
    }

    /** Whether a latitude and longitude lie on the map: −90 to 90 and −180 to 180, as the file format allows. */
    public static boolean inBounds(double latitude, double longitude) {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }

    private static double hundredth(double degrees) {
        return Math.round(degrees * 100) / 100.0;
    }

    /** The y of a parallel. */
    public double yOfLatitude(double latitude) {
        return (90 - latitude) * UNITS_PER_DEGREE;
    }

    /** The x of a meridian, for drawing where the scale breaks. */
    public double xOfLongitude(double longitude) {
        return squeeze(longitude) * PARALLEL_SCALE * UNITS_PER_DEGREE;
    }

    private static double squeeze(double longitude) {
        return longitude <= BREAK_LONGITUDE ? longitude
                : BREAK_LONGITUDE + (longitude - BREAK_LONGITUDE) * EAST_COMPRESSION;
    }
}
