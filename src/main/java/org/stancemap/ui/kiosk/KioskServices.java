package org.stancemap.ui.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.kiosk.ContentPoller;
import org.stancemap.kiosk.ExplainerWatcher;
import org.stancemap.kiosk.Heartbeat;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.KioskLog;
import org.stancemap.kiosk.LiveHeartbeat;
import org.stancemap.model.Explainer;
import org.stancemap.ui.state.AppState;
import org.stancemap.io.Wording;

/**
 * What keeps a kiosk healthy for days, each on a thread of its own so that none can stall another:
 * a heartbeat file for the watchdog, beaten only while the FX thread answers; the explainer file
 * watched and reloaded when it changes (a broken new file is refused and logged, the old content
 * stays; a slow one is waited for by no one); the last good content kept for a restart after
 * repeated failures; and any uncaught exception logged with the view reset, never shown.
 */
public final class KioskServices implements AutoCloseable {

    /** How long the first content may take before the kiosk shows something else meanwhile. */
    static final Duration FIRST_CONTENT_WAIT = Duration.ofSeconds(10);
    /** How long {@link #close} waits for work under way. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(2);

    private final AppState state;
    private final KioskLog log;
    private final ScheduledExecutorService worker = daemonScheduler("kiosk-worker");
    private final ScheduledExecutorService heartbeatThread = daemonScheduler("kiosk-heartbeat");
    private final ExecutorService contentThread = Executors.newSingleThreadExecutor(r -> daemon(r, "kiosk-content"));
    private final Duration pollEvery;
    private final Duration beatEvery;

    public KioskServices(AppState state, KioskLog log) {
        this(state, log, Heartbeat.INTERVAL, Heartbeat.INTERVAL);
    }

    /** {@code pollEvery}: how often the explainer file is looked at (tests use a short time). */
    KioskServices(AppState state, KioskLog log, Duration pollEvery) {
        this(state, log, pollEvery, Heartbeat.INTERVAL);
    }

    KioskServices(AppState state, KioskLog log, Duration pollEvery, Duration beatEvery) {
        this.state = state;
        this.log = log;
        this.pollEvery = pollEvery;
        this.beatEvery = beatEvery;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    private static ScheduledExecutorService daemonScheduler(String name) {
        java.util.concurrent.ScheduledThreadPoolExecutor scheduler =
                new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> daemon(r, name));
        // On closing, a timer not yet due is dropped, not waited for.
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return scheduler;
    }

