package org.stancemap.ui.present;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stancemap.tour.ScreenArea;
import org.stancemap.tour.ScreenPlan;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * Puts the main window full screen on the projector while presenting, without window chrome, and
 * the console on the other display when there is one; restores the window afterwards. Which
 * display is the projector can be chosen and is remembered.
 */
public final class PresentationStage {

    private final AppState state;
    private final Stage stage;
    private final Supplier<List<String>> stylesheets;
    private Stage consoleStage;
    private Rectangle2D restoreBounds;

    public PresentationStage(AppState state, Stage stage, Supplier<List<String>> stylesheets) {
        this.state = state;
        this.stage = stage;
        this.stylesheets = stylesheets;
        stage.setFullScreenExitHint("");
        // Esc ends the presentation (a key of the tour), not only the full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        state.presentingProperty().addListener((obs, was, now) -> {
            if (state.isKiosk()) {
                return; // the kiosk keeps its window full screen whatever is shown
            }
            if (now) {
                enter();
            } else {
                leave();
            }
        });
        // If the window manager or the user drops full screen, the presentation ends with it.
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now && state.isPresenting()) {
                state.stopPresenting();
            }
        });
    }

    /** The displays JavaFX reports, as plain areas the plan can choose from. */
    public static List<ScreenArea> screens() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream().map(s -> {
            Rectangle2D b = s.getBounds();
            return new ScreenArea(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), s.equals(primary));
        }).toList();
    }

    private void enter() {
        List<Screen> screens = Screen.getScreens();
        int chosen = state.projectorProperty().get();
        ScreenPlan plan = ScreenPlan.choose(screens(), chosen < 0 ? OptionalInt.empty() : OptionalInt.of(chosen));
        restoreBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Rectangle2D projector = screens.get(plan.projector()).getBounds();
        stage.setMaximized(false);
        stage.setX(projector.getMinX());
        stage.setY(projector.getMinY());
        stage.setWidth(projector.getWidth());
        stage.setHeight(projector.getHeight());
        stage.setFullScreen(true);
        plan.console().ifPresent(index -> openConsole(screens.get(index)));
    }

    private void openConsole(Screen screen) {
        ConsoleView console = new ConsoleView(state, Clock.systemUTC());
        StackPane root = new StackPane(console);
        root.getStyleClass().add("console-window");
        Scene scene = new Scene(root, 900, 700);
        scene.getStylesheets().setAll(stylesheets.get());
        consoleStage = new Stage();
        consoleStage.initOwner(stage);
        consoleStage.setTitle(Messages.get("console.title"));
        Rectangle2D bounds = screen.getVisualBounds();
        consoleStage.setX(bounds.getMinX());
        consoleStage.setY(bounds.getMinY());
        consoleStage.setWidth(bounds.getWidth());
        consoleStage.setHeight(bounds.getHeight());
        consoleStage.setScene(scene);
        // Maximized on its display: some window managers (openbox) show a plain JavaFX 21 window
        // at 200×200 whatever size it asks for.
        consoleStage.setMaximized(true);
        consoleStage.setOnCloseRequest(e -> consoleStage = null);
        // Keys pressed while the console has focus drive the tour too.
        scene.addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (stage.getScene() != null && e.getTarget() != stage.getScene()) {
                stage.getScene().getRoot().fireEvent(e.copyFor(stage.getScene().getRoot(), stage.getScene().getRoot()));
                e.consume();
            }
        });
        consoleStage.show();
        console.restartTimer();
        stage.requestFocus();
    }

    private void leave() {
        if (consoleStage != null) {
            consoleStage.close();
            consoleStage = null;
        }
        stage.setFullScreen(false);
        if (restoreBounds != null) {
            stage.setX(restoreBounds.getMinX());
            stage.setY(restoreBounds.getMinY());
            stage.setWidth(restoreBounds.getWidth());
            stage.setHeight(restoreBounds.getHeight());
        }
        stage.setMaximized(true);
    }
}
