package org.stancemap.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stancemap.cli.LaunchOptions;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapProjection;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.state.AppState;
import org.stancemap.store.SettingsStore;
import org.stancemap.store.StudyStore;
import org.stancemap.ui.notes.StudyKeeper;
import org.stancemap.explainer.RecoveryFolder;
import org.stancemap.ui.editor.Autosave;
import org.stancemap.ui.editor.RecoveryOffer;
import org.stancemap.ui.present.PresentationStage;
import org.stancemap.ui.map.MapLand;
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
    /** The kiosk's polls, beats and timers, when running as one; closed by {@link #stop}. */
    private org.stancemap.ui.kiosk.KioskServices kioskServices;
    private StartupLoads loads = StartupLoads.onDemand();
    /** The start's sketch until it is kept as a picture for the next start (see {@link #keepSketch}). */
    private StartSketch sketch;

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
        if (options.kiosk().isPresent()) {
            AppState state = stateFor(options);
            MainView kioskView = createMainView(stage, state, work, loads);
            ScreenWatch.install(stage, state);
            kioskServices = KioskLauncher.start(options, stage, state, kioskView, work::close);
            return;
        }
        SettingsStore store = new SettingsStore(SettingsStore.defaultLocation());
        SettingsStore.LoadedSettings settings = loads.settings(store);
        // On a short screen (a 1024×600 netbook) the map needs the whole height to show every
        // actor: start with the article drawer closed; its button opens it.
        boolean readerShown = Screen.getPrimary().getVisualBounds().getHeight() >= SHORT_SCREEN;
        Optional<Explainer> readAhead = loads.peekExplainer(options.explainer());
        if (readAhead.isEmpty()) {
            AppState state = stateFor(options);
            showWindow(stage, state, options, prepareWindow(stage, null, MapLand.of(loads.world()), state, options,
                    store, settings, readerShown));
            return;
        }
        // The first frame is a sketch of the window; the live one, a second's work, takes its place.
        // (Built while the renderer painted the sketch, it delayed the sketch on a busy machine and
        // brought the live window no sooner: bench/README.md, "Start-up".) The sketch's map is
        // prepared on the loading queue while this thread makes and shows the sketch's window.
        int textScale = AppState.TEXT_SCALES.contains(settings.settings().textScale())
                ? settings.settings().textScale() : 100;
        Rectangle2D screen = Screen.getPrimary().getBounds();
        double uiScale = org.stancemap.layout.ScreenScale.step(textScale / 100.0
                * org.stancemap.layout.ScreenScale.window(screen.getWidth(), screen.getHeight())) / 100.0;
        WorldOutline world = loads.world();
        MapLayout layout = loads.layoutOf(readAhead.get())
                .orElseGet(() -> MapLayout.of(readAhead.get(), new MapProjection(), world));
        boolean dark = options.dark() || settings.settings().darkTheme();
        Optional<SketchPicture> picture = SketchPicture.forStart(org.stancemap.io.AppFolders.forThisMachine().cache(),
                options.explainer(), uiScale, dark, readerShown);
        sketch = new StartSketch(layout, world, uiScale, dark, readerShown, work.loading(), picture);
        sketch.showIn(stage, () -> showMaximized(stage), () -> {
                    if (options.smoke()) {
                        SmokeRun.sketchDrawn(readAhead.get().article().title());
                    }
                }, () -> {
                    // The live map's land, traced and parsed on the loading queue while this thread
                    // builds the window's other parts (the renderer, done with the sketch, leaves a
                    // core free); the map takes it when it gets there.
                    MapLand land = MapLand.madeAhead(world, work.loading());
                    // Made once the sketch is on screen: the sketch needs none of it, and its
                    // properties are a few tens of milliseconds' work in a JVM that has just started.
                    AppState state = stateFor(options);
                    showWindow(stage, state, options, prepareWindow(stage, stage.getScene(), land, state, options,
                            store, settings, readerShown));
                    if (!sketch.hasPictureToKeep()) {
                        sketch = null;
                    }
                });
    }

    /**
     * The sketch kept as a picture for the next start, as the app stops: then it holds nothing up
     * (kept a second after the live window was up, the first start came 1-3 % later in paired runs,
     * within the noise but never ahead: bench/README.md, "Start-up: the sketch kept as a picture").
     */
    private void keepSketch() {
        if (sketch != null) {
            sketch.keepPicture(work.exports());
            sketch = null;
        }
    }

    /** The application's state, with the theme and motion the command line asks for. */
    private static AppState stateFor(LaunchOptions options) {
        AppState state = new AppState();
        state.preferences().setDarkTheme(options.dark());
        state.preferences().setReduceMotion(options.reduceMotion());
        return state;
    }

    /** The live window, built and not yet on the stage; {@code opened} if the explainer is open in it. */
    private record LiveWindow(MainView view, boolean opened) {
    }

    /**
     * Builds the live window: its content, the user's settings and notes, and the explainer read
     * while the toolkit started, opened in it. In {@code sketchScene}, the scene on screen, when
     * there is one (its sketch stays on screen until the next pulse draws the live window there);
     * else in a scene of its own, not yet on {@code stage}.
     */
    private LiveWindow prepareWindow(Stage stage, Scene sketchScene, MapLand land, AppState state,
                                     LaunchOptions options, SettingsStore store,
                                     SettingsStore.LoadedSettings settings, boolean readerShown) {
        MainView view = buildMainView(stage, sketchScene, land, state, work, loads);
        // Here rather than in buildMainView: tests choose their screen's enlargement themselves.
        ScreenWatch.install(stage, state);
        UserSettings.attach(store, settings, state, stage, work.settings());
        new StudyKeeper(state, new StudyStore(StudyStore.defaultFolder()), work.notes());
        new PresentationStage(state, stage, () -> stage.getScene().getStylesheets());
        state.panels().showReader(readerShown);
        RecoveryFolder recovery = new RecoveryFolder(RecoveryFolder.defaultFolder());
        Autosave autosave = new Autosave(recovery, java.time.Clock.systemUTC(), Autosave.fxTicker(),
                work.notes(), state::notify);
        view.drafting().useAutosave(autosave);
        view.editing().useAutosave(autosave);
        view.setOnQuit(javafx.application.Platform::exit);
        // Offered once the explainer named at start is open, so that restoring is not then covered by it.
        whenOpen(state, new RecoveryOffer(recovery, work.loading(), () -> stage, view.drafting(), state,
                java.time.ZoneId.systemDefault()).alsoEditing(view.editing())::offerIfAny);
        // Opened before the window shows, the explainer is laid out and styled once, with the map
        // in it, rather than twice.
        return new LiveWindow(view, view.opener().openReadAheadNow(options.explainer()));
    }

    /** Puts the live window on {@code stage}, and opens the explainer if {@link #prepareWindow} could not. */
    private void showWindow(Stage stage, AppState state, LaunchOptions options, LiveWindow live) {
        stage.setScene(live.view().getScene());
        if (options.present()) {
            whenOpen(state, () -> javafx.application.Platform.runLater(() -> state.present(0)));
        }
        if (options.smoke()) {
            SmokeRun.watch(state);
        }
        if (!stage.isShowing()) {
            showMaximized(stage);
        }
        if (!live.opened()) {
            live.view().opener().openAtStart(options.explainer());
        }
        live.view().requestFocus();
    }

    /** Runs {@code then} once an explainer is open: now, or when one opens. */
    static void whenOpen(AppState state, Runnable then) {
        if (state.getExplainer() != null) {
            then.run();
            return;
        }
        state.explainerProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Explainer> obs, Explainer was, Explainer now) {
                if (now != null) {
                    state.explainerProperty().removeListener(this);
                    then.run();
                }
            }
        });
    }

    /**
     * Notes and settings still being written when the window closes are finished, not dropped;
     * a kiosk's polls and beats stop first, so none starts more work.
     */
    @Override
    public void stop() {
        if (kioskServices != null) {
            kioskServices.close();
        }
        try {
            keepSketch();
        } finally {
            work.close();
        }
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
        MainView view = buildMainView(stage, null, MapLand.of(loads.world()), state, work, loads);
        stage.setScene(view.getScene());
        return view;
    }

    /**
     * As {@link #createMainView}, but in {@code sketchScene} when that is not null, and else in a
     * new scene left for the caller to put on {@code stage}.
     */
    private static MainView buildMainView(Stage stage, Scene sketchScene, MapLand land, AppState state,
                                          BackgroundWork work, StartupLoads loads) {
        Theme.loadFonts();
        Theme.useBaseTheme(state.darkThemeProperty().get());
        ExplainerOpener opener = new ExplainerOpener(new ExplainerLoader(), state, () -> stage, work.loading(), loads);
        MainView view = new MainView(state, land, opener, work.exports());
        Scene scene;
        if (sketchScene == null) {
            scene = new Scene(view, 1280, 800);
        } else {
            // The sketch's scene takes the live window as its root rather than giving way to a new
            // scene: a second scene on the stage cost the software renderer a second window-sized
            // back buffer and pixel buffers (about 5 MB each at 1280x1024) and the toolkit a new
            // peer for the window's content. bench/README.md, "Start-up".
            sketchScene.setRoot(view);
            sketchScene.setFill(Color.WHITE);
            scene = sketchScene;
        }
        Theme.apply(scene, state.darkThemeProperty());
        view.presenterKeys().install(scene);
        // Closing the window with unsaved work asks first; Cancel keeps it open.
        stage.setOnCloseRequest(e -> {
            if (!view.unsavedWork().settle()) {
                e.consume();
            }
        });
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
