package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;

/**
 * A large screen at 100 % system scaling draws the window larger, with the article at a readable
 * line length; a small window with large text lets the side panel and the article yield to the
 * map; the text size shows in the menu with a way back to normal.
 */
class LargeScreenUiTest extends UiTestBase {

    @Test
    void aLargeScreenDrawsTheWindowLargerAndTheArticleKeepsAReadableLineLength() {
        fxRun(() -> {
            stage.setWidth(3840);
            stage.setHeight(2160);
        });
        waitForPulses(3);
        double normalText = fx(() -> Font.getDefault().getSize());
        double panelAtNormal = fx(() -> byId("side-panel").getLayoutBounds().getWidth());

        fxRun(() -> state.preferences().setScreenScale(2));
        waitForPulses(4);

        double title = fx(() -> ((javafx.scene.control.Label) byId("explainer-title")).getFont().getSize());
        assertTrue(title >= 2 * 16 - 0.5, "the headline is drawn twice its usual size, not " + title + " px");
        double panel = fx(() -> byId("side-panel").getLayoutBounds().getWidth());
        assertTrue(panel >= panelAtNormal * 1.5, "the side panel widens with the text: " + panelAtNormal + " → " + panel);
        Node paragraph = byId("paragraph-1");
        double lineWidth = fx(() -> paragraph.getLayoutBounds().getWidth());
        double text = fx(() -> view.lookup("#paragraph-1 Text").getBoundsInLocal().getHeight());
        assertTrue(lineWidth <= 3840 * 0.5, "an article line is not the window's width: " + lineWidth + " px");
        // About 75 characters of the article's serif (roughly half an em each) fit in a line.
        double ems = lineWidth / (14 * 2 * 1.143);
        assertTrue(ems >= 32 && ems <= 45, "the article's line is " + ems + " em of its text, about 75 characters");
        assertTrue(normalText > 0 && text > 0, "the article is drawn");

        fxRun(() -> state.preferences().followScreenScale(false));
        waitForPulses(3);
        double back = fx(() -> ((javafx.scene.control.Label) byId("explainer-title")).getFont().getSize());
        assertEquals(16, back, 0.5, "turned off in the menu, the window is drawn at its usual size");
    }

    @Test
    void onASmallWindowWithLargeTextThePanelAndTheArticleYieldToTheMap() {
        fxRun(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        waitForPulses(2);
        assertTrue(fx(() -> state.readerShownProperty().get()), "at 100 % the article shows");
        double mapAtNormal = fx(() -> view.map().getWidth());

        fxRun(() -> state.preferences().setTextScale(200));
        waitForPulses(4);

        assertFalse(fx(() -> state.readerShownProperty().get()), "at 200 % the article drawer closes for the map");
        double map = fx(() -> view.map().getWidth());
        assertTrue(map >= mapAtNormal, "the panel no longer takes the map's width: " + mapAtNormal + " → " + map);
        assertFalse(fx(() -> byId("side-panel").isVisible()), "with nothing chosen the panel is out of the way");

        clickBadge("putin");
        waitUntil("the panel slides over the map", () -> byId("side-panel").isVisible());
        Bounds panel = fx(() -> byId("side-panel").localToScene(byId("side-panel").getLayoutBounds()));
        assertTrue(panel.getMaxX() <= 1366.5 && panel.getMinX() > 1366 * 0.4,
                "the panel is a sheet along the right edge: " + panel);
        Bounds putin = fx(() -> discOf(badge("putin")).localToScene(discOf(badge("putin")).getLayoutBounds()));
        waitUntil("the map brings Putin into the part the sheet leaves in view", () -> {
            Bounds disc = discOf(badge("putin")).localToScene(discOf(badge("putin")).getLayoutBounds());
            return disc.getMaxX() <= panel.getMinX();
        });
        assertTrue(putin.getWidth() > 0, "Putin's disc is drawn");

        type(KeyCode.ESCAPE);
        waitUntil("Esc closes the sheet", () -> !byId("side-panel").isVisible());
        fxRun(() -> state.preferences().setTextScale(100));
        waitForPulses(3);
        assertTrue(fx(() -> state.readerShownProperty().get()), "back at 100 % the article drawer opens again");
        assertTrue(fx(() -> byId("side-panel").isVisible()), "and the panel is beside the map again");
    }

    @Test
    void theMenuShowsTheTextSizeAndResetsIt() {
        fxRun(() -> state.preferences().setTextScale(150));
        MenuItem reset = fx(() -> ((MenuButton) byId("main-menu")).getItems().stream()
                .filter(item -> "menu-text-reset".equals(item.getId())).findFirst().orElseThrow());
        assertTrue(fx(reset::getText).contains("150"), "the menu names the size: " + fx(reset::getText));
        assertFalse(fx(reset::isDisable), "and offers to reset it");
        fxRun(reset::fire);
        assertEquals(100, fx(() -> state.textScaleProperty().get()));
        assertTrue(fx(reset::isDisable), "at 100 % there is nothing to reset");

        fxRun(() -> state.preferences().setTextScale(200));
        fxRun(() -> view.requestFocus());
        press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitUntil("Ctrl+0 resets the text size", () -> state.textScaleProperty().get() == 100);
    }
}
