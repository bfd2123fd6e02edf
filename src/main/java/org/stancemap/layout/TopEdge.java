package org.stancemap.layout;

/**
 * Keeps a link's bow inside the top of the view. A link between two chips of the groups band, or
 * from a chip down to the map, bowed upwards past the view's top edge and was cut there. A bow that
 * would leave the view is turned to the chord's other side, which always fits: its control point
 * was above both ends, so the turned one is below both, and a quadratic curve stays within the
 * hull of its ends and control point. Links with an end above the edge are left as they are.
 */
final class TopEdge {

    private TopEdge() {
    }

    /** The control point for a curve from {@code a} to {@code b} whose highest point stays at or below {@code top}. */
    static Point keepBelow(Point a, Point control, Point b, double top) {
        if (a.y() < top || b.y() < top || highest(a, control, b) >= top) {
            return control;
        }
        return new Point(a.x() + b.x() - control.x(), a.y() + b.y() - control.y());
    }

    /** The smallest y a quadratic curve reaches (screen y grows downwards, so this is its top). */
    static double highest(Point a, Point control, Point b) {
        double top = Math.min(a.y(), b.y());
        double denominator = a.y() - 2 * control.y() + b.y();
        if (Math.abs(denominator) > 1e-9) {
            double t = (a.y() - control.y()) / denominator;
            if (t > 0 && t < 1) {
                double u = 1 - t;
                top = Math.min(top, u * u * a.y() + 2 * u * t * control.y() + t * t * b.y());
            }
        }
        return top;
    }
}
