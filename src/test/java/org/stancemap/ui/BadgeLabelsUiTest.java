package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;

/** A badge's name and role lines, each as wide as its own text. */
class BadgeLabelsUiTest extends UiTestBase {

    @Test
    void aSelectedBadgesNameBoxFitsItsNameNotItsRole() {
        int checked = 0;
        for (Actor actor : explainer.actors()) {
            fxRun(() -> state.selectActor(actor));
            waitForPulses(2);
            Node badge = badge(actor.id());
            Label name = (Label) fx(() -> badge.lookup(".badge-name"));
            Label role = (Label) fx(() -> badge.lookup(".badge-role"));
            double roleWidth = fx(() -> role.isVisible() ? role.getWidth() : 0);
            double nameText = fx(() -> name.prefWidth(-1));
            double nameWidth = fx(name::getWidth);
            if (roleWidth > nameText + 4) {
                assertTrue(nameWidth <= Math.min(nameText, name.getMaxWidth()) + 1, actor.name() + "'s name box is "
                        + nameWidth + " px wide, for a name of " + nameText + " px under a role of " + roleWidth);
                checked++;
            }
        }
        assertTrue(checked > 0, "some actor of the built-in explainer has a role wider than its name");
    }
}
