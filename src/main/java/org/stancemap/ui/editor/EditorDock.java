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
    private final Supplier<Node> reviewDocked;
    private final Consumer<Node> reviewDock;
    private final Consumer<Node> dock;
    private ExplainerEditor open;

    /**
     * {@code reviewDocked} is what stands beside the map now (a draft's review, say) and
     * {@code reviewDock} takes it away; {@code dock} puts the editor at the window's side, the full
     * height of map and article, or takes it away when given null.
     */
    public EditorDock(AppState state, Supplier<Node> reviewDocked, Consumer<Node> reviewDock, Consumer<Node> dock) {
        this.state = state;
        this.reviewDocked = reviewDocked;
        this.reviewDock = reviewDock;
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
        if (open != null && open.getScene() != null) {
            open.startQuote();
            return open;
        }
        Node now = reviewDocked.get();
        EditHistory history;
        Optional<Path> file;
        if (now instanceof DraftReviewPane review && review.history().current() == state.getExplainer()) {
            history = review.history();
            file = review.file();
            reviewDock.accept(null);
        } else {
            history = new EditHistory(state.getExplainer());
            file = state.explainerFileProperty().get();
        }
        EditSession session = new EditSession(state, history, file, new DraftFiles(state::notify));
        ExplainerEditor editor = new ExplainerEditor(session, () -> {
            dock.accept(null);
            open = null;
        });
        dock.accept(editor);
        open = editor;
        javafx.application.Platform.runLater(editor::startQuote);
        return editor;
    }
}
