package org.stancemap.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.stancemap.io.ExplainerLoader;
import org.stancemap.io.LoadResult;
import org.stancemap.io.SettingsStore;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.model.geo.WorldOutline;

/**
 * Reads the map outlines, the explainer to open and the user's settings while the JavaFX toolkit
 * is still starting, so no read is on the way to the first frame. Without {@link #begin} (tests,
 * say) each is read when first asked for.
 */
public final class StartupLoads {

    private static CompletableFuture<WorldOutline> world;
    private static CompletableFuture<SettingsStore.LoadedSettings> settings;
    private static CompletableFuture<LoadResult> explainer;
    private static Optional<Path> explainerFile = Optional.empty();

    private StartupLoads() {
    }

    /**
     * Starts the reads on background threads; {@code file} empty means the built-in explainer.
     * The user's settings are read too unless {@code withSettings} is false (a kiosk has none).
     */
    public static synchronized void begin(Optional<Path> file, boolean withSettings) {
        if (withSettings) {
            settings = CompletableFuture.supplyAsync(() -> new SettingsStore(SettingsStore.defaultLocation()).load(),
                    StartupLoads::daemon);
        }
        world = CompletableFuture.supplyAsync(() -> new WorldOutlineLoader().loadDefault(), StartupLoads::daemon);
        explainerFile = file;
        explainer = CompletableFuture.supplyAsync(() -> file.map(new ExplainerLoader()::load)
                .orElseGet(new ExplainerLoader()::loadDefault), StartupLoads::daemon);
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "startup-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** The user's settings from {@code store}: read ahead if {@link #begin} read them (from the same place), else now; taken once. */
    static synchronized SettingsStore.LoadedSettings settings(SettingsStore store) {
        CompletableFuture<SettingsStore.LoadedSettings> ahead = settings;
        settings = null;
        return ahead != null && store.file().equals(SettingsStore.defaultLocation()) ? ahead.join() : store.load();
    }

    /** The map outlines, read ahead if {@link #begin} ran, else now. */
    static synchronized WorldOutline world() {
        if (world == null) {
            world = CompletableFuture.completedFuture(new WorldOutlineLoader().loadDefault());
        }
        return world.join();
    }

    /**
     * The explainer read ahead for {@code file} if it is valid, waiting briefly for it, and left
     * in place for {@link #readyExplainerFor}; empty when there is none, or not yet.
     */
    static synchronized Optional<org.stancemap.model.Explainer> peekExplainer(Optional<Path> file) {
        return awaitExplainer(file).flatMap(LoadResult::explainer);
    }

    /**
     * The explainer read ahead for {@code file}, waiting briefly for it; left in place (for
     * {@link #explainerFor}) when it is not valid, so its problems are reported the usual way.
     */
    static synchronized Optional<LoadResult> readyExplainerFor(Optional<Path> file) {
        Optional<LoadResult> result = awaitExplainer(file);
        if (result.isPresent() && result.get().isValid()) {
            explainer = null;
        }
        return result;
    }

    /** The read ahead for {@code file}, if that is the one {@link #begin} read and it ends within two seconds. */
    private static Optional<LoadResult> awaitExplainer(Optional<Path> file) {
        if (explainer == null || !explainerFile.equals(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(explainer.get(2, java.util.concurrent.TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The explainer read ahead for {@code file}, if that is the one {@link #begin} read; taken once. */
    static synchronized Optional<Supplier<LoadResult>> explainerFor(Optional<Path> file) {
        CompletableFuture<LoadResult> ahead = explainer;
        explainer = null;
        if (ahead == null || !explainerFile.equals(file)) {
            return Optional.empty();
        }
        return Optional.of(ahead::join);
    }
}
