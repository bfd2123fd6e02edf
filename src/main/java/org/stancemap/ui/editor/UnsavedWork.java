package org.stancemap.ui.editor;

import java.util.Optional;

/**
 * Unsaved work stands in the way of closing the window, quitting, opening another explainer,
 * starting a new one and reviewing suggestions: the editor, or the review, first asks whether to
 * save it (Save, Don’t save, Cancel). Once the answer lets the author go on, both are closed and
 * their autosave removed; Cancel leaves everything as it was.
 */
public final class UnsavedWork {

    private final EditorDock editing;
    private final NewFromArticle drafting;

    public UnsavedWork(EditorDock editing, NewFromArticle drafting) {
        this.editing = editing;
        this.drafting = drafting;
    }

    /** Asks about unsaved changes, if there are any; true, with the editor and review closed, if the author goes on. */
    public boolean settle() {
        Optional<ExplainerEditor> editor = editing.openEditor();
        Optional<DraftReviewPane> review = drafting.openReview();
        if (editor.isPresent() && !editor.get().confirmLeaving()) {
            return false;
        }
        // A review whose work the editor took over was answered for with the editor.
        boolean reviewApart = review.isPresent()
                && (editor.isEmpty() || editor.get().session().history() != review.get().history());
        if (reviewApart && !review.get().confirmLeaving()) {
            return false;
        }
        editor.ifPresent(ExplainerEditor::closeNow);
        review.ifPresent(DraftReviewPane::closeNow);
        return true;
    }
}
