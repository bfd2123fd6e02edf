package org.stancemap.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.edit.Edit;
import org.stancemap.edit.EditHistory;
import org.stancemap.edit.EditRefused;
import org.stancemap.edit.ItemRef;
import org.stancemap.edit.Review;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;

/**
 * Reviewing a draft's suggestions in a pane beside the map: a list of what the drafting engine
 * suggested, in article order, and for the one chosen its whole text with Accept, Reject, Accept all
 * of this actor's and Reject all remaining. Every change is an undoable edit and shows at once on the
 * map, in the panel and in the article; Save writes the reviewed explainer through {@link DraftFiles}.
 */
public final class DraftReviewPane extends BorderPane {

    /** The style class of the buttons that show only their icon in a short pane. */
    static final String REVIEW_TOOL = "review-tool";

    private final AppState state;
    private final EditHistory history;
    private final DraftFiles files;
    private final Runnable onClose;
    private final Label title = new Label();
    private final ObservableList<ItemRef> suggestions = FXCollections.observableArrayList();
    private final ListView<ItemRef> list = new ListView<>(suggestions);
    private final TextArea detail = new TextArea();
    private final Label count = new Label();
    private final javafx.scene.layout.HBox headerActions = new javafx.scene.layout.HBox(6);
    private final ProblemsPanel problems = new ProblemsPanel(this::goTo);
    private Optional<Path> file;
    private Runnable afterSave = () -> { };
    /** Whether this work held suggestions at any point: with none ever, there was nothing to review. */
    private boolean everSuggested;

