package org.stancemap.layout;

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

    /** The x of a meridian, for drawing where the scale breaks. */
    public double xOfLongitude(double longitude) {
        return squeeze(longitude) * PARALLEL_SCALE * UNITS_PER_DEGREE;
    }

    private static double squeeze(double longitude) {
        return longitude <= BREAK_LONGITUDE ? longitude
                : BREAK_LONGITUDE + (longitude - BREAK_LONGITUDE) * EAST_COMPRESSION;
    }
}
