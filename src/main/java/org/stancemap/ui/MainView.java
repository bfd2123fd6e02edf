package org.stancemap.ui;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.about.AboutOverlay;
import org.stancemap.ui.header.ExportCommands;
import org.stancemap.ui.export.MapPictures;
import org.stancemap.ui.notice.NoticeToast;
import org.stancemap.ui.notes.NotesView;
import org.stancemap.ui.export.HandoutView;
import org.stancemap.ui.quiz.QuizView;
import org.stancemap.ui.editor.NewFromArticle;
import org.stancemap.ui.header.HeaderBar;
import org.stancemap.ui.map.MapLand;
import org.stancemap.ui.map.MapView;
import org.stancemap.ui.panel.SidePanel;
import org.stancemap.ui.present.ConsoleView;
import org.stancemap.ui.present.PresentationOverlay;
import org.stancemap.ui.present.PresenterKeys;
import org.stancemap.ui.reader.ArticleReader;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Styles;

/**
 * The main window's content: header, map with the side panel beside it, the article reader below,
 * and overlays on top. Also the window-wide keys and dropping a file to open it.
 */
public final class MainView extends StackPane {

    private final AppState state;
    private final HeaderBar header;
    private final MapView map;
    private final PresentationOverlay presentation;
    private final PresenterKeys presenterKeys;
    private final ExplainerOpener opener;
    private final MapPictures pictures;
    private final NewFromArticle drafting;
    /** What {@link #cover} shows over the window now, if anything. */
    private javafx.scene.Node covering;
    private final org.stancemap.ui.editor.EditorDock editing;
    /** Unsaved work in the editor or the review, asked about before it would be left behind. */
    private final org.stancemap.ui.editor.UnsavedWork unsaved;
    /** What Quit does once unsaved work is settled: the application ends (tests only close the window). */
    private Runnable quit = () -> {
        if (window() != null) {
            window().hide();
        }
    };
    /** Exports run here, one at a time, off the FX thread. */
    private final java.util.concurrent.Executor exports;
    /** The window's frame: header on top, map and article in the middle, the editor or review at the side. */
    private final BorderPane frame;
    /** Where the keyboard goes back when the side is emptied; set as the first pane comes. */
    private FocusReturn sideKeyboard;
    private static final javafx.css.PseudoClass PRESENT = javafx.css.PseudoClass.getPseudoClass("present");
    private static final javafx.css.PseudoClass KIOSK = javafx.css.PseudoClass.getPseudoClass("kiosk");

