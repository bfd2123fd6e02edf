package org.stancemap.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stancemap.cli.LaunchOptions;
import org.stancemap.io.ExplainerLoader;
import org.stancemap.model.Explainer;
import org.stancemap.ui.state.AppState;
import org.stancemap.io.SettingsStore;
import org.stancemap.io.StudyStore;
import org.stancemap.ui.study.StudyKeeper;
import org.stancemap.ui.present.PresentationStage;
import org.stancemap.ui.theme.Theme;

/** The desktop application: one main window on the explainer given on the command line, or the built-in one. */
public final class StancemapApp extends Application {

    private static final double SHORT_SCREEN = 700;
    /**
     * The reads {@link #launch} started. JavaFX constructs the application itself, so they cannot
     * come in through a constructor; they pass through here once, taken by {@link #start}.
     */
    private static final AtomicReference<StartupLoads> HANDED_OVER = new AtomicReference<>();

    private final BackgroundWork work = new BackgroundWork();
    private StartupLoads loads = StartupLoads.onDemand();

    /** Starts the application with what {@code loads} reads while the toolkit starts. */
    public static void launch(String[] args, StartupLoads loads) {
        HANDED_OVER.set(loads);
        Application.launch(StancemapApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupLoads handedOver = HANDED_OVER.getAndSet(null);
        if (handedOver != null) {
            loads = handedOver;
        }
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        AppState state = new AppState();
        state.darkThemeProperty().set(options.dark());
        state.reduceMotionProperty().set(options.reduceMotion());
        if (options.kiosk().isPresent()) {
            KioskLauncher.start(options, stage, state, createMainView(stage, state, work, loads));
            return;
        }
        SettingsStore store = new SettingsStore(SettingsStore.defaultLocation());
        SettingsStore.LoadedSettings settings = loads.settings(store);
        // On a short screen (a 1024×600 netbook) the map needs the whole height to show every
        // actor: start with the article drawer closed; its button opens it.
        boolean readerShown = Screen.getPrimary().getVisualBounds().getHeight() >= SHORT_SCREEN;
        Runnable openWindow = () -> openWindow(stage, state, options, store, settings, readerShown);
        Optional<Explainer> readAhead = loads.peekExplainer(options.explainer());
        if (readAhead.isEmpty()) {
            openWindow.run();
            return;
        }
        // The first frame is a sketch of the window; the live one, a second's work, takes its place.
        Theme.loadSketchFonts();
        int textScale = AppState.TEXT_SCALES.contains(settings.settings().textScale())
                ? settings.settings().textScale() : 100;
        new StartSketch(readAhead.get(), loads.world(), textScale / 100.0, options.dark(), readerShown)
                .showIn(stage, () -> showMaximized(stage), () -> {
                    if (options.smoke()) {
                        SmokeRun.sketchDrawn(readAhead.get().article().title());
                    }
                }, openWindow);
    }

    private void openWindow(Stage stage, AppState state, LaunchOptions options, SettingsStore store,
                            SettingsStore.LoadedSettings settings, boolean readerShown) {
        MainView view = createMainView(stage, state, work, loads);
        UserSettings.attach(store, settings, state, stage, work.settings());
        new StudyKeeper(state, new StudyStore(StudyStore.defaultFolder()), work.notes());
        new PresentationStage(state, stage, () -> stage.getScene().getStylesheets());
        state.readerShownProperty().set(readerShown);
        if (options.present()) {
            // Present as soon as the explainer is on screen.
            state.explainerProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Explainer> obs,
                                    Explainer was, Explainer now) {
                    state.explainerProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> state.present(0));
                }
            });
        }
        if (options.smoke()) {
            SmokeRun.watch(state);
        }
        // The explainer was read while the toolkit started; opening it before the window shows
        // lays the window out and styles it once, with the map in it, rather than twice.
        boolean opened = view.opener().openReadAheadNow(options.explainer());
        if (!stage.isShowing()) {
            showMaximized(stage);
        }
        if (!opened) {
            view.opener().openAtStart(options.explainer());
        }
        view.requestFocus();
    }

    /** Notes and settings still being written when the window closes are finished, not dropped. */
    @Override
    public void stop() {
        work.close();
    }

    /** The application's background work; closed by {@link #stop}. */
    BackgroundWork work() {
        return work;
    }

    /**
     * Builds the window's content on {@code stage}, its background work on {@code work} and the
     * explainer named at start taken from {@code loads}; tests call this with their own.
     */
    public static MainView createMainView(Stage stage, AppState state, BackgroundWork work, StartupLoads loads) {
        Theme.loadFonts();
        Theme.useBaseTheme(state.darkThemeProperty().get());
        ExplainerOpener opener = new ExplainerOpener(new ExplainerLoader(), state, () -> stage, work.loading(), loads);
        MainView view = new MainView(state, loads.world(), opener, work.exports());
        Scene scene = new Scene(view, 1280, 800);
        Theme.apply(scene, state.darkThemeProperty());
        view.presenterKeys().install(scene);
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(600);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> state.getExplainer() == null
                ? Messages.get("app.name")
                : Messages.format("window.title", state.getExplainer().article().title()), state.explainerProperty()));
        return view;
    }

    /**
     * Opens fitted to the screen and maximized: some window managers show a plain JavaFX 21
     * window at 200×200 whatever the scene asks for, but honour a maximized one.
     */
    private static void showMaximized(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(true);
        stage.show();
    }
}
