package org.stancemap.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.DraftException;
import org.stancemap.draft.importer.ArticleCleanup;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;

/**
 * The import step: the article as it will be anchored, one paragraph a line, for its author to
 * clean before drafting (remove captions and "Read more" lines, join or split paragraphs, correct a
 * paragraph) and to set the title, outlet and date. "Draft explainer" then drafts exactly this text
 * in the background, with its progress and a Cancel; a failure is shown here and nothing is lost.
 */
public final class ImportStepView extends StackPane {

    private static final KeyCombination DRAFT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination JOIN = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final ArticleDrafter drafter;
    private final Executor background;
    private final Consumer<Explainer> drafted;
    private final Runnable closed;
    private final Supplier<Window> owner;
    private final ArticleCleanup start;
    private final ObjectProperty<ArticleCleanup> cleanup = new SimpleObjectProperty<>(this, "cleanup");
    private final Deque<ArticleCleanup> undone = new ArrayDeque<>();
    private final Deque<ArticleCleanup> done = new ArrayDeque<>();
    /** The row each step in {@link #done} and {@link #undone} changed: undoing or redoing it selects that row. */
    private final Deque<Integer> undoneRows = new ArrayDeque<>();
    private final Deque<Integer> doneRows = new ArrayDeque<>();
    private final ObservableList<String> paragraphs = FXCollections.observableArrayList();
    private final ListView<String> list = new ListView<>(paragraphs);
    private final TextArea paragraphEditor = new TextArea();
    private final TextField title = new TextField();
    private final CheckBox titleIsOwn = new CheckBox(Messages.get("import.titleIsOwn"));
    private final CheckBox suggest = new CheckBox(Messages.get("import.suggest"));
    private final TextField outlet = new TextField();
    private final TextField date = new TextField();
    private final Label count = new Label();
    private final Label problem = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label stage = new Label();
    private final Button draftButton;
    private final Button cancelDraft;
    private final VBox editing;
    private DraftRun running;
    /** The paragraph shown in the editor, so an edit goes back to the one it came from. */
    private int editingIndex = -1;

    /**
     * The step for {@code article}, read from {@code source}. Drafting runs on {@code background};
     * {@code drafted} takes the draft, {@code closed} takes the step away (after a draft or a close).
     */
    public ImportStepView(ArticleCleanup article, String source, ArticleDrafter drafter, Executor background,
                          Consumer<Explainer> drafted, Runnable closed, Supplier<Window> owner) {
        this(article, source, drafter, background, drafted, closed, owner,
                new javafx.beans.property.SimpleBooleanProperty(true));
    }

