package org.stancemap.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.stancemap.cli.RunLimit;
import org.stancemap.ui.state.AppState;

/**
 * {@code --smoke}: prints how long from the start of the process the first frame took (the
 * sketch of the window, when there is one) and when the live window had drawn the explainer,
 * then exits 0; exits 1 if nothing is drawn within a minute, whatever is stuck. Lets an installer's checks and the
 * start-up benchmark run the real app.
 */
public final class SmokeRun {

    private static final java.time.Duration LIMIT = java.time.Duration.ofSeconds(60);
    private static final String PREFIX = "stancemap --smoke: ";
    private static boolean firstFrameTold;
    private static RunLimit limit;

    private SmokeRun() {
    }

    /** The sketch of {@code title} is on screen. */
    static void sketchDrawn(String title) {
        firstFrameTold = true;
        System.out.println(PREFIX + "first frame of \"" + title + "\" (the sketch of its map) after " + sinceStart() + " ms");
    }

    /**
     * Starts the minute the run may take, before the toolkit starts, on a thread of its own: it
     * fires even when the window's thread is stuck.
     */
    public static synchronized void armLimit() {
        if (limit == null) {
            limit = RunLimit.start(LIMIT, PREFIX + "no explainer on screen after " + LIMIT.toSeconds() + " s",
                    System.err, System::exit);
        }
    }

    static void watch(AppState state) {
        armLimit();
        // The explainer may be open already, in a window built behind the sketch and just put on
        // the stage. The first pulse after that lays it out; the one after that has drawn it.
        StancemapApp.whenOpen(state, () -> {
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
                    long ms = sinceStart();
                    String title = state.getExplainer().article().title();
                    if (!firstFrameTold) {
                        System.out.println(PREFIX + "first frame of \"" + title + "\" after " + ms + " ms");
                    }
                    System.out.println(PREFIX + "window ready with \"" + title + "\" after " + ms + " ms");
                    limit.finished();
                    Platform.exit();
                }
            }.start();
        });
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
