package org.stancemap.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.ui.dialog.ProblemReport;
import org.stancemap.ui.state.AppState;

/**
 * Opens explainers off the FX thread. A file with errors is reported in full and the explainer on
 * screen stays; only a valid file replaces it.
 */
public final class ExplainerOpener {

    private final ExplainerLoader loader;
    private final AppState state;
    private final Supplier<Window> owner;
    private final Executor loading;
    private final StartupLoads readAhead;
    /** Asked before another explainer replaces the one on screen; false keeps it (unsaved work the author kept). */
    private java.util.function.BooleanSupplier mayLeave = () -> true;

    /**
     * Reads files with {@code loader} on {@code loading}; the explainer named at start may already
     * have been read, by {@code readAhead}.
     */
    public ExplainerOpener(ExplainerLoader loader, AppState state, Supplier<Window> owner, Executor loading,
                           StartupLoads readAhead) {
        this.loader = loader;
        this.state = state;
        this.owner = owner;
        this.loading = loading;
        this.readAhead = readAhead;
    }

    /** Asks {@code check} before opening another explainer, so unsaved work is saved or let go first. */
    public void askBeforeLeaving(java.util.function.BooleanSupplier check) {
        mayLeave = check;
    }

    public void chooseFile() {
        if (!mayLeave.getAsBoolean()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("open.all"), "*.*"));
        state.explainerFileProperty().get().map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            open(file.toPath());
        }
    }

    public void open(Path file) {
        if (!mayLeave.getAsBoolean()) {
            return;
        }
        run(() -> loader.load(file), Optional.of(file), null);
    }

    public void openDefault() {
        if (!mayLeave.getAsBoolean()) {
            return;
        }
        run(loader::loadDefault, Optional.empty(), null);
    }

    /**
     * Opens the explainer read ahead for {@code file} at once, if it has been read and is valid;
     * says whether it did. Otherwise nothing happens and {@link #openAtStart} does the work.
     */
    public boolean openReadAheadNow(Optional<Path> file) {
        Optional<LoadResult> ready = this.readAhead.readyExplainerFor(file);
        if (ready.isEmpty() || !ready.get().isValid()) {
            return false;
        }
        state.open(ready.get().explainer().orElseThrow(), file);
        return true;
    }

    /** Opens {@code file}; if it is broken, says why and opens the built-in explainer instead. */
    public void openAtStart(Optional<Path> file) {
        Optional<Supplier<LoadResult>> ahead = this.readAhead.explainerFor(file);
        if (file.isEmpty()) {
            run(ahead.orElse(loader::loadDefault), Optional.empty(), null);
            return;
        }
        run(ahead.orElse(() -> loader.load(file.get())), file, this::openDefault);
    }

    private void run(Supplier<LoadResult> work, Optional<Path> file, Runnable fallback) {
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> {
            LoadResult result = task.getValue();
            if (result.isValid()) {
                state.open(result.explainer().orElseThrow(), file);
                return;
            }
            boolean keep = state.getExplainer() != null;
            // A kiosk shows no dialog window to a visitor; its own log records what went wrong.
            if (!state.isKiosk()) {
                ProblemReport.create(owner.get(), result, keep).show();
            } else {
                java.util.logging.Logger.getLogger(ExplainerOpener.class.getName()).warning(() ->
                        "could not open " + result.file() + ": " + result.problems().size() + " problem(s)");
            }
            if (!keep && fallback != null) {
                fallback.run();
            }
        });
        loading.execute(task);
    }
}
