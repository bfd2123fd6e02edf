package org.stancemap.ui.kiosk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Days of visitors in a minute: thousands of taps, zooms, idle resets, attract loops and content
 * reloads. The heap left after collecting garbage must level off, or a kiosk would run out of
 * memory in its second week.
 *
 * <p>Heap readings depend on the collector and the machine, so this runs as a benchmark
 * ({@code bench/kiosk-soak}), not in every build; {@link KioskReleaseUiTest} is the quick check that
 * runs in every build.
 */
@EnabledIfSystemProperty(named = "stancemap.soak", matches = "true",
        disabledReason = "a heap-trend benchmark: run bench/kiosk-soak")
class KioskSoakUiTest extends UiTestBase {

    private static final int ROUNDS = 30;
    private static final int VISITS_PER_ROUND = 60;

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void retainedMemoryLevelsOffOverThousandsOfVisits() throws Exception {
        KioskController kiosk = fx(() -> {
            KioskController controller = KioskVisitor.install(view, state, stage, clock, dir);
            state.preferences().setReduceMotion(false);
            return controller;
        });
        Random random = new Random(7);
        long[] retained = new long[ROUNDS];
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Explainer reloaded = new ExplainerLoader().loadDefault().explainer().orElseThrow();
                fxRun(() -> {
                    for (int visit = 0; visit < VISITS_PER_ROUND; visit++) {
                        KioskVisitor.visit(view, state, stage, kiosk, clock, random);
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
