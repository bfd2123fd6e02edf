package org.stancemap.ui.kiosk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.io.ExplainerLoader;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Days of visitors in a minute: thousands of taps, zooms, idle resets, attract loops and content
 * reloads. The heap left after collecting garbage must level off, or a kiosk would run out of
 * memory in its second week.
 */
class KioskSoakUiTest extends UiTestBase {

    private static final int ROUNDS = 30;
    private static final int VISITS_PER_ROUND = 60;

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void retainedMemoryLevelsOffOverThousandsOfVisits() throws Exception {
        KioskConfig config = new KioskConfig(Optional.empty(), Optional.empty(), Duration.ofSeconds(90),
                Duration.ofSeconds(15), Duration.ofSeconds(12), Optional.empty(), dir.resolve("hb"), dir.resolve("log"));
        KioskController kiosk = fx(() -> {
            KioskController controller = new KioskController(state, config, clock::get, Runnable::run, () -> { },
                    line -> { });
            view.getChildren().add(controller.overlay());
            controller.install(stage);
            state.reduceMotionProperty().set(false);
            return controller;
        });
        Random random = new Random(7);
        long[] retained = new long[ROUNDS];
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Explainer reloaded = new ExplainerLoader().loadDefault().explainer().orElseThrow();
                fxRun(() -> {
                    for (int visit = 0; visit < VISITS_PER_ROUND; visit++) {
                        visit(kiosk, random);
                    }
                    state.open(reloaded, Optional.empty());
                });
                WaitForAsyncUtils.waitForFxEvents();
                retained[round] = retainedHeap();
            }
        } finally {
            fxRun(kiosk::uninstall);
        }
        // The first rounds warm caches (fonts, CSS, class data); after that the floor must stay flat.
        long early = median(retained, 5, 12);
        long late = median(retained, ROUNDS - 7, ROUNDS);
        long growth = late - early;
        System.out.printf("kiosk soak: retained heap %.1f MB early, %.1f MB late (%+.1f MB)%n", early / 1048576.0,
                late / 1048576.0, growth / 1048576.0);
        assertTrue(growth < 6L * 1024 * 1024, String.format("retained heap grew by %.1f MB over %d visits (early %.1f MB,"
                + " late %.1f MB)", growth / 1048576.0, (ROUNDS - 12) * VISITS_PER_ROUND, early / 1048576.0,
                late / 1048576.0));
    }

    /** One visitor: taps an actor or two, zooms, maybe compares, and sometimes walks away. */
    private void visit(KioskController kiosk, Random random) {
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

    private static long retainedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(60);
            least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
        }
        return least;
    }

    private static long median(long[] values, int from, int to) {
        long[] part = java.util.Arrays.copyOfRange(values, from, to);
        java.util.Arrays.sort(part);
        return part[part.length / 2];
    }
}
