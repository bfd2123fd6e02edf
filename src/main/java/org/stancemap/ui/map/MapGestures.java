package org.stancemap.ui.map;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;

/** Pan by dragging, zoom with the wheel or a pinch; a click on empty map clears the selection. */
final class MapGestures {

    private double lastX;
    private double lastY;
    private boolean dragging;

    MapGestures(Pane surface, MapCamera camera, Runnable onUserMove, Runnable onEmptyClick) {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                lastX = e.getX();
                lastY = e.getY();
                dragging = false;
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!e.isPrimaryButtonDown()) {
                return;
            }
            double dx = e.getX() - lastX;
            double dy = e.getY() - lastY;
            if (!dragging && Math.hypot(dx, dy) < 3) {
                return;
            }
            dragging = true;
            surface.setCursor(Cursor.CLOSED_HAND);
            camera.panBy(dx, dy);
            onUserMove.run();
            lastX = e.getX();
            lastY = e.getY();
        });
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> surface.setCursor(Cursor.DEFAULT));
        surface.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !dragging) {
                onEmptyClick.run();
            }
        });
        surface.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0 || e.isInertia()) {
                return;
            }
            double factor = Math.pow(1.0015, e.getDeltaY());
            camera.zoomAt(factor, e.getX(), e.getY(), surface.getWidth(), surface.getHeight());
            onUserMove.run();
            e.consume();
        });
        surface.addEventHandler(ZoomEvent.ZOOM, e -> {
            camera.zoomAt(e.getZoomFactor(), e.getX(), e.getY(), surface.getWidth(), surface.getHeight());
            onUserMove.run();
            e.consume();
        });
    }
}