    /** The window for {@code state}; map pictures, the handout and exported notes are made on {@code exports}. */
    public MainView(AppState state, MapLand land, ExplainerOpener opener, java.util.concurrent.Executor exports) {
        WorldOutline world = land.world();
        this.state = state;
        this.opener = opener;
        this.exports = exports;
        getStyleClass().add(Styles.APP);
        map = new MapView(state, land);
        pictures = new MapPictures(() -> map, state, this::window, exports);
        header = new HeaderBar(state, opener::chooseFile, opener::openDefault,
                new ExportCommands(() -> state.panels().openStudy(AppState.StudyPane.HANDOUT),
                        pictures::chooseAndSave, pictures::copy));
        SidePanel side = new SidePanel(state);
        StackPane mapStack = new StackPane(map);
        mapStack.setMinSize(0, 0);
        BorderPane mapArea = new BorderPane(mapStack);
        mapArea.setRight(side);
        MapRoom room = new MapRoom(state, this, mapArea, mapStack, side);
        showSidePanel(side, room);
        map.coveredRightProperty().bind(consoleCover);
        map.setSheetCover(MapRoom.sheetCover(room, side));
        // The review stands at the window's side as the editor does, the full height of map and article:
        // beside the map only, its list, detail and problems shared what the article drawer left.
        frame = new BorderPane();
        drafting = new NewFromArticle(state, this::window, exports, this::dockAtSide, this::cover);
        header.addOpenItems(draftingMenuItems(state));
        ArticleReader reader = new ArticleReader(state);
        SplitPane split = new SplitPane(mapArea);
        split.setOrientation(Orientation.VERTICAL);
        split.setId("main-split");
        ReaderDrawer.install(state, split, reader, this);
        frame.setCenter(split);
        // Never wider than the window: a stack pane centres a child wider than itself, which cut
        // the window's content off at both edges once large text made the header too wide.
        frame.setMinSize(0, 0);
        frame.setTop(header);
        editing = new org.stancemap.ui.editor.EditorDock(state, () -> drafting.openReview().orElse(null),
                this::dockAtSide, this::dockAtSide);
        header.addOpenItems(editing.menuItem());
        unsaved = new org.stancemap.ui.editor.UnsavedWork(editing, drafting);
        opener.askBeforeLeaving(unsaved::settle);
        drafting.askBeforeLeaving(unsaved::settle);
        header.addLastItems(quitItem());
        header.visibleProperty().bind(state.presentingProperty().not());
        header.managedProperty().bind(header.visibleProperty());
        presentation = new PresentationOverlay(state);
        map.coveredBelowProperty().bind(presentation.coveredBelowProperty());
        presentation.installMouseSpotlight(this);
        presentation.installSwipe(this);
        presenterKeys = new PresenterKeys(state, presentation);
        javafx.beans.binding.BooleanBinding consoleShown = state.presentingProperty().and(state.consoleShownProperty());
        getChildren().addAll(frame, new org.stancemap.ui.panel.ComparisonOverlay(state, this::window), presentation,
                new LazySlot(consoleShown, () -> consoleOverlay(consoleShown)),
                new LazySlot(state.aboutShownProperty(), () -> new AboutOverlay(state)),
                new LazySlot(state.noticeProperty().isNotNull(), () -> new NoticeToast(state)));
        addStudyViewsWhenFirstAsked(world);
        org.stancemap.ui.present.TourFocus tourFocus = new org.stancemap.ui.present.TourFocus(this, map::focusFirstActor);
        state.presentingProperty().addListener((obs, was, now) -> {
            pseudoClassStateChanged(PRESENT, now);
            tourFocus.presenting(now);
        });
        state.kioskProperty().addListener((obs, was, now) -> pseudoClassStateChanged(KIOSK, now));

        applyTextScale(state.uiScaleProperty().get());
        state.uiScaleProperty().addListener((obs, was, now) -> applyTextScale(now.intValue()));
        installKeys();
        acceptDroppedFiles();
    }

    /**
     * Puts {@code pane} (the editor, the review, the way back from trying one out) at the window's
     * side, or empties the side when given null. Panes may take each other's place; once the side
     * is empty again, the keyboard goes back to what had it before the first of them came, not to
     * the map's first badge.
     */
    private void dockAtSide(Node pane) {
        Node leaving = frame.getLeft();
        if (leaving == null && pane != null) {
            sideKeyboard = FocusReturn.remember(getScene());
        }
        frame.setLeft(pane);
        if (pane == null && leaving != null && sideKeyboard != null) {
            sideKeyboard.afterLeaving(leaving, getScene());
        }
    }

