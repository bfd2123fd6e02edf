package org.stancemap.ui.kiosk;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;
import org.testfx.util.WaitForAsyncUtils;

/**
 * When a kiosk reloads its content, nothing keeps the old explainer alive: no view, listener or
 * cache still points at it after visitors have used it. (The heap trend over thousands of visits
 * is measured by bench/kiosk-soak.)
 */
class KioskReleaseUiTest extends UiTestBase {

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void aReloadedExplainerIsReleasedAfterVisits() {
        KioskController kiosk = fx(() -> KioskVisitor.install(view, state, stage, clock, dir));
        try {
            WeakReference<Explainer> used = openUseAndReplace(kiosk);
            for (int attempt = 0; attempt < 50 && used.get() != null; attempt++) {
                System.gc();
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertNull(used.get(), "the explainer the kiosk showed before its reload is still held in memory");
        } finally {
            fxRun(kiosk::uninstall);
        }
    }

    /** Opens a fresh copy, lets visitors use it, then reloads; returns a weak handle on the copy. */
    private WeakReference<Explainer> openUseAndReplace(KioskController kiosk) {
        Explainer first = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        Explainer second = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        Random random = new Random(11);
        fxRun(() -> {
            state.open(first, Optional.empty());
            for (int visit = 0; visit < 40; visit++) {
                KioskVisitor.visit(view, state, stage, kiosk, clock, random);
            }
        });
        fxRun(() -> state.open(second, Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
        return new WeakReference<>(first);
    }
}
