package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.edit.ItemRef;
import org.stancemap.edit.Review;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;

/**
 * A teacher drafts an explainer from an article file and reviews it by keys alone: the draft opens
 * in the window with its suggestions listed in article order; Enter accepts, Delete rejects, Ctrl+Z
 * takes a step back, and Ctrl+S saves a file that opens as a valid explainer with the choices made.
 */
class DraftReviewUiTest extends UiTestBase {

    @TempDir
    Path dir;

    @Test
    void theKeyboardReachesTheListThoughAskedForBeforeTheListIsInTheWindow() throws Exception {
        // The list sits in a split pane, which puts it in the scene only at the next pulse after the
        // review is docked; a request made before then must not be lost to the map's first badge.
        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane review = fx(() -> new DraftReviewPane(state, draft, Optional.empty(),
                new DraftFiles(state::notify), () -> { }));
        fxRun(review::focusList);
        waitForPulses(3);
        fxRun(() -> view.getChildren().add(review));
        waitUntil("the keyboard is in the suggestions list", () -> BridgeDraft.list(review).isFocused());
        fxRun(() -> view.getChildren().remove(review));
    }

    @Test
    void draftReviewByKeysAndSave() throws Exception {
        Explainer draft = BridgeDraft.draftIn(dir);
        fxRun(() -> state.open(draft, Optional.empty()));
        waitUntil("the draft's quotes are outlined as suggestions in the article",
                () -> !view.lookupAll(".quote-highlight.suggested").isEmpty());
        assertTrue(fx(() -> ((Label) view.lookup("#source-line")).getText()).contains("Draft:"),
                "the header says the explainer is a draft");
        clickOn("#main-menu");
        clickOn(org.stancemap.ui.Messages.get("menu.review"));
        waitUntil("the review opens beside the map", () -> byId("draft-review") != null);
        DraftReviewPane review = (DraftReviewPane) byId("draft-review");

        List<ItemRef> before = Review.suggestions(draft);
        assertTrue(before.size() >= 3, "the draft has suggestions: " + before);
        assertEquals(before, fx(() -> List.copyOf(BridgeDraft.list(review).getItems())), "listed in article order");
        assertTrue(fx(() -> ((Label) review.lookup("#review-count")).getText())
                .startsWith(String.valueOf(before.size())));

        waitUntil("the keyboard is in the suggestions list", () -> BridgeDraft.list(review).isFocused());
        ItemRef first = before.get(0);
        type(KeyCode.ENTER);
        waitUntil("the first suggestion is accepted", () -> !Review.suggestions(state.getExplainer()).contains(first));
        assertFalse(state.getExplainer().actor(first.id()).orElseThrow().status().isSuggested(),
                "the main window shows the accepted actor as confirmed");

        ItemRef rejected = fx(() -> BridgeDraft.list(review).getSelectionModel().getSelectedItem());
        type(KeyCode.DELETE);
        waitUntil("the next suggestion is rejected", () -> !Review.suggestions(state.getExplainer()).contains(rejected));

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("undo brings the rejected suggestion back",
                () -> Review.suggestions(state.getExplainer()).contains(rejected));

        Path target = dir.resolve("bridge.stancemap.json");
        Files.writeString(target, "an older version", java.nio.charset.StandardCharsets.UTF_8);
        fxRun(() -> review.saveTo(target));
        assertEquals("an older version", Files.readString(DraftFiles.backupOf(target)), "the previous file is kept");
        LoadResult reopened = new ExplainerLoader().load(target);
        assertTrue(reopened.isValid(), () -> "the saved explainer validates: " + reopened.problems());
        Explainer saved = reopened.explainer().orElseThrow();
        assertFalse(saved.actor(first.id()).orElseThrow().status().isSuggested(), "the accepted actor is confirmed");
        assertEquals(Review.suggestions(fx(() -> review.history().current())), Review.suggestions(saved));
        assertFalse(fx(() -> review.history().isModified()), "saved");
        fxRun(review::close);
        waitUntil("closing a saved review takes the pane away without asking", () -> byId("draft-review") == null);
    }

    @Test
    void aDraftMadeWithoutSuggestionsSaysThereIsNothingToReviewAndWhy() throws Exception {
        Explainer bare = draftWithoutSuggestions();
        DraftReviewPane review = fx(() -> view.drafting().review(bare, Optional.empty()));
        assertEquals(org.stancemap.ui.Messages.get("review.none.unsuggested"),
                fx(() -> ((Label) review.lookup("#review-count")).getText()), "nothing was suggested");
        waitUntil("the reason shows whole, not cut short", () -> {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) review.lookup("#review-count").lookup(".text");
            return shown != null && shown.getText().replace("\n", " ").strip()
                    .equals(org.stancemap.ui.Messages.get("review.none.unsuggested"));
        });
        fxRun(review::closeNow);

        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane reviewed = fx(() -> view.drafting().review(draft, Optional.empty()));
        fxRun(() -> Review.suggestions(draft).forEach(item -> {
            if (Review.suggestions(reviewed.history().current()).contains(item)) {
                reviewed.history().apply(Review.accept(item));
            }
        }));
        assertEquals(org.stancemap.ui.Messages.get("review.none"),
                fx(() -> ((Label) reviewed.lookup("#review-count")).getText()), "everything suggested was handled");
    }

    @Test
    void buttonsForASuggestionLookOffWhenThereIsNoneToActOn() throws Exception {
        Explainer bare = draftWithoutSuggestions();
        DraftReviewPane empty = fx(() -> view.drafting().review(bare, Optional.empty()));
        for (String id : ITEM_BUTTONS) {
            assertTrue(fx(() -> empty.lookup("#" + id).isDisabled()), id + " is off with nothing to review");
        }
        assertFalse(fx(() -> empty.lookup("#review-save").isDisabled()), "saving still works");
        fxRun(empty::closeNow);

        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane reviewed = fx(() -> view.drafting().review(draft, Optional.empty()));
        for (String id : ITEM_BUTTONS) {
            assertFalse(fx(() -> reviewed.lookup("#" + id).isDisabled()), id + " is on while suggestions are left");
        }
        fxRun(() -> reviewed.history().apply(Review.rejectAllRemaining()));
        for (String id : ITEM_BUTTONS) {
            assertTrue(fx(() -> reviewed.lookup("#" + id).isDisabled()), id + " is off once every suggestion is handled");
        }
        assertFalse(fx(() -> reviewed.lookup("#review-undo").isDisabled()), "the step can still be undone");
        fxRun(reviewed::closeNow);
    }

    /** The bridge article drafted with suggestions turned off: nothing in it is left to review. */
    private Explainer draftWithoutSuggestions() throws Exception {
        Path article = Files.writeString(dir.resolve("bridge.txt"), BridgeDraft.ARTICLE, java.nio.charset.StandardCharsets.UTF_8);
        return new org.stancemap.draft.ArticleDrafter(new org.stancemap.draft.importer.ArticleImporter(),
                org.stancemap.draft.PatternAnalyser::new)
                .withoutSuggestions(new org.stancemap.draft.importer.ArticleImporter().read(article), false);
    }

    private static final List<String> ITEM_BUTTONS = List.of("review-accept", "review-reject", "review-accept-actor",
            "review-reject-rest", "review-previous", "review-next");
}
