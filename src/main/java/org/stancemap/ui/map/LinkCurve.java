package org.stancemap.ui.map;

import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Shape;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.ui.theme.Styles;

/**
 * A link between two positions, drawn as a curve between the actors who hold them. The kinds differ
 * in line style and marker as well as colour: opposing links end in bars, supporting links in dots,
 * and a response is dotted with an arrow at the position it answers.
 */
final class LinkCurve extends Group {

    private static final double MARKER_SIZE = 7;

    private final Link link;
    private final QuadCurve path = new QuadCurve();
    private final QuadCurve hit = new QuadCurve();
    private final Shape startMarker;
    private final Shape endMarker;

    LinkCurve(Link link, String accessibleText) {
        this.link = link;
        getStyleClass().addAll(Styles.LINK, link.kind().jsonName());
        setId("link-" + link.id());
        path.getStyleClass().add(Styles.LINK_PATH);
        hit.getStyleClass().add(Styles.LINK_HIT);
        path.setMouseTransparent(true);
        startMarker = marker(link.kind(), false);
        endMarker = marker(link.kind(), true);
        getChildren().addAll(path, hit);
        if (startMarker != null) {
            getChildren().add(startMarker);
        }
        getChildren().add(endMarker);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(accessibleText);
    }

    private static Shape marker(LinkKind kind, boolean atEnd) {
        Shape shape = switch (kind) {
            case OPPOSES -> new Line();
            case SUPPORTS -> new Circle(4.5);
            case RESPONDS_TO -> atEnd ? new Polygon() : null;
        };
        if (shape != null) {
            shape.getStyleClass().add(Styles.LINK_MARKER);
            shape.setMouseTransparent(true);
        }
        return shape;
    }

    Link link() {
        return link;
    }

    /**
     * Draws the curve from disc centre {@code (ax, ay)} to {@code (bx, by)}, bowed sideways by
     * {@code bend} pixels, with markers where it meets the discs' edges.
     */
    void update(double ax, double ay, double bx, double by, double bend, double endInset) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = Math.max(1, Math.hypot(dx, dy));
        double cx = (ax + bx) / 2 - dy / length * bend;
        double cy = (ay + by) / 2 + dx / length * bend;
        setCurve(path, ax, ay, cx, cy, bx, by);
        setCurve(hit, ax, ay, cx, cy, bx, by);
        double t0 = Math.min(0.45, endInset / length);
        placeMarker(startMarker, ax, ay, cx, cy, bx, by, t0);
        placeMarker(endMarker, ax, ay, cx, cy, bx, by, 1 - t0);
    }

    private static void setCurve(QuadCurve curve, double ax, double ay, double cx, double cy, double bx, double by) {
        curve.setStartX(ax);
        curve.setStartY(ay);
        curve.setControlX(cx);
        curve.setControlY(cy);
        curve.setEndX(bx);
        curve.setEndY(by);
    }

    private static void placeMarker(Shape marker, double ax, double ay, double cx, double cy, double bx, double by,
                                    double t) {
        if (marker == null) {
            return;
        }
        double u = 1 - t;
        double px = u * u * ax + 2 * u * t * cx + t * t * bx;
        double py = u * u * ay + 2 * u * t * cy + t * t * by;
        double tx = 2 * u * (cx - ax) + 2 * t * (bx - cx);
        double ty = 2 * u * (cy - ay) + 2 * t * (by - cy);
        double tl = Math.max(1e-6, Math.hypot(tx, ty));
        tx /= tl;
        ty /= tl;
        if (marker instanceof Line bar) {
            bar.setStartX(px - ty * MARKER_SIZE);
            bar.setStartY(py + tx * MARKER_SIZE);
            bar.setEndX(px + ty * MARKER_SIZE);
            bar.setEndY(py - tx * MARKER_SIZE);
        } else if (marker instanceof Circle dot) {
            dot.setCenterX(px);
            dot.setCenterY(py);
        } else if (marker instanceof Polygon arrow) {
            double backX = px - tx * MARKER_SIZE * 1.6;
            double backY = py - ty * MARKER_SIZE * 1.6;
            arrow.getPoints().setAll(px, py,
                    backX - ty * MARKER_SIZE, backY + tx * MARKER_SIZE,
                    backX + ty * MARKER_SIZE, backY - tx * MARKER_SIZE);
        }
    }
}
