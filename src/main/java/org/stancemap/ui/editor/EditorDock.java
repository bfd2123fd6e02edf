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
import org.stancemap.model.Explainer;
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
    private TryIt trying;
    private Optional<Autosave> autosave = Optional.empty();

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

    /** Autosaves the work in the editor from now on, as the review's is. */
    public void useAutosave(Autosave saver) {
        autosave = Optional.of(saver);
    }

    /** The editor open now, if one is. */
    Optional<ExplainerEditor> openEditor() {
        return Optional.ofNullable(open);
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
        if (open != null && trying != null) {
            // Off screen while the explainer is tried out: the same editor comes back, history and all.
            trying.backToEditor();
            return open;
        }
        Node now = reviewDocked.get();
        EditHistory history;
        Optional<Path> file;
        DraftFiles files;
        if (now instanceof DraftReviewPane review && review.history().current() == state.getExplainer()) {
            // The review's work goes on here, with its history, so Ctrl+Z still takes back its accepts,
            // and Save As still starts beside the article it was drafted from.
            history = review.history();
            file = review.file();
            files = review.files();
            EditHistory work = history;
            autosave.ifPresent(saver -> saver.handOver(work));
            review.closeNow();
            reviewDock.accept(null);
        } else {
            history = new EditHistory(state.getExplainer());
            file = state.explainerFileProperty().get();
            files = new DraftFiles(state::notify);
        }
        return show(new EditSession(state, history, file, files));
    }

    /**
     * Brings back autosaved work in the editor: it opens on {@code base} (the file as last saved,
     * or the recovered explainer itself) and restoring is one edit on it, so the work shows as
     * unsaved and one undo goes back to the saved file.
     */
    public ExplainerEditor restore(Explainer base, Explainer recovered, Optional<Path> file,
                                   org.stancemap.explainer.RecoveryFile from) {
        if (open != null) {
            open.closeNow();
        }
        state.open(base, file);
        EditHistory history = new EditHistory(base);
        ExplainerEditor editor = show(new EditSession(state, history, file, new DraftFiles(state::notify)));
        history.apply(org.stancemap.edit.RestoreWork.of(recovered));
        autosave.ifPresent(saver -> saver.adopt(from));
        return editor;
    }

    private ExplainerEditor show(EditSession session) {
        TryIt[] tryIt = new TryIt[1];
        ExplainerEditor editor = new ExplainerEditor(session, () -> {
            autosave.ifPresent(Autosave::stop);
            tryIt[0].detach();
            dock.accept(null);
            open = null;
            trying = null;
        });
        tryIt[0] = new TryIt(state, editor, editor::resume, dock);
        editor.addBarAction(tryIt[0].button());
        tryIt[0].attach();
        if (trying != null) {
            trying.detach();
        }
        trying = tryIt[0];
        autosave.ifPresent(saver -> {
            saver.watch(session.history(), session::file);
            editor.afterSave(saver::saved);
        });
        dock.accept(editor);
        open = editor;
        editor.startQuoteWhenShown();
        return editor;
    }
}
