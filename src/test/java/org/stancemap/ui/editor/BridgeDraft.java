package org.stancemap.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.DraftException;
import org.stancemap.draft.PatternAnalyser;
import org.stancemap.draft.importer.ArticleImportException;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.edit.ItemRef;
import org.stancemap.model.Explainer;

/**
 * The short article the review tests draft from (written for the tests), drafted with the tests'
 * pattern analyser rather than the language models: two actors, three statements, suggestions to
 * accept and reject.
 */
final class BridgeDraft {

    static final String ARTICLE = "Bridge plan splits the valley\n\n"
            + "Ana Lima said that the old bridge must close for repairs next spring.\n"
            + "Bo Reyes rejected the closure, calling it rushed and costly.\n"
            + "“We cannot wait any longer,” Ana Lima said.\n";

    private BridgeDraft() {
    }

    /** The article written to {@code dir} as a text file, and drafted from there. */
    static Explainer draftIn(Path dir) throws IOException, ArticleImportException, DraftException {
        Path article = Files.writeString(dir.resolve("bridge.txt"), ARTICLE, StandardCharsets.UTF_8);
        return new ArticleDrafter(new ArticleImporter(), PatternAnalyser::new).draft(article);
    }

    /** The review's list of suggestions. */
    @SuppressWarnings("unchecked")
    static ListView<ItemRef> list(DraftReviewPane review) {
        return (ListView<ItemRef>) review.lookup("#review-list");
    }
}
