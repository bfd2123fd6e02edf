package org.stancemap.ui.editor;

import javafx.concurrent.Task;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.importer.ArticleCleanup;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;

/**
 * Drafting a cleaned article off the FX thread, with its stage as the message and progress, and a
 * cancel that stops it at the next stage (a stage under way finishes, and its result is dropped).
 */
final class DraftRun extends Task<Explainer> {

    private final ArticleDrafter drafter;
    private final ArticleCleanup article;

    DraftRun(ArticleDrafter drafter, ArticleCleanup article) {
        this.drafter = drafter;
        this.article = article;
        updateMessage(Messages.get("import.stage.LOADING_MODELS"));
    }

    @Override
    protected Explainer call() throws Exception {
        int stages = ArticleDrafter.Stage.values().length;
        return drafter.draft(article.toImported(), article.titleIsOwn(), stage -> {
            if (isCancelled()) {
                throw new ArticleDrafter.DraftCancelled();
            }
            updateMessage(Messages.get("import.stage." + stage.name()));
            updateProgress(stage.ordinal(), stages);
        });
    }
}
