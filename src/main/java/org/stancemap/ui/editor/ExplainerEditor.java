package org.stancemap.ui.editor;

import static org.stancemap.ui.editor.EditorControls.button;

import java.nio.file.Path;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.stancemap.draft.place.Gazetteer;
import org.stancemap.draft.place.PlaceFinder;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.LinkMaking;

/**
 * The explainer editor, docked beside the map: quotes made from words selected in the article, the
 * actors, positions, links, tour and glossary, each on its tab, over one history of edits that
 * Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) walk back and forth. What it changes shows at once on the map,
 * in the panel and in the article; Save writes the file, keeping the previous one beside it.
 */
public final class ExplainerEditor extends BorderPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_AS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN);
    private static final KeyCombination PREVIOUS_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination NEXT_TAB_PAGE = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.CONTROL_DOWN);
    private static final KeyCombination PREVIOUS_TAB_PAGE = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.CONTROL_DOWN);
    /** Adds a tour step from the map as it is: from the map itself, where the author chose what it shows. */
    private static final KeyCombination ADD_STEP = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    private final EditSession session;
    private final Runnable onClose;
    private final Label title = new Label();
    private final TabPane tabs = new TabPane();
    private final SectionBar sections;
    private final QuoteForm quoteForm;
    private final GlossaryForm glossaryForm;
    private final Tab quoteTab;
    private final Tab glossaryTab;
    private final Tab linkTab;
    private final Tab tourTab;
    private final TourForm tourForm;
    private final LinkForm linkForm;
    private final javafx.beans.value.ChangeListener<LinkMaking.Use> usedInLink = (obs, was, now) -> usedInLink(now);
    private final Button undo;
    private final Button redo;
    private final FlowPane bar;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final EventHandler<KeyEvent> typed = this::onTyped;
    /** The letter of a shortcut that just moved the keyboard into a field, which must not land in it. */
    private String swallow;
    private Runnable afterSave = () -> { };

    ExplainerEditor(EditSession session, Runnable onClose) {
        this.session = session;
        this.onClose = onClose;
        setId("explainer-editor");
        getStyleClass().add("explainer-editor");
        setAccessibleText(Messages.get("editor.title"));
        title.getStyleClass().add("editor-title");
        title.setId("editor-title");
        quoteForm = new QuoteForm(session);
        glossaryForm = new GlossaryForm(session);
        linkForm = new LinkForm(session);
        quoteTab = tab("editor-tab-quote", "editor.tab.quote", "Q", quoteForm);
        linkTab = tab("editor-tab-links", "editor.tab.links", "Alt+4", linkForm);
        glossaryTab = tab("editor-tab-glossary", "editor.tab.glossary", "Alt+6", glossaryForm);
        ActorForm actorForm = new ActorForm(session, new PlaceFinder(Gazetteer.load()));
        Tab actorTab = tab("editor-tab-actors", "editor.tab.actors", "Alt+2", actorForm);
        tourForm = new TourForm(session);
        tourTab = tab("editor-tab-tour", "editor.tab.tour", "Alt+5", tourForm);
        tabs.getTabs().addAll(quoteTab,
                actorTab,
                tab("editor-tab-stances", "editor.tab.stances", "Alt+3", new StanceForm(session, (a, b) -> {
                    tabs.getSelectionModel().select(linkTab);
                    linkForm.start(a, b);
                })),
                linkTab,
                tourTab,
                glossaryTab);
        // The map places actors and picks positions only while their tab shows.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            actorForm.shown(now == actorTab);
            linkForm.shown(now == linkTab);
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("editor-tabs");
        tabs.getStyleClass().add("editor-tabs");
        // The tabs are chosen in the section bar, which wraps where the pane's own headers would hide
        // some in a menu; the pane's headers are hidden (stylesheet), so the pane takes no focus itself.
        tabs.setFocusTraversable(false);
        sections = new SectionBar(tabs);
        setCenter(tabs);
        // What --validate would say, live, under the forms; a click goes to the entry in its tab.
        ProblemsPanel problems = new ProblemsPanel(new ProblemJump(session, tabs));
        problems.getStyleClass().add("editor-problems");
        // With nothing to report the summary line says so; the empty list would only take the forms' room.
        Node findings = problems.lookup("#problems-list");
        findings.visibleProperty().bind(problems.findingsProperty().map(list -> !list.isEmpty()).orElse(false));
        findings.managedProperty().bind(findings.visibleProperty());
        setBottom(problems);
        session.onChange(problems::check);
        problems.check(session.current());

        undo = historyButton("editor-undo", "editor.undo", session::undo);
        redo = historyButton("editor-redo", "editor.redo", session::redo);
        bar = new FlowPane(
                button("editor-quote", "editor.quote", "Q", this::startQuote),
                undo, redo,
                button("editor-article", "editor.article", null, this::correctArticle),
                button("editor-save", "editor.save", "Ctrl+S", () -> save(false)),
                button("editor-save-as", "editor.saveAs", "Ctrl+Shift+S", () -> save(true)),
                button("editor-close", "editor.close", "Ctrl+W", this::close));
        bar.getStyleClass().add("editor-bar");
        VBox heading = new VBox(title, bar, sections);
        heading.getStyleClass().add("editor-heading");
        setTop(heading);
        session.onChange(now -> showState());
        showState();
        sceneProperty().addListener((obs, was, now) -> moveKeys(was, now));
        // The audience sees the tour, never the editor; and large text must leave the map some room.
        visibleProperty().bind(session.state().presentingProperty().not());
        managedProperty().bind(visibleProperty());
        sceneProperty().addListener((obs, was, now) -> {
            maxWidthProperty().unbind();
            if (now != null) {
                maxWidthProperty().bind(now.widthProperty().multiply(0.4));
            }
        });
    }

    /** Undo or Redo, whose tooltip names the edit it would take back or make again. */
    private static Button historyButton(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setTooltip(new Tooltip());
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Tab tab(String id, String key, String shortcut, javafx.scene.layout.Region form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("editor-scroll");
        FocusInView.keep(scroll);
        EditorLayout.fit(form, scroll);
        Tab tab = new Tab(Messages.get(key), scroll);
        tab.setId(id);
        tab.setTooltip(new Tooltip(Messages.format("editor.withShortcut", Messages.get(key), shortcut)));
        return tab;
    }

    /** Lets the author correct the article's text; the quotes are found again, and those lost are flagged. */
    void correctArticle() {
        ArticleTextDialog.ask(EditorControls.windowOf(this), session.current().article().text())
                .ifPresent(this::correctArticle);
    }

    void correctArticle(String text) {
        if (session.apply(new org.stancemap.edit.TextCorrection(text))) {
            int lost = org.stancemap.edit.TextCorrection.misplaced(session.current()).size();
            session.state().notify(lost == 0 ? Messages.get("editor.article.done")
                    : Messages.format("editor.article.lost", lost), lost > 0);
        }
    }

    /** Puts {@code action} (Try it, say) in the bar of buttons at the top. */
    void addBarAction(Node action) {
        bar.getChildren().add(action);
    }

    /** Back from trying the explainer out: the same tab, with the keyboard in the editor unless a form took it already. */
    void resume() {
        javafx.application.Platform.runLater(() -> {
            Scene scene = getScene();
            if (scene == null) {
                return;
            }
            for (Node at = scene.getFocusOwner(); at != null; at = at.getParent()) {
                if (at == this) {
                    return;
                }
            }
            sections.selected().requestFocus();
        });
    }

    /** The Quote tab, with the keyboard on the speaker: the words selected in the article are what it quotes. */
    public void startQuote() {
        tabs.getSelectionModel().select(quoteTab);
        quoteForm.focusSpeaker();
    }

    /** As {@link #startQuote}, for an editor just docked: the speaker field takes the keyboard once it is in the window. */
    void startQuoteWhenShown() {
        tabs.getSelectionModel().select(quoteTab);
        quoteForm.focusSpeakerWhenShown();
    }

    /** Asks to save unsaved changes, then closes the editor; false if the author chose to stay. */
    public boolean close() {
        if (confirmLeaving()) {
            // Let go: the window shows what is saved, and the next edit starts from it.
            session.history().revertToSaved();
            onClose.run();
            return true;
        }
        return false;
    }

    /** Closes the editor without asking: its changes were saved or let go already. */
    void closeNow() {
        onClose.run();
    }

    /** Runs {@code then} after each save that reached the disk. */
    void afterSave(Runnable then) {
        afterSave = then;
    }

    EditSession session() {
        return session;
    }

    private void moveKeys(Scene was, Scene now) {
        if (was != null) {
            was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            was.removeEventFilter(KeyEvent.KEY_TYPED, typed);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            now.addEventFilter(KeyEvent.KEY_TYPED, typed);
        }
        // Taken away (by a review opened in its place, say): the article's words are no longer for quoting.
        session.state().setEditing(now != null);
        // Only the editor on screen takes positions from the panel; a closed one lets go of the state.
        session.state().linkMaking().usedProperty().removeListener(usedInLink);
        if (now != null) {
            session.state().linkMaking().usedProperty().addListener(usedInLink);
        }
    }

    /** "Use in link" on a stance card: the Links tab, with the position in its form. */
    private void usedInLink(LinkMaking.Use use) {
        if (use == null || session.state().isPresenting()) {
            return;
        }
        session.current().stance(use.stanceId()).ifPresent(stance -> {
            tabs.getSelectionModel().select(linkTab);
            linkForm.use(stance);
        });
    }

    private void onTyped(KeyEvent event) {
        if (swallow != null && swallow.equalsIgnoreCase(event.getCharacter())) {
            event.consume();
        }
        swallow = null;
    }

    private void onKey(KeyEvent event) {
        swallow = null;
        if (session.state().isPresenting()) {
            return;
        }
        boolean typing = event.getTarget() instanceof TextInputControl;
        boolean handled = true;
        if (SAVE_AS.match(event)) {
            save(true);
        } else if (SAVE.match(event)) {
            save(false);
        } else if (CLOSE.match(event)) {
            close();
        } else if ((NEXT_TAB.match(event) || NEXT_TAB_PAGE.match(event)) && holdsFocus()) {
            cycleTabs(1);
        } else if ((PREVIOUS_TAB.match(event) || PREVIOUS_TAB_PAGE.match(event)) && holdsFocus()) {
            cycleTabs(-1);
        } else if (ADD_STEP.match(event)) {
            tabs.getSelectionModel().select(tourTab);
            tourForm.addFromView();
        } else if (event.isAltDown() && !event.isShortcutDown() && event.getCode().isDigitKey()) {
            int index = event.getCode().getCode() - KeyCode.DIGIT1.getCode();
            handled = index >= 0 && index < tabs.getTabs().size();
            if (handled) {
                tabs.getSelectionModel().select(index);
            }
        } else if (event.getCode() == KeyCode.Q && !event.isShortcutDown() && !event.isAltDown()
                && quoteForm.holdsFoundWords(event.getTarget())) {
            // A teacher finds words, sees them selected, and presses Q as the Quote button says.
            swallow = "q";
            startQuote();
        } else if (typing) {
            handled = false;
        } else if (REDO.match(event) || REDO_Y.match(event)) {
            session.redo();
        } else if (UNDO.match(event)) {
            session.undo();
        } else if (event.isShortcutDown() || event.isAltDown()) {
            handled = false;
        } else if (event.getCode() == KeyCode.Q) {
            swallow = "q";
            startQuote();
        } else if (event.getCode() == KeyCode.G) {
            swallow = "g";
            tabs.getSelectionModel().select(glossaryTab);
            glossaryForm.fromSelection();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** Whether the keyboard is somewhere in the editor. */
    private boolean holdsFocus() {
        for (Node at = getScene() == null ? null : getScene().getFocusOwner(); at != null; at = at.getParent()) {
            if (at == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ctrl+Tab and Ctrl+Shift+Tab (or Ctrl+PageDown and Ctrl+PageUp) from anywhere in the editor, as
     * a tab pane's own headers do: the next or previous tab, with the keyboard on its button so the
     * author sees where it went (the field it was in is hidden with its tab).
     */
    private void cycleTabs(int by) {
        int count = tabs.getTabs().size();
        tabs.getSelectionModel().select(Math.floorMod(tabs.getSelectionModel().getSelectedIndex() + by, count));
        sections.selected().requestFocus();
    }

    private void showState() {
        title.setText(Messages.get("editor.title") + (session.history().isModified()
                ? " " + Messages.get("review.modified") : ""));
        undo.setDisable(!session.history().canUndo());
        redo.setDisable(!session.history().canRedo());
        String undoText = session.history().undoLabel().map(l -> Messages.format("editor.undo.what", l))
                .orElse(Messages.get("editor.undo"));
        undo.setAccessibleText(undoText + " (Ctrl+Z)");
        undo.getTooltip().setText(undoText + " (Ctrl+Z)");
        String redoText = session.history().redoLabel().map(l -> Messages.format("editor.redo.what", l))
                .orElse(Messages.get("editor.redo"));
        redo.setAccessibleText(redoText + " (Ctrl+Shift+Z / Ctrl+Y)");
        redo.getTooltip().setText(redoText + " (Ctrl+Shift+Z / Ctrl+Y)");
    }

    private void save(boolean choose) {
        Optional<Path> file = session.file();
        Optional<Path> target = choose || file.isEmpty()
                ? session.files().chooseTarget(EditorControls.windowOf(this), file, session.current()) : file;
        target.ifPresent(this::saveTo);
    }

    /** Saves to {@code path}, which Save writes from now on. */
    void saveTo(Path path) {
        Explainer explainer = session.current();
        session.files().save(explainer, path, () -> {
            session.savedTo(path);
            showState();
            afterSave.run();
        });
    }

    /** True once nothing unsaved stands in the way: no changes, saved now, or the author let them go. */
    boolean confirmLeaving() {
        if (!session.history().isModified()) {
            return true;
        }
        return switch (session.files().askToSave(EditorControls.windowOf(this),
                session.current().article().title())) {
            case SAVE -> {
                save(false);
                yield !session.history().isModified();
            }
            case DISCARD -> true;
            case STAY -> false;
        };
    }
}
