package org.stancemap.ui.header;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.ui.Hints;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.dialog.PresenterKeysDialog;
import org.stancemap.ui.search.SearchBox;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.state.LayoutMode;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.theme.ScriptText;

/**
 * The one header row: the brand, the explainer's title and source line, the layout switch, the
 * actor search, the panel toggles and the menu.
 */
public final class HeaderBar extends HBox {

    private final MenuButton mainMenu;
    private final SearchBox search;
    private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");
    /** Room kept for the headline (it shrinks, with an ellipsis) when deciding whether all else fits. */
    private static final double HEADLINE_ROOM = 100;
    private boolean compact;
    private boolean settling;
    /** What the header needed, with every label, when it last had to give them up. */
    private double neededWithLabels;

    public HeaderBar(AppState state, Runnable openFile, Runnable openDefault, ExportCommands exports) {
        getStyleClass().add(Styles.HEADER);
        setId("header");
        Icon mark = new Icon(Feather.MAP);
        mark.getStyleClass().add("brand-mark");
        Label brand = new Label(Messages.get("app.name"), mark);
        brand.getStyleClass().add(Styles.BRAND);

        Label title = ScriptText.install(new Label());
        title.getStyleClass().add(Styles.EXPLAINER_TITLE);
        title.setId("explainer-title");
        Label source = ScriptText.install(new Label());
        source.getStyleClass().add(Styles.SOURCE_LINE);
        source.setId("source-line");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> state.getExplainer() == null ? "" : state.getExplainer().article().title(),
                state.explainerProperty()));
        source.textProperty().bind(Bindings.createStringBinding(
                () -> state.getExplainer() == null ? "" : sourceLine(state.getExplainer()), state.explainerProperty()));
        // On a narrow window the headline is cut short; hovering shows it whole.
        Hints.install(title, () -> {
            Tooltip fullTitle = new Tooltip();
            fullTitle.textProperty().bind(title.textProperty());
            ScriptText.install(fullTitle);
            return fullTitle;
        });
        VBox titles = new VBox(0, title, source);
        titles.setAlignment(Pos.CENTER_LEFT);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        HBox layoutSwitch = layoutSwitch(state);
        search = new SearchBox(state);
        ToggleButton reader = iconToggle("toggle-reader", Feather.ALIGN_LEFT, "header.reader",
                state.readerShownProperty(), state.panels()::showReader);
        ToggleButton panel = iconToggle("toggle-panel", Feather.SIDEBAR, "header.panel",
                state.sidePanelShownProperty(), state.panels()::showSidePanel);
        Button present = new Button(Messages.get("header.present"), new Icon(Feather.PLAY));
        present.setId("present-button");
        present.getStyleClass().add("accent");
        Hints.set(present, Messages.get("header.present.tooltip"));
        present.setOnAction(e -> state.present(0));
        present.setMinWidth(Region.USE_PREF_SIZE);
        present.disableProperty().bind(Bindings.createBooleanBinding(
                () -> state.getExplainer() == null || state.getExplainer().tour().isEmpty(), state.explainerProperty()));
        MenuButton menu = menu(state, openFile, openDefault);
        mainMenu = menu;
        MenuButton study = studyMenu(state, exports);
        study.setMinWidth(Region.USE_PREF_SIZE);
        for (ToggleButton toggle : java.util.List.of(reader, panel)) {
            toggle.setMinWidth(Region.USE_PREF_SIZE);
        }
        menu.setMinWidth(Region.USE_PREF_SIZE);

        brand.setMinWidth(Region.USE_PREF_SIZE);
        layoutSwitch.getChildren().forEach(n -> ((ToggleButton) n).setMinWidth(Region.USE_PREF_SIZE));
        layoutSwitch.setMinWidth(Region.USE_PREF_SIZE);
        Region separator = new Region();
        separator.getStyleClass().add("header-separator");
        getChildren().addAll(brand, separator, titles, layoutSwitch, search.field(), study, present, reader, panel, menu);
        // A kiosk offers no files, settings or typing; its own buttons start the tour and go back.
        for (javafx.scene.Node chrome : java.util.List.of(search.field(), study, present, reader, panel, menu)) {
            chrome.visibleProperty().bind(state.kioskProperty().not());
            chrome.managedProperty().bind(chrome.visibleProperty());
        }
        // A new text size is measured afresh, with every label, once its styles have settled.
        state.uiScaleProperty().addListener((obs, was, now) -> {
            setCompact(false);
            settling = true;
        });
    }

    /**
     * With large text on a narrow window (150 % on a 1024-pixel projector, say) the header gives
     * up words before anything is pushed off the edge: the app's name, "Study" and "Present"
     * become their icons (tooltips and screen readers keep the words), and the search box narrows.
     */
    @Override
    protected void layoutChildren() {
        if (settling) {
            // Right after a text size change some sizes are still the old ones: decide a pulse later.
            settling = false;
            javafx.application.Platform.runLater(this::requestLayout);
            super.layoutChildren();
            return;
        }
        double needed = neededWidth();
        if (!compact && needed > getWidth()) {
            neededWithLabels = needed;
            setCompact(true);
        } else if (compact && neededWithLabels <= getWidth()) {
            setCompact(false);
        }
        super.layoutChildren();
    }

    private double neededWidth() {
        double needed = snappedLeftInset() + snappedRightInset() + HEADLINE_ROOM;
        var shown = getManagedChildren();
        for (javafx.scene.Node child : shown) {
            needed += child.minWidth(-1);
        }
        return needed + getSpacing() * Math.max(0, shown.size() - 1);
    }

    private void setCompact(boolean now) {
        compact = now;
        pseudoClassStateChanged(COMPACT, now);
    }

    /** Adds items after the menu's Open items; the window supplies them (drafting from an article, say). */
    public void addOpenItems(MenuItem... items) {
        int builtIn = mainMenu.getItems().indexOf(mainMenu.getItems().stream()
                .filter(item -> "menu-open-default".equals(item.getId())).findFirst().orElseThrow());
        mainMenu.getItems().addAll(builtIn + 1, java.util.List.of(items));
    }

    /** Adds items at the end of the menu, after a separator (Quit, say). */
    public void addLastItems(MenuItem... items) {
        mainMenu.getItems().add(new SeparatorMenuItem());
        mainMenu.getItems().addAll(items);
    }

    public void focusSearch() {
        search.field().requestFocus();
        search.field().selectAll();
    }

    public TextField searchField() {
        return search.field();
    }

    static String sourceLine(Explainer explainer) {
        Article article = explainer.article();
        StringBuilder line = new StringBuilder();
        if (article.outlet().isBlank() && article.date().isBlank()) {
            line.append(Messages.get("source.unknown"));
        } else {
            line.append(Messages.format("source.known", String.join(", ",
                    java.util.stream.Stream.of(article.outlet(), article.date()).filter(s -> !s.isBlank()).toList())));
        }
        if (article.titleIsEditorial()) {
            line.append(" · ").append(Messages.get("source.editorialTitle"));
        }
        long suggested = explainer.actors().stream().filter(a -> a.status().isSuggested()).count()
                + explainer.stances().stream().filter(s -> s.status().isSuggested()).count()
                + explainer.links().stream().filter(l -> l.status().isSuggested()).count();
        if (suggested > 0) {
            line.append(" · ").append(Messages.format("source.draft", suggested));
        }
        return line.toString();
    }

    private static void fillDisplays(javafx.scene.control.Menu menu, AppState state) {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioMenuItem automatic = new javafx.scene.control.RadioMenuItem(Messages.get("menu.projector.auto"));
        automatic.setToggleGroup(group);
        automatic.setSelected(state.projectorProperty().get() < 0);
        automatic.setOnAction(e -> state.presenter().chooseProjector(-1));
        menu.getItems().setAll(automatic);
        java.util.List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        for (int i = 0; i < screens.size(); i++) {
            javafx.geometry.Rectangle2D b = screens.get(i).getBounds();
            int index = i;
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    org.stancemap.tour.ScreenPlan.describe(new org.stancemap.tour.ScreenArea(b.getMinX(), b.getMinY(),
                            b.getWidth(), b.getHeight(), screens.get(i).equals(javafx.stage.Screen.getPrimary())), i));
            item.setToggleGroup(group);
            item.setSelected(state.projectorProperty().get() == i);
            item.setOnAction(e -> state.presenter().chooseProjector(index));
            menu.getItems().add(item);
        }
    }

    private static HBox layoutSwitch(AppState state) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton map = new ToggleButton(Messages.get("layout.map"));
        map.setId("layout-map");
        map.getStyleClass().add("left-pill");
        ToggleButton relations = new ToggleButton(Messages.get("layout.relations"));
        relations.setId("layout-relations");
        relations.getStyleClass().add("right-pill");
        map.setToggleGroup(group);
        relations.setToggleGroup(group);
        Hints.set(map, Messages.get("layout.map.tooltip"));
        Hints.set(relations, Messages.get("layout.relations.tooltip"));
        Runnable sync = () -> {
            boolean geo = state.layoutModeProperty().get() == LayoutMode.GEOGRAPHIC;
            map.setSelected(geo);
            relations.setSelected(!geo);
        };
        sync.run();
        state.layoutModeProperty().addListener((obs, was, now) -> sync.run());
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                sync.run();
            } else {
                state.panels().showLayout(now == map ? LayoutMode.GEOGRAPHIC : LayoutMode.RELATIONS);
            }
        });
        HBox box = new HBox(map, relations);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static ToggleButton iconToggle(String id, Feather icon, String key,
                                           javafx.beans.property.ReadOnlyBooleanProperty shown,
                                           java.util.function.Consumer<Boolean> show) {
        ToggleButton toggle = new ToggleButton(null, new Icon(icon));
        toggle.setId(id);
        toggle.getStyleClass().add("button-icon");
        Hints.set(toggle, Messages.get(key));
        toggle.setAccessibleText(Messages.get(key));
        mirror(toggle.selectedProperty(), shown, show);
        return toggle;
    }

    /** Keeps a toggle and a value of the state in step both ways; the toggle's changes go through {@code set}. */
    private static void mirror(javafx.beans.property.BooleanProperty selected,
                               javafx.beans.property.ReadOnlyBooleanProperty value,
                               java.util.function.Consumer<Boolean> set) {
        selected.set(value.get());
        value.addListener((obs, was, now) -> selected.set(now));
        selected.addListener((obs, was, now) -> {
            if (now != value.get()) {
                set.accept(now);
            }
        });
    }

    private static MenuButton studyMenu(AppState state, ExportCommands exports) {
        MenuItem quiz = new MenuItem(Messages.get("study.quiz"), new Icon(Feather.HELP_CIRCLE));
        quiz.setId("menu-quiz");
        quiz.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        quiz.setOnAction(e -> state.panels().openStudy(AppState.StudyPane.QUIZ));
        MenuItem notes = new MenuItem(Messages.get("study.notes"), new Icon(Feather.EDIT_3));
        notes.setId("menu-notes");
        notes.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        notes.setOnAction(e -> state.panels().openStudy(AppState.StudyPane.NOTES));
        MenuItem handout = new MenuItem(Messages.get("study.handout"), new Icon(Feather.FILE_TEXT));
        handout.setId("menu-handout");
        handout.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        handout.setOnAction(e -> exports.handout().run());
        MenuItem picture = new MenuItem(Messages.get("study.picture"), new Icon(Feather.IMAGE));
        picture.setId("menu-picture");
        picture.setOnAction(e -> exports.savePicture().run());
        MenuItem copy = new MenuItem(Messages.get("study.copyPicture"), new Icon(Feather.COPY));
        copy.setId("menu-copy-picture");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copy.setOnAction(e -> exports.copyPicture().run());
        MenuButton menu = new MenuButton(Messages.get("study.menu"), new Icon(Feather.BOOK_OPEN));
        menu.setId("study-menu");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setAccessibleText(Messages.get("study.menu.accessible"));
        Hints.set(menu, Messages.get("study.menu.accessible"));
        menu.getItems().addAll(quiz, notes, new SeparatorMenuItem(), handout, picture, copy);
        menu.disableProperty().bind(state.explainerProperty().isNull());
        return menu;
    }

    private static MenuButton menu(AppState state, Runnable openFile, Runnable openDefault) {
        MenuItem open = new MenuItem(Messages.get("menu.open"), new Icon(Feather.FOLDER));
        open.setId("menu-open");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> openFile.run());
        MenuItem builtIn = new MenuItem(Messages.get("menu.openDefault"));
        builtIn.setId("menu-open-default");
        builtIn.setOnAction(e -> openDefault.run());
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.dark"));
        dark.setId("menu-dark");
        mirror(dark.selectedProperty(), state.darkThemeProperty(), state.preferences()::setDarkTheme);
        CheckMenuItem motion = new CheckMenuItem(Messages.get("menu.reduceMotion"));
        mirror(motion.selectedProperty(), state.reduceMotionProperty(), state.preferences()::setReduceMotion);
        MenuItem larger = new MenuItem(Messages.get("menu.textLarger"));
        larger.setId("menu-text-larger");
        larger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        larger.setOnAction(e -> state.stepTextScale(1));
        MenuItem smaller = new MenuItem(Messages.get("menu.textSmaller"));
        smaller.setId("menu-text-smaller");
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> state.stepTextScale(-1));
        // The size in the menu, so a reader who pressed Ctrl+= by accident sees why and how back.
        MenuItem reset = new MenuItem();
        reset.setId("menu-text-reset");
        reset.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format("menu.textReset", state.textScaleProperty().get()), state.textScaleProperty()));
        reset.disableProperty().bind(state.textScaleProperty().isEqualTo(100));
        reset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        reset.setOnAction(e -> state.preferences().resetTextScale());
        CheckMenuItem screenScale = new CheckMenuItem();
        screenScale.setId("menu-screen-scale");
        screenScale.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format("menu.screenScale", Math.round(state.screenScaleProperty().get() * 100)),
                state.screenScaleProperty()));
        mirror(screenScale.selectedProperty(), state.screenScaleOnProperty(), state.preferences()::followScreenScale);
        // Offered only where the screen asks for it: a large screen at 100 % system scaling.
        screenScale.visibleProperty().bind(state.screenScaleProperty().greaterThan(1.05));
        MenuItem presentFromStart = new MenuItem(Messages.get("menu.present"));
        presentFromStart.setId("menu-present");
        presentFromStart.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentFromStart.setOnAction(e -> state.present(0));
        MenuItem presentFromHere = new MenuItem(Messages.get("menu.presentHere"));
        presentFromHere.setAccelerator(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN));
        presentFromHere.setOnAction(e -> state.present(state.tourStepProperty().get()));
        javafx.scene.control.Menu display = new javafx.scene.control.Menu(Messages.get("menu.projector"));
        display.setId("menu-projector");
        // Filled when opened, so displays plugged in later are listed.
        display.setOnShowing(e -> fillDisplays(display, state));
        display.getItems().add(new MenuItem());
        MenuItem keys = new MenuItem(Messages.get("menu.presenterKeys"));
        keys.setId("menu-presenter-keys");
        keys.setOnAction(e -> PresenterKeysDialog.show(keys.getParentPopup().getOwnerWindow(), state));
        MenuItem about = new MenuItem(Messages.get("menu.about"), new Icon(Feather.INFO));
        about.setId("menu-about");
        about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        about.setOnAction(e -> state.panels().showAbout());
        MenuButton menu = new MenuButton(null, new Icon(Feather.MORE_HORIZONTAL));
        menu.setId("main-menu");
        menu.getStyleClass().addAll("button-icon", "no-arrow");
        menu.setAccessibleText(Messages.get("menu.accessible"));
        Hints.set(menu, Messages.get("menu.accessible"));
        menu.getItems().addAll(open, builtIn, new SeparatorMenuItem(), presentFromStart, presentFromHere, display,
                keys, new SeparatorMenuItem(), larger, smaller, reset, screenScale, dark, motion,
                new SeparatorMenuItem(), about);
        return menu;
    }
}
