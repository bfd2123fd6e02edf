package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Explainer;
import org.stancemap.ui.FocusReturn;
import org.stancemap.ui.UiTestBase;

/**
 * Closing the editor or the review gives the keyboard back to what had it before they opened, or to
 * the window itself: never to the map's first badge, whose ring and role line would show for
 * nothing the teacher did.
 */
class FocusAfterClosingUiTest extends UiTestBase {

    @TempDir
    Path dir;

    @Test
    void closingTheEditorGivesTheKeyboardBackToWhatHadIt() {
        Node present = byId("present-button");
        fxRun(present::requestFocus);
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens with the keyboard in it", () -> byId("explainer-editor") != null
                && !present.isFocused() && stage.getScene().getFocusOwner() != null
                && FocusReturn.isInside(stage.getScene().getFocusOwner(), byId("explainer-editor")));
        press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        waitUntil("Ctrl+W closes it", () -> byId("explainer-editor") == null);
        waitForPulses(2);
        assertSame(present, fx(() -> stage.getScene().getFocusOwner()), "the keyboard is back on Present");
    }

    @Test
    void closingAReviewWhoseMapChangedGivesTheKeyboardToTheWindow() throws Exception {
        fxRun(view::requestFocus);
        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        waitUntil("the keyboard is in the suggestions", () -> BridgeDraft.list(review).isFocused());
        type(KeyCode.ESCAPE);
        waitUntil("Esc closes the review", () -> byId("draft-review") == null);
        waitForPulses(2);
        assertSame(stage.getScene().getRoot(), fx(() -> stage.getScene().getFocusOwner()),
                "the window holds the keyboard, not a badge");
    }
}
