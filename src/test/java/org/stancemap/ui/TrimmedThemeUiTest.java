package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Application;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.theme.TrimmedThemeCheck;

/**
 * The window is styled by AtlantaFX's Primer theme without the rules of controls the app never
 * makes (src/build/TrimmedTheme.java), and no node of the window, its menus or its text fields'
 * context menus loses a rule by it. Every UI test runs the same check on what it opened
 * ({@link UiTestBase}).
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
    void menusAndContextMenusKeepTheirRules() {
        MenuButton menu = fx(() -> (MenuButton) view.lookupAll(".menu-button").stream()
                .filter(n -> n.isVisible() && n instanceof MenuButton).findFirst().orElseThrow());
        fxRun(menu::show);
        waitUntil("the header's menu shows", menu::isShowing);
        assertEquals(List.of(), fx(TrimmedThemeCheck::nodesStyledByDroppedRules), "with a menu open");
        fxRun(menu::hide);

        clickOn(byId("actor-search"));
        waitUntil("the search field has focus", () -> byId("actor-search").isFocused());
        // What a right click or the menu key sends to the field.
        fxRun(() -> {
            Node field = byId("actor-search");
            Point2D at = field.localToScreen(4, 4);
            Event.fireEvent(field, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 4, 4,
                    at.getX(), at.getY(), true, null));
        });
        waitUntil("the search field's context menu shows", () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w instanceof ContextMenu));
        assertEquals(List.of(), fx(TrimmedThemeCheck::nodesStyledByDroppedRules), "with a context menu open");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
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
