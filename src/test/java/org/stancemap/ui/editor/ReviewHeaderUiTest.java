package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.stancemap.edit.TextCorrection;
import org.stancemap.ui.Messages;
import org.stancemap.ui.UiTestBase;

/**
 * The review's heading on a 1366×768 laptop: once there are unsaved changes the longer title gives
 * way (it wraps), and "Try it" and "Close" keep their whole words.
 */
class ReviewHeaderUiTest extends UiTestBase {

    @Test
    void unsavedChangesNeverCutTheHeadingsButtons() {
        fxRun(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        DraftReviewPane review = fx(() -> view.drafting().review(explainer, Optional.empty()));
        String text = explainer.article().text();
        fxRun(() -> review.history().apply(new TextCorrection(text + " ")));
        waitUntil("the title says there are unsaved changes", () -> review.lookupAll(".review-title").stream()
                .anyMatch(n -> ((Labeled) n).getText().contains(Messages.get("review.modified"))));
        waitForPulses(4);
        for (String id : new String[] {"try-it", "review-close"}) {
            Labeled button = (Labeled) byId(id);
            assertReadsWhole(button, id);
        }
        Labeled title = fx(() -> (Labeled) review.lookup(".review-title"));
        String drawn = drawn(title);
        assertTrue(drawn.replace('\n', ' ').contains(Messages.get("review.modified")),
                "the title still says there are unsaved changes: " + drawn);
    }

    private static void assertReadsWhole(Labeled labeled, String what) {
        assertEquals(fx(labeled::getText).strip(), drawn(labeled).replace('\n', ' ').strip(), what + " is cut");
    }

    /** The text the skin draws, which ends in "…" when the control is too narrow for it. */
    private static String drawn(Labeled control) {
        return fx(() -> {
            // A menu button draws its text in a label of its own.
            Labeled labeled = control instanceof javafx.scene.control.MenuButton
                    ? (Labeled) control.lookup(".label") : control;
            StringBuilder all = new StringBuilder();
            for (Node n : labeled.lookupAll(".text")) {
                if (n instanceof Text t && t.getParent() == labeled) {
                    all.append(t.getText());
                }
            }
            return all.toString();
        });
    }
}
