package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Link;

/** A comparison works in class: readable at 1024×768 without scrolling, and presented full screen. */
class ComparisonUiTest extends UiTestBase {

    @Test
    void everyComparisonReadsWithoutScrollingAtProjectorSize() {
        projectorSizedWindow();
        for (Link link : explainer.links()) {
            fxRun(() -> state.selectLink(link));
            waitUntil("the comparison shows " + link.id(), () -> fx(() -> byId("versus-panel") != null));
            waitForPulses(3);
            double viewport = fx(() -> ((ScrollPane) byId("side-panel")).getViewportBounds().getHeight());
            double content = fx(() -> ((Region) ((ScrollPane) byId("side-panel")).getContent()).getHeight());
            assertTrue(content <= viewport + 0.5, link.id() + " needs " + content + " px of " + viewport
                    + ": the class would have to scroll");
            assertTrue(fx(() -> byId("versus-columns") != null), link.id() + " shows its two positions side by side");
        }
    }

    @Test
    void showInArticleFromAComparisonBringsTheArticleBack() {
        projectorSizedWindow();
        Link link = explainer.link("rutte-rebuts-russian-veto").orElseThrow();
        fxRun(() -> state.selectLink(link));
        waitUntil("the article makes room for the comparison", () -> fx(() -> byId("article-reader") == null
                || !byId("article-reader").isVisible() || byId("article-reader").getScene() == null));
        fxRun(() -> state.showInArticle(link.evidence().get(0)));
        waitUntil("the article is back", () -> fx(() -> byId("article-reader") != null
                && byId("article-reader").getScene() != null));
    }

    @Test
    void aComparisonIsPresentedFullScreenWithFAndEscReturnsToIt() {
        projectorSizedWindow();
        Link link = explainer.link("rutte-rebuts-russian-veto").orElseThrow();
        fxRun(() -> state.selectLink(link));
        waitUntil("the comparison shows", () -> fx(() -> byId("versus-panel") != null));
        clickOn(byId("versus-present"));
        assertPresentedAndReadable();
        type(KeyCode.ESCAPE);
        waitUntil("Esc returns to the panel", () -> fx(() -> !byId("comparison-full").isVisible()));
        assertFalse(fx(stage::isFullScreen), "the window leaves full screen with it");
        assertTrue(fx(() -> state.getSelectedLink() == link && byId("versus-panel") != null),
                "the comparison is still open in the panel");
        assertTrue(fx(() -> byId("versus-present").isFocused()), "focus is back where the reader left");

        type(KeyCode.F);
        assertPresentedAndReadable();
        clickOn(byId("comparison-full-close"));
        waitUntil("Back returns to the panel", () -> fx(() -> !byId("comparison-full").isVisible()));
    }

    @Test
    void everyComparisonPresentedFullScreenFitsAProjectorWithoutScrolling() {
        projectorSizedWindow();
        for (Link link : explainer.links()) {
            fxRun(() -> state.selectLink(link));
            fxRun(state::presentComparison);
            assertPresentedAndReadable();
            fxRun(() -> state.selection().closeComparison());
            waitUntil("the window leaves full screen", () -> fx(() -> !stage.isFullScreen()));
        }
    }

    private void assertPresentedAndReadable() {
        waitUntil("the comparison fills the screen", () -> fx(() -> byId("comparison-full").isVisible()
                && stage.isFullScreen()));
        Node full = byId("comparison-full");
        ScrollPane scroll = (ScrollPane) fx(() -> full.lookup(".comparison-scroll"));
        waitUntil("the type settles at a size that fits", () -> ((Region) scroll.getContent()).getHeight()
                <= scroll.getViewportBounds().getHeight() + 0.5);
        waitForPulses(3);
        Node columns = fx(() -> full.lookup("#comparison-columns"));
        assertTrue(fx(columns::isVisible), "the two positions stand side by side");
        double viewport = fx(() -> scroll.getViewportBounds().getHeight());
        double content = fx(() -> ((Region) scroll.getContent()).getHeight());
        assertTrue(content <= viewport + 0.5, "the comparison needs " + content + " px of " + viewport);
        for (Node quote : fx(() -> full.lookupAll(".quote"))) {
            double size = fx(() -> ((Label) quote).getFont().getSize());
            assertTrue(size >= 24, "a quote is " + size + " px, too small for the back row");
        }
        for (Node label : fx(() -> full.lookupAll(".label"))) {
            double size = fx(() -> ((Label) label).getFont().getSize());
            assertTrue(size >= 16, "\"" + fx(((Label) label)::getText) + "\" is " + size + " px");
        }
        Bounds shown = fx(() -> full.localToScene(full.getLayoutBounds()));
        assertTrue(shown.getWidth() >= fx(() -> stage.getScene().getWidth()) - 0.5, "it covers the window");
    }
}
