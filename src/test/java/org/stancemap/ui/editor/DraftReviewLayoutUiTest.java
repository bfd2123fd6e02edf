package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;

/**
 * The review of a draft at the sizes a teacher meets: a 1366×768 laptop at 100 %, 150 % and 200 %
 * text and the app's smallest window, 1024×600. Every button stays in sight, the chosen
 * suggestion's text has lines to be read in, and the problems never shrink to nothing.
 */
class DraftReviewLayoutUiTest extends UiTestBase {

    private static final List<String> BUTTONS = List.of("review-accept", "review-reject", "review-accept-actor",
            "review-reject-rest", "review-previous", "review-next", "review-undo", "review-redo", "review-save",
            "review-save-as", "review-close");

    @TempDir
    Path dir;

    @Test
    void onALaptopListDetailAndProblemsAllShowWithRoomToRead() throws Exception {
        DraftReviewPane review = openReview(1366, 768, 100);
        double em = em(review);
        for (String id : List.of("review-list", "review-detail", "problems-list")) {
            assertTrue(wholeInView(review, review.lookup("#" + id)), id + " shows whole without scrolling at 1366×768");
        }
        assertTrue(height(review, "review-detail") >= 5 * em, "the chosen suggestion's text has at least four lines: "
                + height(review, "review-detail") + " px at " + em + " px text");
        assertTrue(height(review, "problems-list") >= 5 * em, "the problems list keeps two rows and more: "
                + height(review, "problems-list") + " px at " + em + " px text");
        assertTrue(wholeRows(review) >= 3, "the suggestions list shows at least three whole rows: " + wholeRows(review));
        assertButtonsInSight(review, "1366×768 at 100 %");
        assertTrue(fx(() -> review.lookup("#review-hint").isVisible()), "with room, the key hint shows");
    }

    @Test
    void atEverySmallSizeEachPartKeepsItsLeastAndTheButtonsStayInSight() throws Exception {
        int[][] sizes = {{1024, 600, 100}, {1366, 768, 150}, {1366, 768, 200}};
        for (int[] size : sizes) {
            String where = size[0] + "×" + size[1] + " at " + size[2] + " %";
            DraftReviewPane review = openReview(size[0], size[1], size[2]);
            double em = em(review);
            assertButtonsInSight(review, where);
            assertTrue(height(review, "review-detail") >= 4.5 * em, where + ": the chosen suggestion's text keeps "
                    + "three lines or more: " + height(review, "review-detail") + " px at " + em + " px text");
            assertTrue(height(review, "problems-list") >= 4.5 * em, where + ": the problems list keeps two rows: "
                    + height(review, "problems-list") + " px at " + em + " px text");
            assertTrue(height(review, "review-list") >= 5 * em, where + ": the suggestions list keeps its rows: "
                    + height(review, "review-list") + " px at " + em + " px text");
            for (String id : List.of("review-list", "review-detail", "problems-list")) {
                // As the keyboard brings it: Tab to a list scrolls the review to show it.
                Node part = review.lookup("#" + id);
                ScrollPane scroll = scrollAround(part);
                if (scroll != null) {
                    fxRun(() -> FocusInView.show(scroll, part));
                }
                assertTrue(wholeInView(review, part), where + ": " + id + " can be brought whole into sight: "
                        + fx(() -> part.localToScene(part.getLayoutBounds())) + " in a view of "
                        + (scroll == null ? "no scroll" : fx(() -> scroll.getViewportBounds())) + sizes(review));
            }
            double width = fx(() -> review.getWidth());
            assertTrue(width <= 0.5 * size[0] + 2 || width <= fx(() -> review.minWidth(-1)) + 2,
                    where + ": the review, " + width + " wide, leaves the map its room");
            fxRun(review::closeNow);
        }
    }

    @Test
    void whereTheReviewIsShortTheMovingButtonsKeepTheirWordsForTheEarAndTheTooltip() throws Exception {
        DraftReviewPane review = openReview(1366, 768, 200);
        assertFalse(fx(() -> review.lookup("#review-hint").isVisible()), "the hint gives its lines to the lists");
        for (String id : List.of("review-previous", "review-next", "review-undo", "review-redo")) {
            Button button = (Button) review.lookup("#" + id);
            assertTrue(fx(() -> button.getAccessibleText()).startsWith(fx(button::getText)),
                    id + " is still named for a screen reader: " + fx(button::getAccessibleText));
        }
        String help = fx(() -> review.lookup("#review-list").getAccessibleHelp());
        assertTrue(help != null && help.contains("Enter"), "the list's help names the keys the hint named: " + help);
    }

