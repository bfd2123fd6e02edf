package org.stancemap.ui.editor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.stancemap.edit.Edit;
import org.stancemap.edit.EditHistory;
import org.stancemap.edit.EditRefused;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.ui.state.AppState;

/**
 * One sitting of editing an explainer: its history of edits, the file it is saved to, and the
 * window it shows in. Every change goes through {@link #apply}, which shows the result on the map,
 * in the panel and in the article, or says why the edit was refused.
 */
final class EditSession {

    private final AppState state;
    private final EditHistory history;
    private final DraftFiles files;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private Optional<Path> file;

    EditSession(AppState state, EditHistory history, Optional<Path> file, DraftFiles files) {
        this.state = state;
        this.history = history;
        this.file = file;
        this.files = files;
        history.addListener(this::show);
    }

    AppState state() {
        return state;
    }

    EditHistory history() {
        return history;
    }

    Explainer current() {
        return history.current();
    }

    Optional<Path> file() {
        return file;
    }

    DraftFiles files() {
        return files;
    }

    /** The reason the last edit was refused, or empty once one applies. */
    ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    void onChange(Consumer<Explainer> listener) {
        history.addListener(listener);
    }

    /** Applies {@code edit}; true if it applied, false (with the reason shown) if it was refused. */
    boolean apply(Edit edit) {
        Actor selected = state.getSelectedActor();
        Link link = state.getSelectedLink();
        try {
            history.apply(edit);
        } catch (EditRefused refused) {
            refuse(RefusalSentence.of(refused.getMessage()));
            return false;
        }
        // What was refused before is done now: its warning no longer holds.
        state.withdraw(refusal.get());
        refusal.set("");
        reselect(selected, link);
        return true;
    }

    /** Shows why the author's request cannot be carried out, as a refused edit would. */
    void refuse(String reason) {
        refusal.set(reason);
        state.notify(reason, true);
    }

    void undo() {
        if (history.canUndo()) {
            Actor selected = state.getSelectedActor();
            Link link = state.getSelectedLink();
            history.undo();
            reselect(selected, link);
        }
    }

    void redo() {
        if (history.canRedo()) {
            Actor selected = state.getSelectedActor();
            Link link = state.getSelectedLink();
            history.redo();
            reselect(selected, link);
        }
    }

    /** The actor or link the author had chosen stays chosen across an edit, if it is still there. */
    private void reselect(Actor selected, Link link) {
        if (selected != null) {
            current().actor(selected.id()).ifPresent(state::selectActor);
        }
        if (link != null) {
            current().link(link.id()).ifPresent(state::selectLink);
        }
    }

    void savedTo(Path path) {
        file = Optional.of(path);
        history.markSaved();
        Actor selected = state.getSelectedActor();
        Link link = state.getSelectedLink();
        state.showEdit(current(), file);
        reselect(selected, link);
    }

    private void show(Explainer explainer) {
        if (state.getExplainer() != explainer) {
            state.showEdit(explainer, file);
        }
    }
}