    /**
     * Stops the polls, the beats and the timers, lets a content read or PIN check under way
     * finish (up to {@link #DRAIN_LIMIT} in all), then stops what is left: the kiosk is quitting.
     */
    @Override
    public void close() {
        java.util.List<ExecutorService> all = java.util.List.of(heartbeatThread, worker, contentThread);
        all.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        try {
            for (ExecutorService executor : all) {
                executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.forEach(ExecutorService::shutdownNow);
        try {
            // Interrupted, a task ends at once unless it is stuck reading a file that does not answer.
            for (ExecutorService executor : all) {
                executor.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@link #close} has run and every thread of these services has finished. */
    public boolean isClosed() {
        return heartbeatThread.isTerminated() && worker.isTerminated() && contentThread.isTerminated();
    }

    /** Runs small jobs (PIN checks) off the FX thread. */
    public java.util.concurrent.Executor worker() {
        return worker;
    }

    /**
     * Beats every {@link Heartbeat#INTERVAL} from the heartbeat's own thread, as long as the FX
     * thread answers (see {@link LiveHeartbeat}): a hung window stops the beats and the watchdog
     * restarts the app; a slow file being loaded does not. (Not a Timeline, which would keep
     * JavaFX drawing pulses sixty times a second.)
     */
    public void startHeartbeat(Heartbeat heartbeat) {
        heartbeat.beat();
        Duration silence = beatEvery.multipliedBy(2);
        LiveHeartbeat live = new LiveHeartbeat(heartbeat, Platform::runLater, System::nanoTime, silence);
        long every = beatEvery.toMillis();
        heartbeatThread.scheduleAtFixedRate(() -> {
            try {
                live.tick();
            } catch (RuntimeException e) {
                log.error("the heartbeat failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** Where the kiosk's timers run. */
    public ScheduledExecutorService scheduler() {
        return worker;
    }

    /**
     * Watches the configured explainer file or folder: opens it now (or {@code openDefault} if it
     * does not load, or takes longer than {@link #FIRST_CONTENT_WAIT}) and again whenever it changes.
     * Each explainer that loads is kept as {@code lastGood}, when given.
     */
    public void watch(KioskConfig config, ExplainerLoader loader, Runnable openDefault, Optional<Path> lastGood) {
        Optional<Path> source = config.explainer();
        if (source.isEmpty()) {
            openDefault.run();
            return;
        }
        ExplainerWatcher watcher = new ExplainerWatcher(source.get(), loader);
        watch(watcher::poll, watcher.source(), openDefault, () -> {
            lastGood.ifPresent(file -> watcher.currentBytes().ifPresent(bytes -> keep(file, bytes)));
        });
    }

    public void watch(KioskConfig config, ExplainerLoader loader, Runnable openDefault) {
        watch(config, loader, openDefault, Optional.empty());
    }

    /**
     * Starts on the last good content (or {@code openDefault} without one) after the configured
     * content kept failing, and loads the configured content again only once it changes.
     */
    public void watchAfterFailures(KioskConfig config, ExplainerLoader loader, Runnable openDefault, Path lastGood) {
        log.warn(Wording.get("kiosk.log.lastGood"));
        Optional<Explainer> kept = loadKept(loader, lastGood);
        Platform.runLater(() -> {
            if (kept.isPresent()) {
                state.open(kept.get(), Optional.empty());
            } else {
                openDefault.run();
            }
        });
        if (config.explainer().isEmpty()) {
            return;
        }
        ExplainerWatcher watcher = new ExplainerWatcher(config.explainer().get(), loader);
        contentThread.execute(watcher::skipWhatIsThereNow);
        schedulePolls(new ContentPoller(watcher::poll, contentThread, outcome -> {
            if (handle(outcome, watcher.source())) {
                watcher.currentBytes().ifPresent(bytes -> keep(lastGood, bytes));
            }
        }, log::warn, System::nanoTime, ContentPoller.LIMIT), pollEvery);
    }

    private Optional<Explainer> loadKept(ExplainerLoader loader, Path lastGood) {
        if (!java.nio.file.Files.exists(lastGood)) {
            return Optional.empty();
        }
        return loader.load(lastGood).explainer();
    }

    /** The watch itself, with the look replaceable (tests give a slow one). */
    void watch(Supplier<ExplainerWatcher.Outcome> poll, Path source, Runnable openDefault, Runnable onLoaded) {
        AtomicBoolean firstSettled = new AtomicBoolean();
        ContentPoller poller = new ContentPoller(poll, contentThread, outcome -> {
            boolean loaded = handle(outcome, source);
            if (loaded) {
                onLoaded.run();
            }
            if (firstSettled.compareAndSet(false, true) && !loaded) {
                Platform.runLater(openDefault);
            }
        }, log::warn, System::nanoTime, ContentPoller.LIMIT);
        poller.pollNow();
        worker.schedule(() -> {
            if (firstSettled.compareAndSet(false, true)) {
                log.warn(Wording.format("kiosk.log.slowFirstLoad", source));
                Platform.runLater(openDefault);
            }
        }, FIRST_CONTENT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        schedulePolls(poller, pollEvery);
    }

    private void schedulePolls(ContentPoller poller, Duration every) {
        worker.scheduleWithFixedDelay(() -> {
            // Anything escaping here would cancel every later poll without a word.
            try {
                poller.pollNow();
            } catch (Throwable t) {
                log.error("watching the explainer failed", t);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void keep(Path lastGood, byte[] bytes) {
        try {
            AtomicFile.write(lastGood, bytes, false);
        } catch (IOException | RuntimeException e) {
            log.warn(Wording.format("kiosk.log.cannotKeep", lastGood,
                    e instanceof IOException io ? BoundedFileReader.reason(io) : e.getClass().getSimpleName()));
        }
    }

    /** Logs what a look found and shows new content; answers whether new content loaded. */
    private boolean handle(ExplainerWatcher.Outcome outcome, Path source) {
        String file = outcome.file().map(Path::toString).orElse(source.toString());
        switch (outcome.kind()) {
            case LOADED -> {
                log.info(Wording.format("kiosk.log.loaded", file));
                outcome.explainer().ifPresent(explainer -> Platform.runLater(() -> {
                    boolean attract = state.attractProperty().get();
                    state.open(explainer, outcome.file());
                    if (attract && !explainer.tour().isEmpty()) {
                        state.present(0);
                    }
                }));
                return outcome.explainer().isPresent();
            }
            case REFUSED -> log.refused(file, outcome.problems());
            case MISSING -> log.warn(Wording.format("kiosk.log.missing", file));
            default -> {
                // unchanged, or still being written: look again next time
            }
        }
        return false;
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
