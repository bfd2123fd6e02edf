package org.stancemap.ui;

import java.util.Optional;
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
    /** Notes are read and written here, in order, off the FX thread. */
    private static final java.util.concurrent.ExecutorService STUDY_IO =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "stancemap-notes");
                thread.setDaemon(true);
                return thread;
            });

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        AppState state = new AppState();
        state.darkThemeProperty().set(options.dark());
        state.reduceMotionProperty().set(options.reduceMotion());
        if (options.kiosk().isPresent()) {
            KioskLauncher.start(options, stage, state, createMainView(stage, state));
            return;
        }
        SettingsStore store = new SettingsStore(SettingsStore.defaultLocation());
        SettingsStore.LoadedSettings settings = StartupLoads.settings(store);
        // On a short screen (a 1024×600 netbook) the map needs the whole height to show every
        // actor: start with the article drawer closed; its button opens it.
        boolean readerShown = Screen.getPrimary().getVisualBounds().getHeight() >= SHORT_SCREEN;
        Runnable openWindow = () -> openWindow(stage, state, options, store, settings, readerShown);
        Optional<Explainer> readAhead = StartupLoads.peekExplainer(options.explainer());
        if (readAhead.isEmpty()) {
            openWindow.run();
            return;
        }
        // The first frame is a sketch of the window; the live one, a second's work, takes its place.
        Theme.loadSketchFonts();
        int textScale = AppState.TEXT_SCALES.contains(settings.settings().textScale())
                ? settings.settings().textScale() : 100;
        new StartSketch(readAhead.get(), StartupLoads.world(), textScale / 100.0,
                options.dark() || settings.settings().darkTheme(), readerShown)
                .showIn(stage, () -> showMaximized(stage), () -> {
                    if (options.smoke()) {
                        SmokeRun.sketchDrawn(readAhead.get().article().title());
                    }
                }, openWindow);
    }

    private void openWindow(Stage stage, AppState state, LaunchOptions options, SettingsStore store,
                            SettingsStore.LoadedSettings settings, boolean readerShown) {
        MainView view = createMainView(stage, state);
        UserSettings.attach(store, settings, state, stage);
        new StudyKeeper(state, new StudyStore(StudyStore.defaultFolder()), STUDY_IO);
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
        STUDY_IO.shutdown();
        try {
            STUDY_IO.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        UserSettings.finishSaving();
    }

    /** Builds the window's content on {@code stage}; tests call this with their own stage and state. */
    public static MainView createMainView(Stage stage, AppState state) {
        Theme.loadFonts();
        ExplainerOpener opener = new ExplainerOpener(new ExplainerLoader(), state, () -> stage);
        MainView view = new MainView(state, StartupLoads.world(), opener);
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
