package org.stancemap.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.stancemap.layout.ScreenScale;
import org.stancemap.ui.state.AppState;

/**
 * Tells the window's state how much larger its screen asks the interface to be: a 3840×2160
 * screen at 100 % system scaling shows 13-pixel text at a quarter of the size the same text has
 * on a laptop. Follows the window from screen to screen.
 */
final class ScreenWatch {

    private ScreenWatch() {
    }

    static void install(Window window, AppState state) {
        Runnable update = () -> state.preferences().setScreenScale(scaleFor(window));
        window.xProperty().addListener((obs, was, now) -> update.run());
        window.yProperty().addListener((obs, was, now) -> update.run());
        window.widthProperty().addListener((obs, was, now) -> update.run());
        window.showingProperty().addListener((obs, was, now) -> update.run());
        update.run();
    }

    private static double scaleFor(Window window) {
        double x = window.getX() + Math.max(1, window.getWidth()) / 2;
        double y = window.getY() + Math.max(1, window.getHeight()) / 2;
        Screen screen = Screen.getScreensForRectangle(x, y, 1, 1).stream().findFirst().orElse(Screen.getPrimary());
        Rectangle2D bounds = screen.getBounds();
        return ScreenScale.window(bounds.getWidth(), bounds.getHeight());
    }
}
