package org.stancemap.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stancemap.draft.AnalyserLoader;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.DraftException;
import org.stancemap.draft.importer.ArticleImportException;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * File ▸ New explainer from article…: choose an article (.txt, .html, .pdf, .docx), draft it in the
 * background while a notice says so, then show the draft in the window with the review beside it.
 * A file that cannot be drafted is reported and the explainer on screen stays.
 */
public final class NewFromArticle {

    private final AppState state;
    private final Supplier<Window> owner;
    private final Executor background;
    private final ArticleDrafter drafter;
    private final Consumer<Node> dock;

    /** {@code dock} shows the review pane beside the map, or takes it away when given null. */
    public NewFromArticle(AppState state, Supplier<Window> owner, Executor background, Consumer<Node> dock) {
        this(state, owner, background, dock, new ArticleDrafter(new ArticleImporter(), AnalyserLoader::load));
    }

    NewFromArticle(AppState state, Supplier<Window> owner, Executor background, Consumer<Node> dock,
                   ArticleDrafter drafter) {
        this.state = state;
        this.owner = owner;
        this.background = background;
        this.dock = dock;
        this.drafter = drafter;
    }

    public void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("draft.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("draft.choose.filter"),
                        "*.txt", "*.html", "*.htm", "*.pdf", "*.docx"),
                new FileChooser.ExtensionFilter(Messages.get("open.all"), "*.*"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            draft(file.toPath());
        }
    }

    /** Drafts {@code article} off the FX thread, then opens the review. */
    public void draft(Path article) {
        state.notify(Messages.format("draft.working", article.getFileName()), false);
        Task<Explainer> task = new Task<>() {
            @Override
            protected Explainer call() throws ArticleImportException, DraftException {
                return drafter.draft(article);
            }
        };
        task.setOnSucceeded(e -> review(task.getValue(), Optional.empty()));
        task.setOnFailed(e -> state.notify(reason(article, task.getException()), true));
        background.execute(task);
    }

    /** Opens the review of {@code explainer} (a draft, or any explainer whose suggestions remain). */
    public DraftReviewPane review(Explainer explainer, Optional<Path> file) {
        DraftReviewPane pane = new DraftReviewPane(state, explainer, file, new DraftFiles(state::notify),
                () -> dock.accept(null));
        dock.accept(pane);
        pane.focusList();
        return pane;
    }

    private static String reason(Path article, Throwable failure) {
        if (failure instanceof ArticleImportException || failure instanceof DraftException) {
            return failure.getMessage();
        }
        return Messages.format("draft.failed", article.getFileName(), failure.getClass().getSimpleName());
    }
}
