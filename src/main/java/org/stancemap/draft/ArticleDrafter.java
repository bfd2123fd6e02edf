package org.stancemap.draft;

import java.nio.file.Path;
import org.stancemap.draft.importer.ArticleImportException;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.draft.importer.ImportedArticle;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;

/** The whole drafting pipeline for one file: import, analyse, assemble a draft with every item suggested. */
public final class ArticleDrafter {

    private final ArticleImporter importer;
    private final AnalyserSource analysers;

    /** Where the analyser comes from; loaded only once an article has been read. */
    @FunctionalInterface
    public interface AnalyserSource {
        ArticleAnalyser load() throws DraftException;
    }

    /** The stages of a draft, in order, for whoever shows its progress. */
    public enum Stage { LOADING_MODELS, ANALYSING, ASSEMBLING }

    /** Hears each stage as it starts; may throw {@link DraftCancelled} to stop the draft there. */
    @FunctionalInterface
    public interface Progress {
        void starting(Stage stage) throws DraftCancelled;
    }

    /** Thrown by a {@link Progress} to stop a draft that is no longer wanted. */
    public static final class DraftCancelled extends Exception {
        private static final long serialVersionUID = 1L;

        public DraftCancelled() {
            super("the draft was cancelled");
        }
    }

    public ArticleDrafter(ArticleImporter importer, AnalyserSource analysers) {
        this.importer = importer;
        this.analysers = analysers;
    }

    public Explainer draft(Path article) throws ArticleImportException, DraftException {
        ImportedArticle imported = importer.read(article);
        return new DraftAssembler().assemble(imported, analysers.load().analyse(imported.text()));
    }

    /** Reads an article file without drafting it, so its text can be cleaned first. */
    public ImportedArticle read(Path article) throws ArticleImportException {
        return importer.read(article);
    }

    /**
     * Drafts an article already read (and perhaps cleaned): its text becomes the draft's article
     * text unchanged. {@code titleIsOwn} marks the title as the author's rather than the outlet's.
     */
    public Explainer draft(ImportedArticle imported, boolean titleIsOwn, Progress progress)
            throws DraftException, DraftCancelled {
        progress.starting(Stage.LOADING_MODELS);
        ArticleAnalyser analyser = analysers.load();
        progress.starting(Stage.ANALYSING);
        Findings findings = analyser.analyse(imported.text());
        progress.starting(Stage.ASSEMBLING);
        return ownTitle(new DraftAssembler().assemble(imported, findings), titleIsOwn);
    }

    /**
     * The article read (and perhaps cleaned) without any suggestions: no language models are
     * loaded, and the explainer holds the article only, for its author to fill in by hand.
     */
    public Explainer withoutSuggestions(ImportedArticle imported, boolean titleIsOwn) throws DraftException {
        return ownTitle(new DraftAssembler().articleOnly(imported), titleIsOwn);
    }

    private static Explainer ownTitle(Explainer draft, boolean titleIsOwn) {
        Article article = draft.article();
        if (!titleIsOwn || article.titleIsEditorial()) {
            return draft;
        }
        return new Explainer(draft.id(), new Article(article.title(), true, article.outlet(), article.date(),
                article.url(), article.text()), draft.actors(), draft.stances(), draft.links(), draft.tour(),
                draft.glossary());
    }
}
