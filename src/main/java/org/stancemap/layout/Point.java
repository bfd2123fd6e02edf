package org.stancemap.layout;

/** A position in map units or screen pixels, depending on where it is used. */
public record Point(double x, double y) {

    // Written out: a record's generated equals and hashCode link method handles on their first
    // call, work that showed at start-up, where placing the map compares points (bench/README.md,
    // "Start-up"). Same meaning: coordinates compared as Double.compare does.
    @Override
    public boolean equals(Object other) {
        return other instanceof Point p && Double.compare(x, p.x) == 0 && Double.compare(y, p.y) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(x) + Double.hashCode(y);
    }

    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    /** The point a fraction {@code t} of the way from this one to {@code other}. */
    public Point towards(Point other, double t) {
        return new Point(x + (other.x - x) * t, y + (other.y - y) * t);
    }
}
