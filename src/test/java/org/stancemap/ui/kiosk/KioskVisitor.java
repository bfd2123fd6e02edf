package org.stancemap.ui.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.stancemap.model.Actor;
import org.stancemap.ui.MainView;
import org.stancemap.ui.state.AppState;

/** A simulated kiosk visitor, for the tests that run many visits on the FX thread. */
final class KioskVisitor {

    private KioskVisitor() {
    }

    /**
     * A kiosk on the test's window, driven by {@code clock}, with its heartbeat and log in {@code dir};
     * call on the FX thread, and uninstall it when done.
     */
    static KioskController install(MainView view, AppState state, Stage stage, AtomicLong clock,
                                   java.nio.file.Path dir) {
        org.stancemap.kiosk.KioskConfig config = new org.stancemap.kiosk.KioskConfig(java.util.Optional.empty(),
                java.util.Optional.empty(), Duration.ofSeconds(90), Duration.ofSeconds(15), Duration.ofSeconds(12),
                java.util.Optional.empty(), dir.resolve("hb"), dir.resolve("log"));
        KioskController controller = new KioskController(state, config, clock::get, Runnable::run, () -> { },
                line -> { });
        view.getChildren().add(controller.overlay());
        controller.install(stage);
        return controller;
    }

    /** One visitor: taps an actor or two, zooms, maybe compares, and sometimes walks away. */
    static void visit(MainView view, AppState state, Stage stage, KioskController kiosk, AtomicLong clock,
                      Random random) {
        List<Actor> actors = state.getExplainer().actors();
        state.selectActor(actors.get(random.nextInt(actors.size())));
        if (random.nextBoolean()) {
            view.map().zoomIn();
        } else {
            view.map().zoomOut();
        }
        if (!state.getExplainer().links().isEmpty() && random.nextInt(3) == 0) {
            state.selectLink(state.getExplainer().links().get(random.nextInt(state.getExplainer().links().size())));
        }
        if (random.nextInt(4) == 0) {
            // Walks away: the countdown, the reset, a few steps of the attract loop, then a touch.
            for (int seconds = 0; seconds < 150; seconds += 15) {
                clock.addAndGet(Duration.ofSeconds(15).toNanos());
                kiosk.tick();
            }
            clock.addAndGet(Duration.ofSeconds(1).toNanos());
            stage.fireEvent(new MouseEvent(MouseEvent.MOUSE_PRESSED, 300, 300, 300, 300, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, false, null));
        } else {
            state.clearSelection();
        }
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
    }
}
