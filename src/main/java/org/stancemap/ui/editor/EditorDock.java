package org.stancemap.ui.editor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.stancemap.edit.EditHistory;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * Opens the explainer editor beside the map (⋯ ▸ Edit explainer, Ctrl+E), never in a kiosk. A
 * review of a draft that is open hands over its history, so Ctrl+Z in the editor can still take
 * back what the review accepted or rejected. The built-in explainer has no file: its first Save
 * asks where to write an editable copy.
 */
public final class EditorDock {

    private final AppState state;
    private final Supplier<Node> docked;
    private final Consumer<Node> dock;

    /** {@code docked} is what stands beside the map now; {@code dock} puts a pane there (null: none). */
    public EditorDock(AppState state, Supplier<Node> docked, Consumer<Node> dock) {
        this.state = state;
        this.docked = docked;
        this.dock = dock;
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(Messages.get("menu.edit"));
        item.setId("menu-edit");
        item.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> state.getExplainer() == null || state.isKiosk(),
                state.explainerProperty(), state.kioskProperty()));
        item.setOnAction(e -> open());
        return item;
    }

    /** Opens the editor on the explainer on screen (or brings it forward if it is open); null in a kiosk. */
    public ExplainerEditor open() {
        if (state.isKiosk() || state.getExplainer() == null) {
            return null;
        }
        Node now = docked.get();
        if (now instanceof ExplainerEditor editor) {
            editor.startQuote();
            return editor;
        }
        EditHistory history;
        Optional<Path> file;
        if (now instanceof DraftReviewPane review && review.history().current() == state.getExplainer()) {
            history = review.history();
            file = review.file();
        } else {
            history = new EditHistory(state.getExplainer());
            file = state.explainerFileProperty().get();
        }
        EditSession session = new EditSession(state, history, file, new DraftFiles(state::notify));
        ExplainerEditor editor = new ExplainerEditor(session, () -> dock.accept(null));
        dock.accept(editor);
        javafx.application.Platform.runLater(editor::startQuote);
        return editor;
    }
}
