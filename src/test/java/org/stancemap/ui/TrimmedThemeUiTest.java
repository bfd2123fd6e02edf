package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.theme.TrimmedThemeCheck;

/**
 * The window is styled by AtlantaFX's Primer theme without the rules of controls the app never
 * makes (src/build/TrimmedTheme.java), and no node of the window or its menus loses a rule by
 * it. Every UI test runs the same check on what it opened ({@link UiTestBase}).
 */
class TrimmedThemeUiTest extends UiTestBase {

    @Test
    void theWindowUsesTheTrimmedTheme() {
        String theme = fx(Application::getUserAgentStylesheet);
        assertTrue(theme.endsWith("org/stancemap/ui/theme/primer-light.css"), "the base theme is the trimmed one: " + theme);
        assertTrue(TrimmedThemeCheck.droppedCount() > 300, "the trimmed theme leaves rules out: " + TrimmedThemeCheck.droppedCount());
        assertEquals(List.of(), fx(TrimmedThemeCheck::nodesStyledByDroppedRules));
    }

    @Test
    void theMenuKeepsItsRules() {
        MenuButton menu = fx(() -> (MenuButton) view.lookupAll(".menu-button").stream()
                .filter(n -> n.isVisible() && n instanceof MenuButton).findFirst().orElseThrow());
        fxRun(menu::show);
        waitUntil("the header's menu shows", menu::isShowing);
        assertEquals(List.of(), fx(TrimmedThemeCheck::nodesStyledByDroppedRules), "with a menu open");
        fxRun(menu::hide);
    }

    @Test
    void theCheckFindsANodeThatALeftOutRuleWouldStyle() {
        Label tableLike = new Label("x");
        tableLike.getStyleClass().add("table-view");
        fxRun(() -> ((Pane) stage.getScene().getRoot()).getChildren().add(tableLike));
        List<String> found = fx(TrimmedThemeCheck::nodesStyledByDroppedRules);
        fxRun(() -> ((Pane) stage.getScene().getRoot()).getChildren().remove(tableLike));
        assertFalse(found.isEmpty(), "a node with a table's style class is styled by a rule the trimmed theme left out");
        assertTrue(found.stream().allMatch(line -> line.contains("table-view")), found::toString);
    }
}
