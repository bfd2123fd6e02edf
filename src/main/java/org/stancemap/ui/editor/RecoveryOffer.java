package org.stancemap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.RecoveryFile;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * At start, after a crash: offers the autosaved work back, naming the explainer, its file and when
 * it was saved. Restore opens it as unsaved work (in the review while suggestions remain, else in
 * the editor); Discard removes the recovery file. Reading happens off the FX thread; an unreadable recovery file
 * is reported and left in place for the author to rescue by hand.
 */
public final class RecoveryOffer {

    /** What was found: the recovered work and the explainer it was last saved as (to undo back to). */
    record Found(RecoveryFile.Recovered recovered, Explainer base) {
    }

    private final RecoveryFile recovery;
    private final Executor io;
    private final Supplier<Window> owner;
    private final NewFromArticle drafting;
    private final AppState state;
    private final ZoneId zone;
    private Alert shown;
    private Optional<EditorDock> editing = Optional.empty();

    public RecoveryOffer(RecoveryFile recovery, Executor io, Supplier<Window> owner, NewFromArticle drafting,
                         AppState state, ZoneId zone) {
        this.recovery = recovery;
        this.io = io;
        this.owner = owner;
        this.drafting = drafting;
        this.state = state;
        this.zone = zone;
    }

    /**
     * Restores work with no suggestions left in the editor rather than in the review (the review
     * is for suggestions); returns this offer.
     */
    public RecoveryOffer alsoEditing(EditorDock editor) {
        editing = Optional.of(editor);
        return this;
    }

    /** Looks for autosaved work in the background and, if there is some, asks what to do with it. */
    public void offerIfAny() {
        Task<Optional<Found>> task = new Task<>() {
            @Override
            protected Optional<Found> call() throws IOException {
                return recovery.read().map(r -> new Found(r, savedVersion(r)));
            }
        };
        task.setOnSucceeded(e -> task.getValue().ifPresent(this::ask));
        task.setOnFailed(e -> state.notify(Messages.format("recovery.unreadable", recovery.explainerFile(),
                task.getException() == null ? "?" : task.getException().getMessage()), true));
        io.execute(task);
    }

    private static Explainer savedVersion(RecoveryFile.Recovered recovered) {
        return recovered.file().map(f -> new ExplainerLoader().load(f)).flatMap(LoadResult::explainer)
                .filter(saved -> saved.id().equals(recovered.explainer().id()))
                .orElse(recovered.explainer());
    }

    void ask(Found found) {
        RecoveryFile.Recovered recovered = found.recovered();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(zone)
                .format(recovered.savedAt());
        String where = recovered.file().map(Path::toString).orElse(Messages.get("recovery.neverSaved"));
        ButtonType restore = new ButtonType(Messages.get("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("recovery.question",
                recovered.explainer().article().title(), where, when, recovery.explainerFile()), restore, discard);
        alert.setTitle(Messages.get("recovery.title"));
        alert.setHeaderText(Messages.get("recovery.header"));
        alert.getDialogPane().setId("recovery-dialog");
        alert.getDialogPane().setMinWidth(560);
        alert.initOwner(owner.get());
        alert.setOnHidden(e -> {
            shown = null;
            ButtonType answer = alert.getResult();
            if (answer == restore) {
                restore(found.base(), recovered);
            } else if (answer == discard) {
                io.execute(this::discard);
            }
            // Closed any other way: the file stays and is offered again at the next start.
        });
        shown = alert;
        alert.show();
    }

    private void restore(Explainer base, RecoveryFile.Recovered recovered) {
        if (editing.isPresent() && org.stancemap.edit.Review.suggestions(recovered.explainer()).isEmpty()) {
            editing.get().restore(base, recovered.explainer(), recovered.file());
        } else {
            drafting.restore(base, recovered.explainer(), recovered.file());
        }
    }

    /** The question on screen, if it is (for tests). */
    Optional<Alert> shown() {
        return Optional.ofNullable(shown);
    }

    private void discard() {
        try {
            recovery.remove();
        } catch (IOException e) {
            javafx.application.Platform.runLater(() -> state.notify(Messages.format("recovery.discardFailed",
                    recovery.explainerFile(), e.getMessage()), true));
        }
    }
}