    /** {@code onClose} takes the pane away once the author has closed it (after saving, if asked). */
    public DraftReviewPane(AppState state, Explainer draft, Optional<Path> file, DraftFiles files, Runnable onClose) {
        this.state = state;
        this.history = new EditHistory(draft);
        this.files = files;
        this.file = file;
        this.onClose = onClose;
        setId("draft-review");
        getStyleClass().add("draft-review");
        title.getStyleClass().add("review-title");
        list.setId("review-list");
        list.setAccessibleText(Messages.get("review.list.accessible"));
        list.setCellFactory(view -> new SuggestionCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showDetail(now));
        detail.setId("review-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setFocusTraversable(false);
        detail.getStyleClass().add("review-detail");
        count.setId("review-count");
        count.getStyleClass().add("review-count");
        // "Nothing to review: …" says why in a sentence: whole, on as many lines as the pane needs.
        count.setWrapText(true);

        // The list, the chosen suggestion's whole text and the problems share the room the window
        // leaves, each keeping the least the stylesheet gives it (in lines of text); where even that
        // is more than the window has, they scroll under the heading and the buttons, which stay put.
        SplitPane body = new SplitPane(list, detail, problems);
        body.setId("review-body");
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.42, 0.68);
        Label hint = new Label(Messages.get("review.hint"));
        hint.setId("review-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("review-hint");
        // A short pane drops the hint (the stylesheet hides it); the keys stay in the buttons' tooltips
        // and the list's accessible help.
        hint.managedProperty().bind(hint.visibleProperty());
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setAccessibleHelp(Messages.get("review.hint"));
        VBox middle = new VBox(hint, body);
        middle.getStyleClass().add("review-middle");
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(middle);
        scroll.setId("review-scroll");
        scroll.getStyleClass().add("review-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        FocusInView.keep(scroll);
        setCenter(scroll);
        Button close = button("review-close", "review.close", "Esc", this::close);
        headerActions.getChildren().add(close);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox titleRow = new javafx.scene.layout.HBox(title, spacer, headerActions);
        titleRow.getStyleClass().add("review-title-row");
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // "(unsaved changes)" lengthens the title: it wraps, and the buttons beside it keep their words.
        title.setMinWidth(0);
        title.setWrapText(true);
        headerActions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox heading = new VBox(titleRow, count);
        heading.getStyleClass().add("review-heading");
        setTop(heading);
        ReviewRoom.fit(this, count);
        setBottom(buttons());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        history.addListener(this::show);
        if (state.getExplainer() != draft) {
            // A new draft (or restored work) opens as any explainer does; a review of the one on
            // screen is an edit of it, in the colours it shows.
            state.open(draft, file);
        }
        show(draft);
        list.getSelectionModel().selectFirst();
    }

    /** Puts the keyboard in the list, where Enter, Delete, J and K act, once the list is in the window. */
    public void focusList() {
        org.stancemap.ui.FocusLater.request(list);
    }

    /** Asks to save unsaved changes, then takes the pane away; false if the author chose to stay. */
    public boolean close() {
        if (confirmLeaving()) {
            // Let go: the window shows what is saved, and the next edit starts from it.
            history.revertToSaved();
            onClose.run();
            return true;
        }
        return false;
    }

    /** Takes the pane away without asking: its changes were saved or let go already. */
    void closeNow() {
        onClose.run();
    }

    EditHistory history() {
        return history;
    }

    /** Puts {@code action} in the heading, before Close. */
    void addHeaderAction(javafx.scene.Node action) {
        if (action instanceof javafx.scene.control.Control control) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        headerActions.getChildren().add(headerActions.getChildren().size() - 1, action);
    }

    /** Back from trying the explainer out: the chosen suggestion shown again and the keyboard in the list. */
    void resume() {
        showDetail(list.getSelectionModel().getSelectedItem());
        focusList();
    }

    /** The file Save writes to, once there is one. */
    Optional<Path> file() {
        return file;
    }

    /** How this work is saved: with the article's folder to start in, when it came from an article file. */
    DraftFiles files() {
        return files;
    }

    /** Runs {@code then} after each save that reached the disk. */
    void afterSave(Runnable then) {
        afterSave = then;
    }

    private FlowPane buttons() {
        Button accept = button("review-accept", "review.accept", "Enter", this::acceptCurrent);
        Button reject = button("review-reject", "review.reject", "Delete", this::rejectCurrent);
        Button acceptActor = button("review-accept-actor", "review.acceptActor", "A", this::acceptActorOfCurrent);
        Button rejectRest = button("review-reject-rest", "review.rejectRest", null, () -> apply(Review.rejectAllRemaining()));
        Button previous = tool(button("review-previous", "review.previous", "K / Shift+F8", () -> move(-1)), Feather.ARROW_UP);
        Button next = tool(button("review-next", "review.next", "J / F8", () -> move(1)), Feather.ARROW_DOWN);
        // With no suggestion chosen, or none left, they would do nothing: they say so by looking off.
        javafx.beans.binding.BooleanBinding noneChosen = list.getSelectionModel().selectedItemProperty().isNull();
        javafx.beans.binding.BooleanBinding noneLeft = javafx.beans.binding.Bindings.isEmpty(suggestions);
        for (Button button : List.of(accept, reject, acceptActor)) {
            button.disableProperty().bind(noneChosen);
        }
        for (Button button : List.of(rejectRest, previous, next)) {
            button.disableProperty().bind(noneLeft);
        }
        FlowPane bar = new FlowPane(
                accept, reject, acceptActor, rejectRest, previous, next,
                tool(button("review-undo", "review.undo", "Ctrl+Z", this::undo), Feather.ROTATE_CCW),
                tool(button("review-redo", "review.redo", "Ctrl+Shift+Z / Ctrl+Y", this::redo), Feather.ROTATE_CW),
                button("review-save", "review.save", "Ctrl+S", () -> save(false)),
                button("review-save-as", "review.saveAs", "Ctrl+Shift+S", () -> save(true)));
        bar.getStyleClass().add("review-buttons");
        return bar;
    }

    /** A button whose tooltip and accessible text name its key too. */
    private static Button button(String id, String key, String shortcut, Runnable action) {
        return EditorControls.button(id, key, shortcut, action);
    }

    /**
     * A button that moves through the list or its history: its words at most sizes, only its icon
     * (with the words in its tooltip and accessible text) where a short pane needs the room.
     */
    private static Button tool(Button button, Feather icon) {
        button.setGraphic(new Icon(icon));
        button.getStyleClass().add(REVIEW_TOOL);
        return button;
    }

    private void onKey(KeyEvent event) {
        boolean handled = true;
        if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(event)
                || new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(event)) {
            redo();
        } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)) {
            undo();
        } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(event)) {
            save(true);
        } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(event)) {
            save(false);
        } else if (event.isShortcutDown() || event.isAltDown()) {
            handled = false;
        } else if (within(event.getTarget(), problems) && event.getCode() != KeyCode.ESCAPE) {
            // The problems list has keys of its own (Enter goes to a problem).
            handled = false;
        } else if (event.getCode() == KeyCode.ESCAPE) {
            close();
        } else {
            switch (event.getCode()) {
                case ENTER -> acceptCurrent();
                case DELETE, BACK_SPACE -> rejectCurrent();
                case A -> acceptActorOfCurrent();
                case J -> move(1);
                case K -> move(-1);
                case F8 -> move(event.isShiftDown() ? -1 : 1);
                default -> handled = false;
            }
        }
        if (handled) {
            event.consume();
        }
    }

    private static boolean within(Object target, javafx.scene.Node area) {
        for (javafx.scene.Node at = target instanceof javafx.scene.Node node ? node : null; at != null; at = at.getParent()) {
            if (at == area) {
                return true;
            }
        }
        return false;
    }

    private void acceptCurrent() {
        current().ifPresent(item -> apply(Review.accept(item)));
    }

    private void rejectCurrent() {
        current().ifPresent(item -> apply(Review.reject(item)));
    }

    private void acceptActorOfCurrent() {
        current().flatMap(this::actorOf).flatMap(id -> history.current().actor(id))
                .ifPresent(actor -> apply(Review.acceptAllOf(actor.id(), actor.name())));
    }

    private Optional<String> actorOf(ItemRef item) {
        Explainer explainer = history.current();
        return switch (item.kind()) {
            case ACTOR -> Optional.of(item.id());
            case STANCE -> explainer.stance(item.id()).map(s -> s.actorId());
            case LINK -> explainer.link(item.id()).flatMap(l -> explainer.stance(l.fromStanceId())).map(s -> s.actorId());
        };
    }

    private Optional<ItemRef> current() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void move(int by) {
        if (suggestions.isEmpty()) {
            return;
        }
        int at = Math.max(0, list.getSelectionModel().getSelectedIndex());
        int next = Math.floorMod(at + by, suggestions.size());
        list.getSelectionModel().select(next);
        list.scrollTo(next);
    }

    private void apply(Edit edit) {
        int at = list.getSelectionModel().getSelectedIndex();
        try {
            history.apply(edit);
        } catch (EditRefused refused) {
            state.notify(RefusalSentence.of(refused.getMessage()), true);
            return;
        }
        // The next suggestion takes the place of the one just handled.
        if (!suggestions.isEmpty()) {
            list.getSelectionModel().select(Math.min(Math.max(at, 0), suggestions.size() - 1));
        }
    }

    private void undo() {
        if (history.canUndo()) {
            history.undo();
        }
    }

    private void redo() {
        if (history.canRedo()) {
            history.redo();
        }
    }

    private void show(Explainer explainer) {
        ItemRef was = list.getSelectionModel().getSelectedItem();
        List<ItemRef> now = Review.suggestions(explainer);
        suggestions.setAll(now);
        everSuggested |= !now.isEmpty();
        count.setText(!now.isEmpty() ? Messages.format("review.count", now.size())
                : Messages.get(everSuggested ? "review.none" : "review.none.unsuggested"));
        if (was != null && now.contains(was)) {
            list.getSelectionModel().select(was);
        }
        showTitle();
        state.showEdit(explainer, file);
        problems.check(explainer);
    }

    /** Shows where a problem is: its suggestion in the list, its actor or link on the map, its words in the article. */
    private void goTo(org.stancemap.edit.Checkup.Finding finding) {
        Explainer explainer = history.current();
        finding.item().ifPresent(item -> {
            if (suggestions.contains(item)) {
                list.getSelectionModel().select(item);
                list.scrollTo(item);
            }
            if (item.kind() == ItemRef.Kind.LINK) {
                explainer.link(item.id()).ifPresent(state::selectLink);
            } else {
                actorOf(item).flatMap(explainer::actor).ifPresent(state::selectActor);
            }
        });
        finding.span().ifPresent(span -> {
            state.panels().showReader(true);
            state.showInArticle(span);
        });
    }

    private void showTitle() {
        title.setText(Messages.get("review.title") + (history.isModified() ? " " + Messages.get("review.modified") : ""));
    }

    private void showDetail(ItemRef item) {
        Explainer explainer = history.current();
        detail.setText(item == null ? "" : SuggestionText.detail(explainer, item));
        if (item != null) {
            actorOf(item).flatMap(explainer::actor).ifPresent(state::selectActor);
        }
    }

    private void save(boolean choose) {
        Optional<Path> target = choose || file.isEmpty() ? files.chooseTarget(EditorControls.windowOf(this), file, history.current()) : file;
        target.ifPresent(this::saveTo);
    }

    /** Saves to {@code path}, which becomes the file that Save writes from now on. */
    void saveTo(Path path) {
        files.save(history.current(), path, () -> {
            file = Optional.of(path);
            history.markSaved();
            showTitle();
            afterSave.run();
        });
    }

    /** True once nothing unsaved stands in the way: no changes, saved now, or the author let them go. */
    boolean confirmLeaving() {
        if (!history.isModified()) {
            return true;
        }
        return switch (files.askToSave(EditorControls.windowOf(this),
                history.current().article().title())) {
            case SAVE -> {
                save(false);
                yield !history.isModified();
            }
            case DISCARD -> true;
            case STAY -> false;
        };
    }

    /** A suggestion in the list: its line of text and a "suggested" tag that is a word, not only a colour. */
    private final class SuggestionCell extends ListCell<ItemRef> {
        @Override
        protected void updateItem(ItemRef item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String line = Messages.get("review.tag") + " · " + SuggestionText.line(history.current(), item);
            setText(line);
            setAccessibleText(line);
            getStyleClass().add("suggestion-cell");
        }
    }
}
