package org.stancemap.ui.editor;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.RecoveryFile;
import org.stancemap.explainer.RecoveryFolder;
import org.stancemap.io.AtomicFile;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * At start, after a crash: offers each explainer's autosaved work back in one question, naming
 * the explainer, its file (or that it was never saved) and when it was autosaved. Restore opens one
 * as unsaved work (in the review while suggestions remain, else in the editor) and keeps the others
 * for the next start; Discard deletes only that one's autosave. An autosave that cannot be read is
 * renamed out of the way, never deleted, and the question names it and where it went. Reading and
 * renaming happen off the FX thread.
 *
 * <p>Only autosaves no other running Stancemap owns are offered: this one claims each it offers
 * ({@link RecoveryFolder#claim}) while the question is open, keeps the one restored, and lets the
 * others go when the question closes, so a Stancemap started meanwhile neither offers nor
 * touches them, and one started later can.
 */
public final class RecoveryOffer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** Autosaved work that can be restored: where it is, what it holds, and the explainer it was last saved as. */
    record Found(RecoveryFile entry, RecoveryFile.Recovered recovered, Explainer base) {
    }

    /** What the folder held: the work to offer and what could not be read, said for the author. */
    record Scan(List<Found> found, List<String> damaged) {
    }

    private final RecoveryFolder recoveries;
    private final Executor io;
    private final Supplier<Window> owner;
    private final NewFromArticle drafting;
    private final AppState state;
    private final ZoneId zone;
    private final Clock clock;
    private RecoveryChoices shown;
    private Optional<EditorDock> editing = Optional.empty();
    /** Offered and neither restored nor discarded: let go when the question closes. */
    private final java.util.Set<RecoveryFile> undecided = new java.util.LinkedHashSet<>();

    public RecoveryOffer(RecoveryFolder recoveries, Executor io, Supplier<Window> owner, NewFromArticle drafting,
                         AppState state, ZoneId zone) {
        this.recoveries = recoveries;
        this.io = io;
        this.owner = owner;
        this.drafting = drafting;
        this.state = state;
        this.zone = zone;
        this.clock = Clock.system(zone);
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
        Task<Scan> task = new Task<>() {
            @Override
            protected Scan call() throws IOException {
                return scan();
            }
        };
        task.setOnSucceeded(e -> {
            Scan scan = task.getValue();
            if (!scan.found().isEmpty() || !scan.damaged().isEmpty()) {
                ask(scan);
            }
        });
        task.setOnFailed(e -> state.notify(Messages.format("recovery.folderUnreadable", recoveries.folder(),
                task.getException() == null ? "?" : task.getException().getMessage()), true));
        io.execute(task);
    }

    /** Reads every autosave; each that cannot be read is set aside at once and described. */
    private Scan scan() throws IOException {
        List<Found> found = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (RecoveryFile entry : recoveries.all()) {
            try {
                if (!recoveries.claim(entry)) {
                    continue; // another running Stancemap's work, being edited there now
                }
            } catch (IOException e) {
                damaged.add(Messages.format("recovery.unchecked", entry.explainerFile(), e.getMessage()));
                continue;
            }
            try {
                Optional<RecoveryFile.Recovered> read = entry.read();
                if (read.isPresent()) {
                    found.add(new Found(entry, read.get(), savedVersion(read.get())));
                } else {
                    recoveries.release(entry);
                }
            } catch (IOException | RuntimeException e) {
                damaged.add(describeDamage(entry, e));
                recoveries.release(entry);
            }
        }
        found.sort(java.util.Comparator.comparing((Found f) -> f.recovered().savedAt()).reversed());
        return new Scan(found, damaged);
    }

    private String describeDamage(RecoveryFile entry, Exception failure) {
        String why = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage().lines().findFirst().orElse("").strip();
        AtomicFile.Aside aside = entry.setAside(LocalDateTime.now(clock).format(STAMP));
        return aside.movedTo()
                .map(to -> Messages.format("recovery.damaged", entry.explainerFile(), why, to.getFileName()))
                .orElseGet(() -> Messages.format("recovery.damaged.stays", entry.explainerFile(), why, aside.problem()));
    }

    private static Explainer savedVersion(RecoveryFile.Recovered recovered) {
        return recovered.file().map(f -> new ExplainerLoader().load(f)).flatMap(LoadResult::explainer)
                .filter(saved -> saved.id().equals(recovered.explainer().id()))
                .orElse(recovered.explainer());
    }

    void ask(Scan scan) {
        Window window = owner.get();
        java.util.List<String> stylesheets = window == null || window.getScene() == null ? java.util.List.of()
                : java.util.List.copyOf(window.getScene().getStylesheets());
        scan.found().forEach(f -> undecided.add(f.entry()));
        shown = new RecoveryChoices(scan, zone, stylesheets, this::restore, this::discard);
        shown.dialog().initOwner(window);
        org.stancemap.ui.dialog.CentredOnOwner.keep(shown.dialog());
        shown.dialog().setOnHidden(e -> {
            shown = null;
            // Later: Restore closes the question before it says which work it restores.
            Platform.runLater(this::letGoOfUndecided);
        });
        shown.dialog().show();
    }

    private void restore(Found found) {
        undecided.remove(found.entry());
        RecoveryFile.Recovered recovered = found.recovered();
        if (editing.isPresent() && org.stancemap.edit.Review.suggestions(recovered.explainer()).isEmpty()) {
            editing.get().restore(found.base(), recovered.explainer(), recovered.file(), found.entry());
        } else {
            drafting.restore(found.base(), recovered.explainer(), recovered.file(), found.entry());
        }
    }

    private void discard(Found found) {
        undecided.remove(found.entry());
        io.execute(() -> {
            try {
                recoveries.remove(found.entry());
            } catch (IOException e) {
                Platform.runLater(() -> state.notify(Messages.format("recovery.discardFailed",
                        found.entry().explainerFile(), e.getMessage()), true));
            }
        });
    }

    /** The offered work no one chose stays for the next start, or for another Stancemap started meanwhile. */
    private void letGoOfUndecided() {
        List<RecoveryFile> letGo = List.copyOf(undecided);
        undecided.clear();
        io.execute(() -> letGo.forEach(recoveries::release));
    }

    /** The question on screen, if it is (for tests). */
    Optional<RecoveryChoices> shown() {
        return Optional.ofNullable(shown);
    }
}
