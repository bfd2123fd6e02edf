package org.stancemap.ui.dialog;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps a dialog shown at start-up centred on its window, title bar on screen. A window manager
 * still placing the window that owns it (openbox while it maximizes the main window) moves a dialog
 * shown then to the screen's corner with its title bar above the top edge; this puts it back.
 */
public final class CentredOnOwner {

    private CentredOnOwner() {
    }

    /** Call before {@code dialog} is shown, after its owner is set. */
    public static void keep(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        ChangeListener<Number> moved = (obs, was, now) -> {
            if (titleBarOffScreen(window)) {
                Platform.runLater(() -> centre(window, dialog.getOwner()));
            }
        };
        window.yProperty().addListener(moved);
        window.addEventHandler(WindowEvent.WINDOW_SHOWN,
                e -> Platform.runLater(() -> centre(window, dialog.getOwner())));
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> window.yProperty().removeListener(moved));
    }

    private static boolean titleBarOffScreen(Window window) {
        Rectangle2D screen = screenOf(window);
        return window.getY() < screen.getMinY();
    }

    private static void centre(Window window, Window owner) {
        if (!window.isShowing() || window.getWidth() <= 0) {
            return;
        }
        Rectangle2D around = owner != null && owner.isShowing() && owner.getWidth() > 0
                ? new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                : screenOf(window);
        Rectangle2D screen = screenOf(window);
        double x = around.getMinX() + (around.getWidth() - window.getWidth()) / 2;
        double y = around.getMinY() + (around.getHeight() - window.getHeight()) / 2;
        window.setX(Math.max(screen.getMinX(), x));
        window.setY(Math.max(screen.getMinY(), y));
    }

    private static Rectangle2D screenOf(Window window) {
        return Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                        Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
    }
}
