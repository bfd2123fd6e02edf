package org.stancemap.draft;

import java.nio.file.Path;
import org.stancemap.draft.importer.ArticleImportException;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.draft.importer.ImportedArticle;
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

    public ArticleDrafter(ArticleImporter importer, AnalyserSource analysers) {
        this.importer = importer;
        this.analysers = analysers;
    }

    public Explainer draft(Path article) throws ArticleImportException, DraftException {
        ImportedArticle imported = importer.read(article);
        return new DraftAssembler().assemble(imported, analysers.load().analyse(imported.text()));
    }
}
