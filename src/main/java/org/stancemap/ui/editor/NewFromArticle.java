package org.stancemap.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stancemap.draft.AnalyserLoader;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.importer.ArticleCleanup;
import org.stancemap.draft.importer.ArticleImportException;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.draft.importer.ImportedArticle;
import org.stancemap.draft.importer.PastedText;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * A new explainer from an article: ⋯ ▸ New explainer from article… (or a file dropped on the
 * window) reads the file in the background, ⋯ ▸ New explainer from pasted text takes the
 * clipboard's text; either opens the {@link ImportStepView} to clean the text, which drafts it and
 * shows the draft with the review beside it. A file that cannot be read is reported and the
 * explainer on screen stays.
 */
public final class NewFromArticle {

    private final AppState state;
    private final Supplier<Window> owner;
    private final Executor background;
    private ArticleDrafter drafter;
    private final Consumer<Node> dock;
    private final Consumer<Node> cover;
    private ImportStepView step;
    /** Whether drafting suggests actors, quotes and links; the last choice holds for the next article. */
    private final javafx.beans.property.BooleanProperty suggesting =
            new javafx.beans.property.SimpleBooleanProperty(this, "suggesting", true);
    private Optional<Autosave> autosave = Optional.empty();
    /** The "Try it" of the review on screen, if any; one at a time follows the tour and the quiz. */
    private TryIt reviewing;
    /** The review open now (on screen or stepped aside for a try), until it is closed. */
    private DraftReviewPane openReview;
    /** Asked before a new explainer replaces the work on screen; false keeps it (the author cancelled). */
    private java.util.function.BooleanSupplier mayLeave = () -> true;

    /**
     * {@code dock} shows the review pane beside the map, {@code cover} shows the import step over the
     * window; each takes its view away when given null.
     */
    public NewFromArticle(AppState state, Supplier<Window> owner, Executor background, Consumer<Node> dock,
                          Consumer<Node> cover) {
        this(state, owner, background, dock, cover, new ArticleDrafter(new ArticleImporter(), AnalyserLoader::load));
    }

    NewFromArticle(AppState state, Supplier<Window> owner, Executor background, Consumer<Node> dock,
                   Consumer<Node> cover, ArticleDrafter drafter) {
        this.state = state;
        this.owner = owner;
        this.background = background;
        this.dock = dock;
        this.cover = cover;
        this.drafter = drafter;
    }

    /** Drafts with {@code other} from now on: tests draft with an analyser of their own, not the language models. */
    void useDrafter(ArticleDrafter other) {
        this.drafter = other;
    }

    /** Asks {@code check} before a new article is taken in, so unsaved work is saved or let go first. */
    public void askBeforeLeaving(java.util.function.BooleanSupplier check) {
        mayLeave = check;
    }

    /** The review open now, if one is (it may have stepped aside for a try of the explainer). */
    public Optional<DraftReviewPane> openReview() {
        return Optional.ofNullable(openReview);
    }

    /** Autosaves whatever is being reviewed or edited from now on. */
    public void useAutosave(Autosave saver) {
        autosave = Optional.of(saver);
    }