    /** The side panel beside the map (or over it, as a sheet), as wide as the window and the text ask. */
    private void showSidePanel(SidePanel side, MapRoom room) {
        // While presenting, and where it is a sheet over the map, the panel shows only for what
        // has been chosen.
        javafx.beans.binding.BooleanBinding chosen =
                state.selectedActorProperty().isNotNull().or(state.selectedLinkProperty().isNotNull());
        side.visibleProperty().bind(javafx.beans.binding.Bindings.when(state.presentingProperty())
                .then(chosen)
                .otherwise(javafx.beans.binding.Bindings.when(room.sheetProperty())
                        .then(chosen.and(state.sidePanelShownProperty()))
                        .otherwise(state.sidePanelShownProperty())));
        side.managedProperty().bind(side.visibleProperty());
        // About 30% of the window, within what keeps cards readable and the map the hero; wider
        // while two positions are compared, so they can stand side by side.
        // Larger text widens the cards with it, up to not quite half the window.
        side.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> sidePanelWidth(getWidth(), state.uiScale(), state.getSelectedLink() != null),
                widthProperty(), state.selectedLinkProperty(), state.uiScaleProperty()));
    }

    /** The window's keys: see {@link WindowKeys}; "/" as well as Ctrl+F searches. */
    private void installKeys() {
        WindowKeys keys = new WindowKeys(state, new WindowKeys.Commands(header::focusSearch, this::clearSearch,
                map::requestFocus, this::focusOnPresentButton, map::zoomIn, map::zoomOut, () -> map.fit(true),
                editing::open, pictures::copy, drafting::choose, drafting::paste, this::quit));
        addEventHandler(KeyEvent.KEY_PRESSED, keys::onKey);
        // "/" is matched on the typed character, so the keyboard layout does not matter and the
        // slash itself is consumed instead of landing in the search box.
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("/".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) {
                header.focusSearch();
                e.consume();
            }
        });
    }

    /** A dropped explainer opens; a dropped article is drafted from. */
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !state.isKiosk()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty() && !state.isKiosk();
            if (ok) {
                openDropped(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** A file dropped on the window: an article goes to the import step to be drafted from, anything else opens. */
    void openDropped(java.nio.file.Path file) {
        if (isArticle(file)) {
            drafting.draft(file);
        } else {
            opener.open(file);
        }
    }

    /** The ⋯ menu's items for drafting from an article and for reviewing an explainer's suggestions. */
    private javafx.scene.control.MenuItem[] draftingMenuItems(AppState state) {
        javafx.scene.control.MenuItem fromArticle = new javafx.scene.control.MenuItem(
                Messages.get("menu.newFromArticle"));
        fromArticle.setId("menu-new-from-article");
        fromArticle.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.O,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN));
        fromArticle.setOnAction(e -> drafting.choose());
        javafx.scene.control.MenuItem fromPaste = new javafx.scene.control.MenuItem(Messages.get("menu.newFromPaste"));
        fromPaste.setId("menu-new-from-paste");
        fromPaste.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.V,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN));
        fromPaste.setOnAction(e -> drafting.paste());
        javafx.scene.control.MenuItem review = new javafx.scene.control.MenuItem(Messages.get("menu.review"));
        review.setId("menu-review");
        review.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> state.getExplainer() == null || org.stancemap.edit.Review.suggestions(state.getExplainer()).isEmpty(),
                state.explainerProperty()));
        review.setOnAction(e -> drafting.reviewShown());
        return new javafx.scene.control.MenuItem[] {fromArticle, fromPaste, review};
    }

    /** ⋯ ▸ Quit (Ctrl+Q): asks about unsaved work first. */
    private javafx.scene.control.MenuItem quitItem() {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(Messages.get("menu.quit"));
        item.setId("menu-quit");
        item.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.Q,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> quit());
        return item;
    }

    /** Quits, once unsaved work is saved or let go; Cancel in the question keeps the window open. */
    public void quit() {
        if (unsaved.settle()) {
            quit.run();
        }
    }

    /** What quitting does once unsaved work is settled. */
    public void setOnQuit(Runnable then) {
        quit = then;
    }

    /** The editor beside the map (⋯ ▸ Edit explainer, Ctrl+E). */
    public org.stancemap.ui.editor.EditorDock editing() {
        return editing;
    }

    /** Unsaved work in the editor or the review: closing the window asks about it. */
    public org.stancemap.ui.editor.UnsavedWork unsavedWork() {
        return unsaved;
    }

    /** Shows {@code node} over the whole window (under the notices), replacing what was there; null takes it away. */
    private void cover(javafx.scene.Node node) {
        if (covering != null) {
            getChildren().remove(covering);
        }
        covering = node;
        if (node != null) {
            getChildren().add(getChildren().size() - 1, node);
        }
    }

    /** Drafting from an article: the import step and the review. */
    public NewFromArticle drafting() {
        return drafting;
    }

    /** A dropped file that is an article to draft from rather than an explainer to open. */
    static boolean isArticle(java.nio.file.Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".pdf")
                || name.endsWith(".docx");
    }

    /** The presenter's console over the map, built the first time a presenter asks for it. */
    private ConsoleView consoleOverlay(javafx.beans.value.ObservableBooleanValue shown) {
        ConsoleView console = new ConsoleView(state, java.time.Clock.systemUTC());
        console.getStyleClass().add("console-overlay");
        console.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // Bound as well as its slot: the console's clock ticks only while the console itself is
        // visible, and starts when it becomes so; hidden first, so that the binding shows it.
        console.setVisible(false);
        console.visibleProperty().bind(shown);
        // Top right, where the groups band gives way to it and the framing keeps the marks clear of it.
        StackPane.setAlignment(console, javafx.geometry.Pos.TOP_RIGHT);
        // Its distance from the corner is the stylesheet's (.console-overlay, a translation).
        consoleCover.bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> console.isVisible() ? console.getWidth() - 2 * console.getTranslateX() : 0,
                console.visibleProperty(), console.widthProperty(), console.translateXProperty()));
        return console;
    }

    /** The width of the map's right edge the presenter's console covers, once there is one. */
    private final javafx.beans.property.DoubleProperty consoleCover =
            new javafx.beans.property.SimpleDoubleProperty(this, "consoleCover", 0);

    /** The side panel's width in a window {@code width} wide, at a text scale (1 = normal). */
    static double sidePanelWidth(double width, double textScale, boolean comparing) {
        double share = width * (comparing ? 0.46 : 0.3);
        // Two positions side by side need about 600 px: on a projector's 1024 the map gives way.
        return comparing ? Math.max(Math.min(600, width * 0.6), Math.min(900, share))
                : Math.min(width * 0.45, Math.max(320 * textScale, Math.min(440 * textScale, share)));
    }

    /**
     * The quiz, notes and handout views are built the first time one is asked for, so they cost
     * nothing at start-up. They go under the notice, so a message stays readable over them.
     */
    private void addStudyViewsWhenFirstAsked(WorldOutline world) {
        javafx.beans.value.ChangeListener<AppState.StudyPane> build = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends AppState.StudyPane> obs,
                                AppState.StudyPane was, AppState.StudyPane now) {
                if (now == AppState.StudyPane.NONE) {
                    return;
                }
                state.studyPaneProperty().removeListener(this);
                int under = getChildren().size() - 1;
                getChildren().addAll(under, List.of(new NotesView(state, MainView.this::window, exports),
                        new QuizView(state, new java.util.Random()),
                        new HandoutView(state, world, pictures, MainView.this::window, exports)));
            }
        };
        state.studyPaneProperty().addListener(build);
    }

    private void applyTextScale(int percent) {
        for (int step : org.stancemap.layout.ScreenScale.STEPS) {
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("text-" + step), step == percent && step != 100);
        }
    }

    private void focusOnPresentButton() {
        javafx.scene.Node present = lookup("#versus-present");
        if (present != null) {
            present.requestFocus();
        }
    }

    /** Opens explainers for this window; the file menu and dropped files use it too. */
    public ExplainerOpener opener() {
        return opener;
    }

    public PresenterKeys presenterKeys() {
        return presenterKeys;
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public MapPictures pictures() {
        return pictures;
    }

    public MapView map() {
        return map;
    }

    /** Empties the search field; false when it was empty already. */
    private boolean clearSearch() {
        if (header.searchField().getText().isEmpty()) {
            return false;
        }
        header.searchField().clear();
        return true;
    }
}
