package org.stancemap.ui.map;

import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Shape;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.ui.theme.Styles;

/**
 * A link between two positions, drawn as a curve between the actors who hold them. The kinds differ
 * in dash and marks as well as colour, so they read in greyscale and where the ends hide under
 * badges: opposing links are solid with a bar across the middle and at both ends, supporting links
 * dashed with a dot in the middle and at both ends, and a response dash-dotted with an arrow in the
 * middle and at the position it answers.
 */
final class LinkCurve extends Group {

    private static final double MARKER_SIZE = 7;

    private final Link link;
    private final QuadCurve path = new QuadCurve();
    private final QuadCurve hit = new QuadCurve();
    private final Shape startMarker;
    private final Shape endMarker;
    private final Shape middleMarker;

    LinkCurve(Link link, String accessibleText) {
        this.link = link;
        getStyleClass().addAll(Styles.LINK, link.kind().jsonName());
        setId("link-" + link.id());
        path.getStyleClass().add(Styles.LINK_PATH);
        hit.getStyleClass().add(Styles.LINK_HIT);
        path.setMouseTransparent(true);
        startMarker = marker(link.kind(), false);
        endMarker = marker(link.kind(), true);
        middleMarker = marker(link.kind(), true);
        middleMarker.getStyleClass().add(Styles.LINK_MIDDLE);
        getChildren().addAll(path, hit, middleMarker);
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

    /** Draws the curve with markers where it meets the discs' edges ({@code endInset} from their centres) and in its middle. */
    void update(MapScene.Curve curve, double endInset) {
        update(curve, endInset, 1);
    }

    /** As {@link #update(MapScene.Curve, double)}, with marks {@code markScale} times their normal size. */
    void update(MapScene.Curve curve, double endInset, double markScale) {
        Point a = curve.a();
        Point c = curve.control();
        Point b = curve.b();
        setCurve(path, a.x(), a.y(), c.x(), c.y(), b.x(), b.y());
        setCurve(hit, a.x(), a.y(), c.x(), c.y(), b.x(), b.y());
        double t0 = Math.min(0.45, endInset / Math.max(1, curve.chord()));
        placeMarker(startMarker, curve, t0, markScale);
        placeMarker(endMarker, curve, 1 - t0, markScale);
        placeMarker(middleMarker, curve, 0.5, 1.3 * markScale);
    }

    /** A straight sample of the link, as the legend shows it. */
    void updateStraight(double ax, double ay, double bx, double by, double endInset) {
        update(new MapScene.Curve(null, new Point(ax, ay), new Point((ax + bx) / 2, (ay + by) / 2), new Point(bx, by)),
                endInset);
    }

    private static void setCurve(QuadCurve curve, double ax, double ay, double cx, double cy, double bx, double by) {
        curve.setStartX(ax);
        curve.setStartY(ay);
        curve.setControlX(cx);
        curve.setControlY(cy);
        curve.setEndX(bx);
        curve.setEndY(by);
    }

    private static void placeMarker(Shape marker, MapScene.Curve curve, double t, double scale) {
        if (marker == null) {
            return;
        }
        Point p = curve.pointAt(t);
        Point d = curve.directionAt(t);
        double px = p.x();
        double py = p.y();
        double tx = d.x();
        double ty = d.y();
        double size = MARKER_SIZE * scale;
        if (marker instanceof Line bar) {
            bar.setStartX(px - ty * size);
            bar.setStartY(py + tx * size);
            bar.setEndX(px + ty * size);
            bar.setEndY(py - tx * size);
        } else if (marker instanceof Circle dot) {
            dot.setRadius(4.5 * scale);
            dot.setCenterX(px);
            dot.setCenterY(py);
        } else if (marker instanceof Polygon arrow) {
            // In the middle the arrow is centred on the point; at the end its tip touches the disc.
            double shift = marker.getStyleClass().contains(Styles.LINK_MIDDLE) ? size * 0.8 : 0;
            double tipX = px + tx * shift;
            double tipY = py + ty * shift;
            double backX = tipX - tx * size * 1.6;
            double backY = tipY - ty * size * 1.6;
            arrow.getPoints().setAll(tipX, tipY,
                    backX - ty * size, backY + tx * size,
                    backX + ty * size, backY - tx * size);
        }
    }
}
