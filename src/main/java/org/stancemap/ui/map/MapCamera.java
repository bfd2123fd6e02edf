package org.stancemap.ui.map;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.stancemap.layout.Point;

/**
 * Which part of the map is in view: the map point at the centre of the viewport and the zoom
 * (screen pixels per map unit). Moves can be animated or, with reduced motion, cut.
 */
final class MapCamera {

    static final double MIN_ZOOM = 0.3;
    static final double MAX_ZOOM = 40;
    private static final Duration FLIGHT = Duration.millis(350);

    private final DoubleProperty centerX = new SimpleDoubleProperty(this, "centerX");
    private final DoubleProperty centerY = new SimpleDoubleProperty(this, "centerY");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ReadOnlyLongWrapper moves = new ReadOnlyLongWrapper(this, "moves");
    private Timeline flight;

    DoubleProperty centerXProperty() {
        return centerX;
    }

    DoubleProperty centerYProperty() {
        return centerY;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    double zoom() {
        return zoom.get();
    }

    /**
     * Counts the camera's moves: a pan, a zoom, a cut or a frame of a flight adds one once the
     * centre and the zoom are all set, so the map is laid out once per move, never for a centre
     * half moved. A move to where the camera already is counts for nothing.
     */
    ReadOnlyLongProperty movesProperty() {
        return moves.getReadOnlyProperty();
    }

    private void set(double x, double y, double newZoom) {
        boolean moved = x != centerX.get() || y != centerY.get() || newZoom != zoom.get();
        centerX.set(x);
        centerY.set(y);
        zoom.set(newZoom);
        if (moved) {
            moves.set(moves.get() + 1);
        }
    }

    /** Screen offset of map point (0, 0) for a viewport of the given size. */
    double offsetX(double viewportWidth) {
        return viewportWidth / 2 - centerX.get() * zoom.get();
    }

    double offsetY(double viewportHeight) {
        return viewportHeight / 2 - centerY.get() * zoom.get();
    }

    Point toMap(double screenX, double screenY, double viewportWidth, double viewportHeight) {
        return new Point((screenX - offsetX(viewportWidth)) / zoom.get(), (screenY - offsetY(viewportHeight)) / zoom.get());
    }

    void panBy(double dxScreen, double dyScreen) {
        stop();
        set(centerX.get() - dxScreen / zoom.get(), centerY.get() - dyScreen / zoom.get(), zoom.get());
    }

    /** Zooms by {@code factor}, keeping the map point under the given screen position where it is. */
    void zoomAt(double factor, double screenX, double screenY, double viewportWidth, double viewportHeight) {
        stop();
        Point anchor = toMap(screenX, screenY, viewportWidth, viewportHeight);
        double next = clamp(zoom.get() * factor);
        set(anchor.x() - (screenX - viewportWidth / 2) / next, anchor.y() - (screenY - viewportHeight / 2) / next, next);
    }

    void moveTo(double x, double y, double newZoom, boolean animate) {
        stop();
        double target = clamp(newZoom);
        if (!animate) {
            set(x, y, target);
            return;
        }
        double fromX = centerX.get();
        double fromY = centerY.get();
        double fromZoom = zoom.get();
        // One eased fraction moves all three together, as three eased values would, one move a frame.
        DoubleProperty fraction = new SimpleDoubleProperty(0);
        fraction.addListener((obs, was, now) -> {
            double f = now.doubleValue();
            set(fromX + (x - fromX) * f, fromY + (y - fromY) * f, fromZoom + (target - fromZoom) * f);
        });
        flight = new Timeline(new KeyFrame(FLIGHT, new KeyValue(fraction, 1, Interpolator.EASE_BOTH)));
        flight.play();
    }

    void stop() {
        if (flight != null) {
            flight.stop();
            flight = null;
        }
    }

    static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