    /**
     * As above; {@code suggesting} says whether the drafter suggests actors, quotes and links, and
     * follows the author's choice here so the next article starts with it.
     */
    public ImportStepView(ArticleCleanup article, String source, ArticleDrafter drafter, Executor background,
                          Consumer<Explainer> drafted, Runnable closed, Supplier<Window> owner,
                          javafx.beans.property.BooleanProperty suggesting) {
        this.start = article;
        this.drafter = drafter;
        this.background = background;
        this.drafted = drafted;
        this.closed = closed;
        this.owner = owner;
        setId("import-step");
        getStyleClass().addAll("overlay", "import-step");

        Label heading = new Label(Messages.get("import.title"));
        heading.getStyleClass().add("overlay-title");
        heading.setAccessibleRole(AccessibleRole.TEXT);
        Label from = new Label(Messages.format("import.from", source));
        from.getStyleClass().add("import-source");
        from.setWrapText(true);
        Button close = EditorButtons.make("import-close", "import.close", "Esc", this::close);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox named = new VBox(heading, from);
        named.getStyleClass().add("import-heading");
        HBox top = new HBox(named, spacer, close);
        top.getStyleClass().add("import-top");
        top.setAlignment(Pos.TOP_LEFT);

        draftButton = EditorButtons.make("import-draft", "import.draft", Messages.get("import.draft.key"), this::draft);
        draftButton.getStyleClass().add("accent");
        suggest.setId("import-suggest");
        suggest.setSelected(suggesting.get());
        suggest.setAccessibleText(Messages.get("import.suggest"));
        suggest.setAccessibleHelp(Messages.get("import.suggest.help"));
        suggest.setTooltip(new javafx.scene.control.Tooltip(Messages.get("import.suggest.help")));
        suggest.setWrapText(true);
        suggest.selectedProperty().addListener((obs, was, now) -> suggesting.set(now));
        draftButton.textProperty().bind(javafx.beans.binding.Bindings.when(suggest.selectedProperty())
                .then(draftButton.getText()).otherwise(Messages.get("import.openUnsuggested")));
        draftButton.accessibleTextProperty().bind(draftButton.textProperty());
        cancelDraft = EditorButtons.make("import-cancel-draft", "import.cancelDraft", "Esc", this::cancelDraft);
        editing = new VBox(fields(article), hint(), body(), paragraphButtons());
        editing.getStyleClass().add("import-editing");
        VBox.setVgrow(editing.getChildren().get(2), Priority.ALWAYS);
        VBox card = new VBox(top, editing, footer());
        VBox.setVgrow(editing, Priority.ALWAYS);
        card.getStyleClass().addAll("overlay-card", "import-card");
        getChildren().add(card);

        cleanup.addListener((obs, was, now) -> show(now));
        cleanup.set(article);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> showParagraph(now.intValue()));
        list.getSelectionModel().selectFirst();
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // Keys meant for this step stay in it: the window behind must not act on them.
        addEventHandler(KeyEvent.ANY, KeyEvent::consume);
        FocusCycle.install(this, paragraphEditor);
    }

    /** Puts the keyboard on the paragraph list, once the step is on screen. */
    public void focusList() {
        org.stancemap.ui.FocusLater.request(list);
    }

    /** The article as cleaned so far, with the title, outlet and date in the fields. */
    public ArticleCleanup current() {
        return cleanup.get().withTitle(title.getText(), titleIsOwn.isSelected())
                .withOutlet(outlet.getText()).withDate(date.getText());
    }

    private GridPane fields(ArticleCleanup article) {
        title.setText(article.title());
        title.setId("import-field-title");
        title.setPromptText(Messages.get("import.title.prompt"));
        titleIsOwn.setId("import-title-own");
        titleIsOwn.setSelected(article.titleIsOwn());
        titleIsOwn.setWrapText(true);
        outlet.setText(article.outlet());
        outlet.setId("import-field-outlet");
        date.setText(article.date());
        date.setId("import-field-date");
        date.setPromptText(Messages.get("import.date.prompt"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("import-fields");
        Label titleNote = new Label();
        titleNote.setId("import-title-note");
        titleNote.getStyleClass().add("field-note");
        titleNote.setWrapText(true);
        titleNote.managedProperty().bind(titleNote.textProperty().isNotEmpty());
        VBox titleBox = new VBox(title, titleNote);
        titleBox.getStyleClass().add("import-title-box");
        grid.addRow(0, label("import.field.title", title), titleBox, titleIsOwn);
        grid.addRow(1, label("import.field.outlet", outlet), outlet);
        HBox dated = new HBox(label("import.field.date", date), date);
        dated.getStyleClass().add("import-dated");
        dated.setAlignment(Pos.CENTER_LEFT);
        grid.add(dated, 2, 1);
        GridPane.setHgrow(title.getParent() == null ? title : title.getParent(), Priority.ALWAYS);
        GridPane.setHgrow(outlet, Priority.ALWAYS);
        ImportFieldChecks.install(title, titleIsOwn, titleNote);
        return grid;
    }

    private static Label label(String key, TextInputControl field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.getStyleClass().add("import-label");
        field.setAccessibleText(Messages.get(key).replace("_", ""));
        return label;
    }

    private Label hint() {
        Label hint = new Label(Messages.get("import.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("import-hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    private HBox body() {
        list.setId("import-paragraphs");
        list.setAccessibleText(Messages.get("import.paragraphs.accessible"));
        list.setCellFactory(view -> new ParagraphCell());
        list.getStyleClass().add("import-paragraphs");
        // A filter: the list itself would take Enter before it reached a handler.
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        paragraphEditor.setId("import-paragraph-editor");
        paragraphEditor.setWrapText(true);
        paragraphEditor.setAccessibleText(Messages.get("import.editor.accessible"));
        paragraphEditor.setAccessibleHelp(Messages.get("import.editor.help"));
        paragraphEditor.getStyleClass().add("import-paragraph-editor");
        paragraphEditor.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitParagraph(paragraphEditor.getText());
            }
        });
        paragraphEditor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        Label editorTitle = new Label(Messages.get("import.editor.title"));
        editorTitle.setLabelFor(paragraphEditor);
        editorTitle.getStyleClass().add("import-label");
        Label editorHint = new Label(Messages.get("import.editor.help"));
        editorHint.setWrapText(true);
        editorHint.getStyleClass().add("import-hint");
        VBox editorBox = new VBox(editorTitle, paragraphEditor, editorHint);
        editorBox.getStyleClass().add("import-editor-box");
        VBox.setVgrow(paragraphEditor, Priority.ALWAYS);
        HBox body = new HBox(list, editorBox);
        body.getStyleClass().add("import-body");
        HBox.setHgrow(list, Priority.ALWAYS);
        editorBox.prefWidthProperty().bind(body.widthProperty().multiply(0.36));
        editorBox.setMinWidth(0);
        list.setMinWidth(0);
        return body;
    }

    private HBox paragraphButtons() {
        Button undo = EditorButtons.make("import-undo", "review.undo", "Ctrl+Z", this::undo);
        Button redo = EditorButtons.make("import-redo", "review.redo", "Ctrl+Y", this::redo);
        undo.disableProperty().bind(cleanup.map(c -> done.isEmpty()).orElse(true));
        redo.disableProperty().bind(cleanup.map(c -> undone.isEmpty()).orElse(true));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        count.setId("import-count");
        count.getStyleClass().add("import-count");
        HBox bar = new HBox(
                EditorButtons.make("import-remove", "import.remove", "Delete", this::removeSelected),
                EditorButtons.make("import-join", "import.join", "Ctrl+J", this::joinSelected),
                EditorButtons.make("import-split", "import.split", "Enter", this::splitAtCaret),
                undo, redo, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("import-buttons");
        return bar;
    }

    private VBox footer() {
        problem.setId("import-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("import-problem");
        problem.setAccessibleRole(AccessibleRole.TEXT);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        progress.setId("import-progress");
        progress.setAccessibleText(Messages.get("import.progress.accessible"));
        stage.setId("import-stage");
        stage.getStyleClass().add("import-stage");
        HBox working = new HBox(progress, stage);
        working.getStyleClass().add("import-working");
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(cancelDraft.visibleProperty());
        cancelDraft.setVisible(false);
        cancelDraft.managedProperty().bind(cancelDraft.visibleProperty());
        draftButton.managedProperty().bind(draftButton.visibleProperty());
        draftButton.visibleProperty().bind(cancelDraft.visibleProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        suggest.disableProperty().bind(cancelDraft.visibleProperty());
        HBox row = new HBox(working, spacer, suggest, cancelDraft, draftButton);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("import-working");
        VBox footer = new VBox(problem, row);
        footer.getStyleClass().add("import-footer");
        return footer;
    }

    private void onKey(KeyEvent event) {
        boolean inText = event.getTarget() instanceof TextInputControl;
        boolean handled = true;
        if (DRAFT.match(event)) {
            draft();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            if (running != null) {
                cancelDraft();
            } else {
                close();
            }
        } else if (running != null) {
            handled = false;
        } else if (JOIN.match(event)) {
            joinSelected();
        } else if (!inText && UNDO.match(event)) {
            undo();
        } else if (!inText && (REDO.match(event) || REDO_Y.match(event))) {
            redo();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    private void onListKey(KeyEvent event) {
        if (running != null || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCode()) {
            case DELETE, BACK_SPACE -> removeSelected();
            case ENTER, F2 -> paragraphEditor.requestFocus();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** In the paragraph editor Enter splits the paragraph at the cursor and Esc goes back to the list. */
    private void onEditorKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()) {
            splitAtCaret();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            commitParagraph(paragraphEditor.getText());
            list.requestFocus();
            event.consume();
        } else if (event.getCode() == KeyCode.TAB && !event.isShortcutDown()) {
            // Tab moves on instead of typing a tab into the article.
            commitParagraph(paragraphEditor.getText());
            if (event.isShiftDown()) {
                list.requestFocus();
            } else {
                draftButton.requestFocus();
            }
            event.consume();
        }
    }

    private Optional<Integer> selected() {
        int at = list.getSelectionModel().getSelectedIndex();
        return at < 0 || at >= paragraphs.size() ? Optional.empty() : Optional.of(at);
    }

    private void removeSelected() {
        selected().ifPresent(at -> change(cleanup.get().remove(at), at, at));
    }

    private void joinSelected() {
        selected().filter(at -> at + 1 < paragraphs.size()).ifPresent(at -> {
            commitParagraph(paragraphEditor.getText());
            change(cleanup.get().joinWithNext(at), at, at);
        });
    }

    private void splitAtCaret() {
        if (editingIndex < 0 || editingIndex >= paragraphs.size()) {
            return;
        }
        String text = paragraphEditor.getText();
        int caret = Math.min(paragraphEditor.getCaretPosition(), text.length());
        int at = editingIndex;
        ArticleCleanup next = cleanup.get().replace(at, text.substring(0, caret) + "\n" + text.substring(caret));
        change(next, at, next.paragraphs().size() > paragraphs.size() ? at + 1 : at);
        paragraphEditor.requestFocus();
        paragraphEditor.positionCaret(0);
    }

    private void commitParagraph(String text) {
        int at = editingIndex;
        if (at < 0 || at >= paragraphs.size() || paragraphs.get(at).equals(text) || running != null) {
            return;
        }
        change(cleanup.get().replace(at, text), at, at);
    }

    private void change(ArticleCleanup next, int row, int select) {
        if (next.equals(cleanup.get())) {
            return;
        }
        done.push(cleanup.get());
        doneRows.push(row);
        undone.clear();
        undoneRows.clear();
        problem.setText("");
        cleanup.set(next);
        select(select);
    }

    private void undo() {
        if (!done.isEmpty()) {
            // The row the step changed, not where the keyboard is now: a removed line comes back selected.
            int at = doneRows.pop();
            undone.push(cleanup.get());
            undoneRows.push(at);
            cleanup.set(done.pop());
            select(at);
        }
    }

    private void redo() {
        if (!undone.isEmpty()) {
            int at = undoneRows.pop();
            done.push(cleanup.get());
            doneRows.push(at);
            cleanup.set(undone.pop());
            select(at);
        }
    }

    private void select(int at) {
        if (paragraphs.isEmpty()) {
            showParagraph(-1);
            return;
        }
        int index = Math.max(0, Math.min(at, paragraphs.size() - 1));
        list.getSelectionModel().clearAndSelect(index);
        list.scrollTo(Math.max(0, index - 2));
        showParagraph(index);
    }

    private void show(ArticleCleanup now) {
        editingIndex = -1;
        paragraphs.setAll(now.paragraphs());
        count.setText(Messages.format("import.count", now.paragraphs().size(), now.wordCount()));
    }

    private void showParagraph(int index) {
        if (index == editingIndex) {
            return;
        }
        if (editingIndex >= 0 && paragraphEditor.isFocused()) {
            commitParagraph(paragraphEditor.getText());
        }
        editingIndex = index >= 0 && index < paragraphs.size() ? index : -1;
        paragraphEditor.setText(editingIndex < 0 ? "" : paragraphs.get(editingIndex));
        paragraphEditor.setDisable(editingIndex < 0);
    }

    private void draft() {
        if (running != null) {
            return;
        }
        commitParagraph(paragraphEditor.getText());
        ArticleCleanup article = current();
        if (!article.hasUsableText()) {
            problem.setText(Messages.get("import.noText"));
            return;
        }
        problem.setText("");
        if (!suggest.isSelected()) {
            openUnsuggested(article);
            return;
        }
        DraftRun run = new DraftRun(drafter, article);
        running = run;
        progress.progressProperty().bind(run.progressProperty());
        stage.textProperty().bind(run.messageProperty());
        editing.setDisable(true);
        cancelDraft.setVisible(true);
        Platform.runLater(cancelDraft::requestFocus);
        run.setOnSucceeded(e -> {
            if (running == run) {
                finished();
                closed.run();
                drafted.accept(run.getValue());
            }
        });
        run.setOnFailed(e -> {
            if (running == run) {
                finished();
                problem.setText(reason(run.getException()));
                Platform.runLater(list::requestFocus);
            }
        });
        background.execute(run);
    }

    /** Without suggestions nothing slow runs: the article alone opens in the editor at once. */
    private void openUnsuggested(ArticleCleanup article) {
        Explainer bare;
        try {
            bare = drafter.withoutSuggestions(article.toImported(), article.titleIsOwn());
        } catch (DraftException e) {
            problem.setText(reason(e));
            return;
        }
        closed.run();
        drafted.accept(bare);
    }

    private void cancelDraft() {
        DraftRun run = running;
        if (run == null) {
            return;
        }
        run.cancel();
        finished();
        problem.setText(Messages.get("import.cancelled"));
        Platform.runLater(list::requestFocus);
    }

    private void finished() {
        running = null;
        progress.progressProperty().unbind();
        progress.setProgress(0);
        stage.textProperty().unbind();
        stage.setText("");
        editing.setDisable(false);
        cancelDraft.setVisible(false);
    }

    private static String reason(Throwable failure) {
        if (failure instanceof DraftException) {
            return Messages.format("import.failed", failure.getMessage());
        }
        return Messages.format("import.failed", Messages.format("import.internal",
                failure == null ? "?" : failure.getClass().getSimpleName()));
    }

    /** Closes the step, asking first when the author has cleaned anything. */
    public void close() {
        if (running != null) {
            cancelDraft();
        }
        if (isModified() && !confirmDiscard()) {
            return;
        }
        closed.run();
    }

    boolean isModified() {
        return !current().equals(start);
    }

    private boolean confirmDiscard() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("import.discard"),
                new ButtonType(Messages.get("import.discard.yes"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Messages.get("import.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner.get());
        alert.setHeaderText(null);
        alert.setTitle(Messages.get("import.title"));
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /** A paragraph in the list: its number as in the explainer, its text, and a tag when it looks like clutter. */
    private final class ParagraphCell extends javafx.scene.control.ListCell<String> {
        private final Label number = new Label();
        // A Text, not a Label: a wrapping Label in a list cell keeps one line's height and cuts the rest.
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();
        private final Label tag = new Label(Messages.get("import.clutter"));
        private final HBox row = new HBox(number, text, tag);

        ParagraphCell() {
            number.getStyleClass().add("paragraph-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("paragraph-text");
            tag.getStyleClass().addAll(org.stancemap.ui.theme.Styles.DASHED_TAG, "clutter-tag");
            tag.setMinWidth(Region.USE_PREF_SIZE);
            tag.managedProperty().bind(tag.visibleProperty());
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("paragraph-row");
            // Wraps to the list's width instead of running off its edge.
            setPrefWidth(0);
            text.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(80, list.getWidth() - number.getWidth() - (tag.isVisible() ? tag.getWidth() : 0) - 60),
                    list.widthProperty(), number.widthProperty(), tag.widthProperty(), tag.visibleProperty()));
            getStyleClass().add("paragraph-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            int index = getIndex() + 1;
            number.setText("¶" + index);
            text.setText(item);
            boolean clutter = org.stancemap.draft.importer.Clutter.looksLikeClutter(item);
            tag.setVisible(clutter);
            setGraphic(row);
            setAccessibleText(Messages.format(clutter ? "import.paragraph.clutter" : "import.paragraph", index, item));
        }
    }
}
