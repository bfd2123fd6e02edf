package org.stancemap.ui.notes;

import java.io.IOException;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.stancemap.store.StudyStore;
import org.stancemap.model.Explainer;
import org.stancemap.model.notes.StudyRecord;
import org.stancemap.ui.ExportFailures;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * Loads the reader's notes when an explainer opens and saves every change, off the FX thread and
 * in order. A damaged notes file, or a save that fails, is reported in the window; the notes on
 * screen are kept either way, so the next change tries again with everything.
 */
public final class StudyKeeper {

    private final AppState state;
    private final StudyStore store;
    private final Executor io;
    private StudyRecord lastLoaded;

    public StudyKeeper(AppState state, StudyStore store, Executor io) {
        this.state = state;
        this.store = store;
        this.io = io;
        state.explainerProperty().addListener((obs, was, now) -> load(now));
        state.studyRecordProperty().addListener((obs, was, now) -> {
            if (now != null && now != lastLoaded && state.getExplainer() != null
                    && now.explainerId().equals(state.getExplainer().id())) {
                save(state.getExplainer(), now);
            }
        });
        load(state.getExplainer());
    }

    private void load(Explainer explainer) {
        state.useStudyRecord(null);
        if (explainer == null) {
            return;
        }
        io.execute(() -> {
            StudyStore.LoadedStudy loaded = store.load(explainer);
            StudyRecord record = loaded.record().reanchored(explainer);
            Platform.runLater(() -> {
                if (state.getExplainer() == explainer) {
                    // Notes that could not be read stay on disk untouched: no notes are offered, so
                    // nothing is saved over them.
                    if (loaded.writable()) {
                        lastLoaded = record;
                        state.useStudyRecord(record);
                    }
                    loaded.message().ifPresent(message -> state.notify(message, true));
                }
            });
        });
    }

    private void save(Explainer explainer, StudyRecord record) {
        io.execute(() -> {
            try {
                store.save(explainer, record).ifPresent(message -> Platform.runLater(() -> state.notify(message, true)));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> state.notify(Messages.format("notes.saveFailed", store.fileFor(explainer.id()),
                        ExportFailures.describe(e)), true));
            }
        });
    }
}
