package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** A badge shows its actor's role under the name once chosen, and only then. */
class BadgeRoleUiTest extends UiTestBase {

    @Test
    void theChosenActorsRoleShowsUnderItsNameAndGoesWhenAnotherIsChosen() {
        String role = actor("macron").role();
        assertFalse(role.isBlank(), "the built-in explainer gives Macron a role");
        assertTrue(shownRoles("macron").isEmpty(), "no role line before the badge is chosen");

        clickBadge("macron");
        waitUntil("Macron's role shows under his name", () -> shownRoles("macron").equals(List.of(role)));

        clickBadge("putin");
        waitUntil("Putin's role shows once he is chosen", () -> shownRoles("putin").equals(List.of(actor("putin").role())));
        waitUntil("Macron's role goes when Putin is chosen", () -> shownRoles("macron").isEmpty());
        assertEquals(List.of(), shownRoles("starmer"), "a badge never chosen shows no role");
    }

    /** The texts of the visible role lines on an actor's badge. */
    private List<String> shownRoles(String actorId) {
        return fx(() -> {
            Node badge = badge(actorId);
            return badge.lookupAll(".badge-role").stream()
                    .filter(node -> node.isVisible() && isAncestor(badge, node))
                    .map(node -> ((Label) node).getText()).toList();
        });
    }
}