    public void choose() {
        if (!mayLeave.getAsBoolean()) {
            return;
        }
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

    /** Reads {@code article} off the FX thread, then opens the import step on its text. */
    public void draft(Path article) {
        if (state.isKiosk()) {
            return;
        }
        state.notify(Messages.format("draft.reading", article.getFileName()), false);
        ArticleDrafter reader = drafter;
        Task<ImportedArticle> task = new Task<>() {
            @Override
            protected ImportedArticle call() throws ArticleImportException {
                return reader.read(article);
            }
        };
        task.setOnSucceeded(e -> prepare(ArticleCleanup.of(task.getValue()), String.valueOf(article.getFileName()),
                Optional.ofNullable(article.toAbsolutePath().getParent())));
        task.setOnFailed(e -> state.notify(reason(article, task.getException()), true));
        background.execute(task);
    }

    /** Takes the clipboard's text as the article, or says why it cannot. */
    public void paste() {
        if (state.isKiosk()) {
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            draft(clipboard.getFiles().get(0).toPath());
            return;
        }
        paste(clipboard.hasString() ? clipboard.getString() : null);
    }

    /** Takes {@code text} as the article pasted, or says why it cannot. */
    void paste(String text) {
        try {
            prepare(ArticleCleanup.of(PastedText.read(text)), PastedText.name(), Optional.empty());
        } catch (ArticleImportException e) {
            state.notify(text == null || text.isBlank() ? Messages.get("paste.noText") : e.getMessage(), true);
        }
    }

    /**
     * Opens the import step on {@code article}; a step already open is replaced only if the author
     * agrees, and unsaved work in the editor or the review is saved or let go first (null if the
     * author keeps it).
     */
    public ImportStepView prepare(ArticleCleanup article, String source) {
        return prepare(article, source, Optional.empty());
    }

    /** As above, for an article read from a file in {@code folder}. */
    ImportStepView prepare(ArticleCleanup article, String source, Optional<Path> folder) {
        if (!mayLeave.getAsBoolean()) {
            return null;
        }
        if (step != null) {
            ImportStepView open = step;
            open.close();
            if (step == open) {
                return open;
            }
        }
        ImportStepView view = new ImportStepView(article, source, drafter, background,
                draft -> review(draft, Optional.empty(), folder), () -> {
                    cover.accept(null);
                    step = null;
                }, owner, suggesting);
        step = view;
        cover.accept(view);
        view.focusList();
        return view;
    }

    AppState state() {
        return state;
    }

    /** The import step on screen, if one is. */
    Optional<ImportStepView> step() {
        return Optional.ofNullable(step);
    }

    /**
     * ⋯ ▸ Review suggestions…: the review of the explainer on screen, once unsaved work in the
     * editor or another review is saved or let go; Cancel leaves both as they were.
     */
    public void reviewShown() {
        if (state.isKiosk() || !mayLeave.getAsBoolean()) {
            return;
        }
        // Read after the question: saving may have given the explainer on screen its file.
        Explainer shown = state.getExplainer();
        if (shown != null && !org.stancemap.edit.Review.suggestions(shown).isEmpty()) {
            review(shown, state.explainerFileProperty().get());
        }
    }

    /** Opens the review of {@code explainer} (a draft, or any explainer whose suggestions remain). */
    public DraftReviewPane review(Explainer explainer, Optional<Path> file) {
        return review(explainer, file, Optional.empty());
    }

    /** As above, for a draft of an article read from {@code articleFolder}, where Save first looks. */
    DraftReviewPane review(Explainer explainer, Optional<Path> file, Optional<Path> articleFolder) {
        TryIt[] trying = new TryIt[1];
        DraftReviewPane[] made = new DraftReviewPane[1];
        DraftReviewPane pane = new DraftReviewPane(state, explainer, file, new DraftFiles(state::notify, articleFolder), () -> {
            autosave.ifPresent(Autosave::stop);
            trying[0].detach();
            if (openReview == made[0]) {
                openReview = null;
                dock.accept(null);
            }
        });
        made[0] = pane;
        trying[0] = new TryIt(state, pane, pane::resume, dock);
        pane.addHeaderAction(trying[0].button());
        trying[0].attach();
        if (reviewing != null) {
            reviewing.detach();
        }
        reviewing = trying[0];
        pane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (TryIt.ON_MAP.match(e)) {
                trying[0].onMap();
                e.consume();
            }
        });
        autosave.ifPresent(saver -> {
            saver.watch(pane.history(), pane::file);
            pane.afterSave(saver::saved);
        });
        openReview = pane;
        dock.accept(pane);
        pane.focusList();
        return pane;
    }

    /**
     * Brings back autosaved work: the review opens on {@code base} (the file as last saved, or the
     * recovered explainer itself) and restoring is one edit on it, so the work shows as unsaved
     * and one undo goes back to the saved file.
     */
    public DraftReviewPane restore(Explainer base, Explainer recovered, Optional<Path> file,
                                   org.stancemap.explainer.RecoveryFile from) {
        DraftReviewPane pane = review(base, file);
        pane.history().apply(org.stancemap.edit.RestoreWork.of(recovered));
        autosave.ifPresent(saver -> saver.adopt(from));
        return pane;
    }

    private static String reason(Path article, Throwable failure) {
        if (failure instanceof ArticleImportException) {
            return failure.getMessage();
        }
        return Messages.format("draft.failed", article.getFileName(),
                failure == null ? "?" : failure.getClass().getSimpleName());
    }
}
