package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.PatternAnalyser;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.edit.ItemRef;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;
import org.stancemap.ui.state.AppState;

/**
 * "Try it": from the review, the explainer on the whole map, as the tour and as the quiz, and back
 * to the review with the same suggestion chosen and the keyboard in the list. A draft's actors wear
 * a dashed ring on the map and say "suggested".
 */
class TryItUiTest extends UiTestBase {

    private static final String ARTICLE = "Bridge plan splits the valley\n\n"
            + "Ana Lima said that the old bridge must close for repairs next spring.\n"
            + "Bo Reyes rejected the closure, calling it rushed and costly.\n"
            + "“We cannot wait any longer,” Ana Lima said.\n";

    @TempDir
    Path dir;

    @Test
    void triedOnTheMapTheTourAndTheQuizAndBackWhereItWas() throws Exception {
        Path article = Files.writeString(dir.resolve("bridge.txt"), ARTICLE, StandardCharsets.UTF_8);
        Explainer draft = new ArticleDrafter(new ArticleImporter(), PatternAnalyser::new).draft(article);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        waitUntil("the keyboard is in the suggestions", () -> list(review).isFocused());
        type(KeyCode.J, KeyCode.J);
        ItemRef chosen = fx(() -> list(review).getSelectionModel().getSelectedItem());
        assertEquals(2, fx(() -> list(review).getSelectionModel().getSelectedIndex()));

        assertTrue(fx(() -> badge("ana-lima").getStyleClass().contains("suggested")), "a dashed ring on the map");
        assertTrue(fx(() -> badge("ana-lima").getAccessibleText()).contains("Suggested"));

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the review steps aside for the whole map", () -> byId("draft-review") == null
                && byId("try-back-strip") != null);
        waitUntil("the way back has the keyboard", () -> byId("try-back").isFocused());
        type(KeyCode.ESCAPE);
        waitUntil("back in the review", () -> byId("draft-review") != null && list(review).isFocused());
        assertEquals(chosen, fx(() -> list(review).getSelectionModel().getSelectedItem()), "the same suggestion");

        fxRun(() -> state.present(0));
        waitUntil("the tour plays without the editor", () -> state.isPresenting() && byId("draft-review") == null);
        fxRun(state::stopPresenting);
        waitUntil("the tour's end brings the editor back", () -> byId("draft-review") != null);
        waitUntil("with the keyboard in the list", () -> list(review).isFocused());
        assertEquals(chosen, fx(() -> list(review).getSelectionModel().getSelectedItem()));

        fxRun(() -> state.panels().openStudy(AppState.StudyPane.QUIZ));
        waitUntil("the quiz opens and the editor steps aside", () -> byId("quiz-view") != null
                && byId("quiz-view").isVisible() && byId("draft-review") == null);
        type(KeyCode.ESCAPE);
        waitUntil("the quiz closes", () -> state.studyPaneProperty().get() == AppState.StudyPane.NONE);
        waitUntil("the keyboard is back in the review", () -> list(review).isFocused());
        assertEquals(chosen, fx(() -> list(review).getSelectionModel().getSelectedItem()));
        assertNull(byId("try-back-strip"));
    }

    @SuppressWarnings("unchecked")
    private static ListView<ItemRef> list(DraftReviewPane review) {
        return (ListView<ItemRef>) review.lookup("#review-list");
    }
}
