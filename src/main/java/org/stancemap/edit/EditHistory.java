package org.stancemap.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.stancemap.model.Explainer;

/**
 * The explainer being edited and the edits that made it: apply, undo and redo. Each step keeps the
 * explainer it replaced, which is exact for any cascade and cheap, since explainers share their
 * unchanged records. Listeners hear every change of the current explainer.
 */
public final class EditHistory {

    private record Step(Edit edit, Explainer before, Explainer after) {
    }

    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final List<Consumer<Explainer>> listeners = new ArrayList<>();
    private Explainer current;
    private Explainer start;
    private Step savedAt;
    private boolean savedAtStart = true;

    public EditHistory(Explainer start) {
        this.current = start;
        this.start = start;
    }

    public Explainer current() {
        return current;
    }

    /** Applies {@code edit}; on {@link EditRefused} nothing changes and the exception propagates. */
    public Explainer apply(Edit edit) {
        Explainer next = edit.applyTo(current);
        Step step = new Step(edit, current, next);
        done.push(step);
        undone.clear();
        show(next);
        return next;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The label of the edit Undo would take back, if any. */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(step -> step.edit().label());
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peek()).map(step -> step.edit().label());
    }

    public void undo() {
        Step step = done.pop();
        undone.push(step);
        show(step.before());
    }

    public void redo() {
        Step step = undone.pop();
        done.push(step);
        show(step.after());
    }

    /** Remembers the current explainer as the one on disk. */
    public void markSaved() {
        savedAt = done.peek();
        savedAtStart = savedAt == null;
    }

    /** True when the current explainer differs from the one last saved (or opened). */
    public boolean isModified() {
        Step top = done.peek();
        return savedAtStart ? top != null : top != savedAt;
    }

    /**
     * Goes back to the explainer last saved (or opened), as "Don't save" leaves it: the changes since
     * are gone, with nothing left to undo or redo. Work with no unsaved changes is left as it is.
     */
    public void revertToSaved() {
        if (!isModified()) {
            return;
        }
        Explainer saved = savedAtStart ? start : savedAt.after();
        done.clear();
        undone.clear();
        start = saved;
        savedAt = null;
        savedAtStart = true;
        show(saved);
    }

    public void addListener(Consumer<Explainer> listener) {
        listeners.add(listener);
    }

    private void show(Explainer next) {
        current = next;
        for (Consumer<Explainer> listener : List.copyOf(listeners)) {
            listener.accept(next);
        }
    }
}
