package org.stancemap.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.stancemap.ui.state.AppState;

/**
 * {@code --smoke}: waits until the explainer has been drawn, prints how long the first frame took
 * from the start of the process, and exits 0; exits 1 if nothing is drawn within a minute. Lets an
 * installer's checks and the start-up benchmark run the real app.
 */
final class SmokeRun {

    private static final Duration LIMIT = Duration.seconds(60);

    private SmokeRun() {
    }

    static void watch(AppState state) {
        Timeline timeout = new Timeline(new KeyFrame(LIMIT, e -> {
            System.err.println("stancemap --smoke: no explainer on screen after " + (int) LIMIT.toSeconds() + " s");
            System.exit(1);
        }));
        timeout.play();
        state.explainerProperty().addListener((obs, was, now) -> {
            if (now == null) {
                return;
            }
            // The first pulse after the explainer arrives lays it out; the one after that has drawn it.
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    // The explainer may arrive before the window is up; only pulses of a shown window count.
                    if (javafx.stage.Window.getWindows().stream().noneMatch(javafx.stage.Window::isShowing)) {
                        return;
                    }
                    if (++pulses < 2) {
                        return;
                    }
                    stop();
                    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("stancemap --smoke: first frame of \"" + state.getExplainer().article().title()
                            + "\" after " + sinceStart + " ms");
                    timeout.stop();
                    Platform.exit();
                }
            }.start();
        });
    }
}