    private DraftReviewPane openReview(int width, int height, int scale) throws Exception {
        fxRun(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            state.preferences().setTextScale(scale);
        });
        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        waitUntil("the review's parts are laid out", () -> review.lookup("#problems-list") != null
                && review.lookup("#problems-list").getLayoutBounds().getHeight() > 0
                && BridgeDraft.list(review).lookup(".list-cell") != null);
        waitForPulses(4);
        return review;
    }

    /** What each part of the review was given and asks for at least, for a failure's message. */
    private static String sizes(DraftReviewPane review) {
        return fx(() -> {
            StringBuilder b = new StringBuilder();
            for (String id : List.of("review-scroll", "review-body", "problems-panel", "problems-list", "review-detail", "review-list", "problems-summary")) {
                javafx.scene.layout.Region r = (javafx.scene.layout.Region) review.lookup("#" + id);
                b.append("\n").append(id).append(" h=").append(r.getHeight()).append(" min=").append(r.minHeight(-1))
                        .append(" minW=").append(r.minHeight(r.getWidth())).append(" at=").append(r.localToScene(r.getLayoutBounds()));
            }
            javafx.scene.Node content = ((ScrollPane) review.lookup("#review-scroll")).getContent();
            b.append("\ncontent h=").append(content.getLayoutBounds().getHeight()).append(" min=").append(content.minHeight(-1));
            return b.toString();
        });
    }

    private static double em(DraftReviewPane review) {
        return fx(() -> ((Labeled) review.lookup("#review-count")).getFont().getSize());
    }

    private static double height(DraftReviewPane review, String id) {
        return fx(() -> review.lookup("#" + id).getLayoutBounds().getHeight());
    }

    /** Each button inside the review and the window, where a click reaches it. */
    private void assertButtonsInSight(DraftReviewPane review, String where) {
        Bounds pane = fx(() -> review.localToScene(review.getLayoutBounds()));
        double sceneHeight = fx(() -> view.getScene().getHeight());
        for (String id : BUTTONS) {
            Node button = byId(id);
            Bounds box = fx(() -> button.localToScene(button.getLayoutBounds()));
            assertTrue(fx(button::isVisible) && box.getHeight() > 0, where + ": " + id + " shows");
            assertTrue(box.getMinY() >= pane.getMinY() - 0.5 && box.getMaxY() <= pane.getMaxY() + 0.5
                    && box.getMaxY() <= sceneHeight + 0.5 && box.getMinX() >= pane.getMinX() - 0.5
                    && box.getMaxX() <= pane.getMaxX() + 0.5,
                    where + ": " + id + " at " + box + " is cut off by the review " + pane + " or the window");
            ScrollPane scroll = scrollAround(button);
            assertTrue(scroll == null || wholeIn(scroll, button), where + ": " + id + " needs no scrolling to reach");
        }
    }

    /** Whether {@code node} shows whole: inside the review, and inside the view of a scroll pane round it. */
    private static boolean wholeInView(DraftReviewPane review, Node node) {
        ScrollPane scroll = scrollAround(node);
        Bounds pane = fx(() -> review.localToScene(review.getLayoutBounds()));
        Bounds box = fx(() -> node.localToScene(node.getLayoutBounds()));
        boolean inPane = box.getMinY() >= pane.getMinY() - 0.5 && box.getMaxY() <= pane.getMaxY() + 0.5;
        return inPane && (scroll == null || wholeIn(scroll, node));
    }

    private static boolean wholeIn(ScrollPane scroll, Node node) {
        return fx(() -> {
            Node viewport = scroll.lookup(".viewport");
            Bounds port = viewport.localToScene(viewport.getLayoutBounds());
            Bounds box = node.localToScene(node.getLayoutBounds());
            return box.getMinY() >= port.getMinY() - 0.5 && box.getMaxY() <= port.getMaxY() + 0.5;
        });
    }

    /** The scroll pane {@code node} scrolls in, if any (a list's own rows do not count). */
    private static ScrollPane scrollAround(Node node) {
        return fx(() -> {
            for (Node at = node.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane scroll) {
                    return scroll;
                }
            }
            return null;
        });
    }

    private static long wholeRows(DraftReviewPane review) {
        ListView<?> list = BridgeDraft.list(review);
        return fx(() -> {
            Bounds box = list.localToScene(list.getLayoutBounds());
            return list.lookupAll(".list-cell").stream()
                    .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.isVisible())
                    .map(n -> n.localToScene(n.getLayoutBounds()))
                    .filter(r -> r.getHeight() > 0 && r.getMinY() >= box.getMinY() - 0.5 && r.getMaxY() <= box.getMaxY() + 0.5)
                    .count();
        });
    }
}
