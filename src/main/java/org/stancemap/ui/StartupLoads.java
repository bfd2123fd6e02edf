package org.stancemap.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.store.SettingsStore;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapProjection;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.WorldOutline;

/**
 * The map outlines, the explainer to open and the user's settings, read while the JavaFX toolkit
 * is still starting ({@link #begin}) so that no read is on the way to the first frame; or, from
 * {@link #onDemand} (tests, say), each read when first asked for. The read-ahead explainer and
 * settings are handed out once: a second open reads the file again.
 */
public final class StartupLoads {

    private CompletableFuture<WorldOutline> world;
    private CompletableFuture<SettingsStore.LoadedSettings> settings;
    private CompletableFuture<LoadResult> explainer;
    /** The read-ahead explainer laid out over the land, as the window's first frame draws it; empty if it is not valid. */
    private CompletableFuture<Optional<MapLayout>> layout;
    private final Optional<Path> explainerFile;

    private StartupLoads(Optional<Path> explainerFile) {
        this.explainerFile = explainerFile;
    }

    /** Nothing read ahead: everything is read when first asked for. */
    public static StartupLoads onDemand() {
        return new StartupLoads(Optional.empty());
    }

    /**
     * Starts the reads on background threads; {@code file} empty means the built-in explainer.
     * For a {@code desktop} window (not a kiosk, which has neither) the user's settings are read
     * too, and the explainer is laid out on the map for the window's first frame.
     */
    public static StartupLoads begin(Optional<Path> file, boolean desktop) {
        StartupLoads loads = new StartupLoads(file);
        if (desktop) {
            loads.settings = CompletableFuture.supplyAsync(
                    () -> new SettingsStore(SettingsStore.defaultLocation()).load(), StartupLoads::daemon);
        }
        loads.world = CompletableFuture.supplyAsync(() -> new WorldOutlineLoader().loadDefault(), StartupLoads::daemon);
        loads.explainer = CompletableFuture.supplyAsync(() -> file.map(new ExplainerLoader()::load)
                .orElseGet(new ExplainerLoader()::loadDefault), StartupLoads::daemon);
        if (desktop) {
            // Laid out on the loader thread that ends last, while the toolkit is still starting:
            // a fresh JVM takes tens of milliseconds over it, which the first frame would wait for.
            loads.layout = loads.explainer.thenCombine(loads.world, (read, world) -> read.explainer()
                    .map(explainer -> MapLayout.of(explainer, new MapProjection(), world)));
        }
        return loads;
    }

    /** One short-lived thread per read: they run side by side while the toolkit starts, then end. */
    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, BackgroundWork.THREAD_PREFIX + "startup-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** The user's settings from {@code store}: read ahead if {@link #begin} read them (from the same place), else now; taken once. */
    synchronized SettingsStore.LoadedSettings settings(SettingsStore store) {
        CompletableFuture<SettingsStore.LoadedSettings> ahead = settings;
        settings = null;
        return ahead != null && store.file().equals(SettingsStore.defaultLocation()) ? ahead.join() : store.load();
    }

    /** The map outlines, read ahead if {@link #begin} ran, else now. */
    synchronized WorldOutline world() {
        if (world == null) {
            world = CompletableFuture.completedFuture(new WorldOutlineLoader().loadDefault());
        }
        return world.join();
    }

    /**
     * The explainer read ahead for {@code file} if it is valid, waiting briefly for it, and left
     * in place for {@link #readyExplainerFor}; empty when there is none, or not yet.
     */
    synchronized Optional<Explainer> peekExplainer(Optional<Path> file) {
        return awaitExplainer(file).flatMap(LoadResult::explainer);
    }

    /**
     * The explainer read ahead for {@code file}, waiting briefly for it; left in place (for
     * {@link #explainerFor}) when it is not valid, so its problems are reported the usual way.
     */
    synchronized Optional<LoadResult> readyExplainerFor(Optional<Path> file) {
        Optional<LoadResult> result = awaitExplainer(file);
        if (result.isPresent() && result.get().isValid()) {
            explainer = null;
        }
        return result;
    }

    /**
     * The map's layout of {@code explainer} made while the toolkit started, waiting briefly for it;
     * empty if {@link #begin} laid out no such explainer (the sketch then lays it out itself).
     */
    synchronized Optional<MapLayout> layoutOf(Explainer explainer) {
        if (layout == null) {
            return Optional.empty();
        }
        try {
            return layout.get(2, TimeUnit.SECONDS).filter(made -> made.explainer() == explainer);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The read ahead for {@code file}, if that is the one {@link #begin} read and it ends within two seconds. */
    private Optional<LoadResult> awaitExplainer(Optional<Path> file) {
        if (explainer == null || !explainerFile.equals(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(explainer.get(2, TimeUnit.SECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The explainer read ahead for {@code file}, if that is the one {@link #begin} read; taken once. */
    synchronized Optional<Supplier<LoadResult>> explainerFor(Optional<Path> file) {
        CompletableFuture<LoadResult> ahead = explainer;
        explainer = null;
        if (ahead == null || !explainerFile.equals(file)) {
            return Optional.empty();
        }
        return Optional.of(ahead::join);
    }
}
