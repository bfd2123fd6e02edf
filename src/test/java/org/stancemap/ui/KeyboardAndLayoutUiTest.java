package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.ui.state.LayoutMode;

/** The layout switch, walking the map with the keyboard only, and the actor search. */
class KeyboardAndLayoutUiTest extends UiTestBase {

    @Test
    void switchingToRelationsKeepsTheSelectionAndMovesTheBadges() {
        clickBadge("putin");
        waitUntil("Putin is selected", () -> view.lookup("#stance-panel") != null);
        Actor selected = state.getSelectedActor();
        Node putin = badge("putin");
        // Measured from Russia's badge: selecting Putin may pan the camera, but never moves him off his fan.
        Node russia = badge("russia");
        Point2D geographic = layoutOf(putin).subtract(layoutOf(russia));

        clickOn(byId("layout-relations"));

        assertEquals(LayoutMode.RELATIONS, state.layoutModeProperty().get());
        assertSame(selected, state.getSelectedActor(), "the selection survives the switch");
        assertTrue(hasPseudoClass(putin, SELECTED), "Putin's badge is still marked selected");
        assertEquals(selected.name(), panelActorName());
        Point2D relations = layoutOf(putin).subtract(layoutOf(russia));
        assertTrue(relations.distance(geographic) > 5, "Putin's badge moved: " + geographic + " → " + relations);

        clickOn(byId("layout-map"));

        assertEquals(LayoutMode.GEOGRAPHIC, state.layoutModeProperty().get());
        assertSame(selected, state.getSelectedActor());
        assertTrue(hasPseudoClass(putin, SELECTED));
        Point2D back = layoutOf(putin).subtract(layoutOf(russia));
        assertEquals(geographic.getX(), back.getX(), 1.0, "Putin is back in place (x)");
        assertEquals(geographic.getY(), back.getY(), 1.0, "Putin is back in place (y)");
    }

    @Test
    void keyboardOnlyWalkReachesEveryActorOnceThenArrowsEnterAndEscapeWork() {
        fxRun(() -> view.map().focusFirstActor());
        Node first = focusOwner();
        assertNotNull(first);
        assertTrue(isBadge(first), "the first actor has focus: " + first);

        List<String> visited = new ArrayList<>();
        visited.add(first.getId());
        boolean cycled = false;
        for (int i = 0; i < 300; i++) {
            type(KeyCode.TAB);
            Node now = focusOwner();
            if (now == first) {
                cycled = true;
                break;
            }
            if (isBadge(now)) {
                visited.add(now.getId());
            }
        }
        assertTrue(cycled, "Tab comes back to the first actor after a full round; visited " + visited);
        Set<String> expected = explainer.actors().stream().map(a -> "actor-" + a.id()).collect(Collectors.toSet());
        assertEquals(visited.size(), new HashSet<>(visited).size(), "no actor is visited twice: " + visited);
        assertEquals(expected, new HashSet<>(visited), "every actor is reached once");

        type(KeyCode.RIGHT);
        Node moved = focusOwner();
        assertTrue(isBadge(moved), "an arrow moves focus to another actor: " + moved);
        assertNotEquals(first, moved);
        type(KeyCode.DOWN);
        type(KeyCode.LEFT);
        type(KeyCode.UP);
        Node target = focusOwner();
        assertTrue(isBadge(target), "arrows keep focus on actors: " + target);
        String targetId = target.getId().substring("actor-".length());

        type(KeyCode.ENTER);

        waitUntil("the focused actor is selected", () -> state.getSelectedActor() != null);
        assertEquals(targetId, state.getSelectedActor().id());
        assertEquals(actor(targetId).name(), panelActorName(), "the panel shows the focused actor");
        // The panel that opened takes a few pulses to lay out and settle focus; Escape is for after that.
        waitForPulses(3);
        assertTrue(isBadge(focusOwner()), "focus stays on the map: " + focusOwner());

        type(KeyCode.ESCAPE);

        waitUntil("the selection is cleared", () -> state.getSelectedActor() == null);
        assertNull(byId("stance-panel"), "the stance panel closes");
        assertNotNull(byId("overview-panel"), "the overview is back");
    }

    @Test
    void slashThenTypingANameAndEnterSelectsThatActor() {
        fxRun(() -> view.map().focusFirstActor());

        type(KeyCode.SLASH);

        typeRutteAndEnterInTheFocusedSearch();
        TextField search = (TextField) byId("actor-search");
        assertEquals("", fx(search::getText), "the search field is cleared after choosing");
    }

    @Test
    void ctrlFThenTypingANameAndEnterSelectsThatActor() {
        fxRun(() -> view.map().focusFirstActor());

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        typeRutteAndEnterInTheFocusedSearch();
    }

    /** Once the search has focus, typing a name and Enter selects that actor and shows the panel. */
    private void typeRutteAndEnterInTheFocusedSearch() {
        TextField search = (TextField) byId("actor-search");
        waitUntil("the search field has focus", search::isFocused);
        write("Rutte");
        type(KeyCode.ENTER);

        waitUntil("Rutte is selected", () -> state.getSelectedActor() != null);
        assertEquals("rutte", state.getSelectedActor().id());
        waitUntil("the panel shows Rutte", () -> actor("rutte").name().equals(panelActorName()));
    }

    private Node focusOwner() {
        return fx(() -> stage.getScene().getFocusOwner());
    }

    private static boolean isBadge(Node node) {
        return node != null && node.getId() != null && node.getId().startsWith("actor-")
                && node.getStyleClass().contains("actor-badge");
    }

    private static Point2D layoutOf(Node badge) {
        return fx(() -> new Point2D(badge.getLayoutX(), badge.getLayoutY()));
    }
}
