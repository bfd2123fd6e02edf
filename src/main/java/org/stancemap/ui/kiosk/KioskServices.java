package org.stancemap.ui.kiosk;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.stancemap.io.ExplainerLoader;
import org.stancemap.kiosk.ExplainerWatcher;
import org.stancemap.kiosk.Heartbeat;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.KioskLog;
import org.stancemap.ui.state.AppState;

/**
 * What keeps a kiosk healthy for days: a heartbeat file for the watchdog, written on a timer the
 * FX thread drives (so a hung window stops it); the explainer file watched and reloaded when it
 * changes (a broken new file is refused and logged, the old content stays); and any uncaught
 * exception logged with the view reset, never shown to a visitor.
 */
public final class KioskServices {

    private final AppState state;
    private final KioskLog log;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kiosk-worker");
        thread.setDaemon(true);
        return thread;
    });

    private final java.time.Duration pollEvery;

    public KioskServices(AppState state, KioskLog log) {
        this(state, log, Heartbeat.INTERVAL);
    }

    /** {@code pollEvery}: how often the explainer file is looked at (tests use a short time). */
    KioskServices(AppState state, KioskLog log, java.time.Duration pollEvery) {
        this.state = state;
        this.log = log;
        this.pollEvery = pollEvery;
    }

    /** Runs small jobs (PIN checks, heartbeat writes) off the FX thread. */
    public java.util.concurrent.Executor worker() {
        return worker;
    }

    /**
     * Beats every {@link Heartbeat#INTERVAL}, each beat passing through the FX thread so that a
     * hung window stops them and the watchdog restarts it. (Not a Timeline, which would keep
     * JavaFX drawing pulses sixty times a second.)
     */
    public void startHeartbeat(Heartbeat heartbeat) {
        heartbeat.beat();
        long every = Heartbeat.INTERVAL.toMillis();
        worker.scheduleAtFixedRate(() -> Platform.runLater(() -> worker.execute(heartbeat::beat)), every, every,
                TimeUnit.MILLISECONDS);
    }

    /** Where the kiosk's timers run. */
    public ScheduledExecutorService scheduler() {
        return worker;
    }

    /**
     * Watches the configured explainer file or folder: opens it now (or the built-in explainer if
     * it does not load) and again whenever it changes.
     */
    public void watch(KioskConfig config, ExplainerLoader loader, Runnable openDefault) {
        Optional<Path> source = config.explainer();
        if (source.isEmpty()) {
            openDefault.run();
            return;
        }
        ExplainerWatcher watcher = new ExplainerWatcher(source.get(), loader);
        worker.execute(() -> {
            ExplainerWatcher.Outcome first = poll(watcher);
            if (first.explainer().isEmpty()) {
                Platform.runLater(openDefault);
            }
        });
        long every = pollEvery.toMillis();
        worker.scheduleWithFixedDelay(() -> {
            // Anything escaping here would cancel every later poll without a word.
            try {
                poll(watcher);
            } catch (Throwable t) {
                log.error("watching " + watcher.source() + " failed", t);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    private ExplainerWatcher.Outcome poll(ExplainerWatcher watcher) {
        ExplainerWatcher.Outcome outcome;
        try {
            outcome = watcher.poll();
        } catch (RuntimeException e) {
            log.error("watching " + watcher.source() + " failed", e);
            return new ExplainerWatcher.Outcome(ExplainerWatcher.Kind.MISSING, Optional.empty(), Optional.empty(),
                    java.util.List.of());
        }
        String file = outcome.file().map(Path::toString).orElse(watcher.source().toString());
        switch (outcome.kind()) {
            case LOADED -> {
                log.info("content loaded from " + file);
                outcome.explainer().ifPresent(explainer -> Platform.runLater(() -> {
                    boolean attract = state.attractProperty().get();
                    state.open(explainer, outcome.file());
                    if (attract && !explainer.tour().isEmpty()) {
                        state.present(0);
                    }
                }));
            }
            case REFUSED -> log.refused(file, outcome.problems());
            case MISSING -> log.warn("no explainer to load at " + file + "; the current content stays");
            default -> {
                // unchanged, or still being written: look again next time
            }
        }
        return outcome;
    }

    /** Logs every uncaught exception, on any thread, and puts the view back to its start. */
    public void catchEverything() {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            log.uncaughtException(thread, error);
            Platform.runLater(this::recover);
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
    }

    private void recover() {
        try {
            state.resetView();
        } catch (RuntimeException again) {
            log.error("resetting the view after an error failed too", again);
        }
    }
}
