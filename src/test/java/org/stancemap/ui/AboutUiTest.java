package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.model.GlossaryEntry;

/** "About this explainer": opened with F1 or from the menu, closed with Escape or its button. */
class AboutUiTest extends UiTestBase {

    @Test
    void f1ShowsTheAboutViewWithEveryGlossaryTermAndEscapeHidesIt() {
        Node overlay = byId("about-overlay");
        assertFalse(fx(overlay::isVisible), "hidden at start");
        fxRun(() -> view.map().focusFirstActor());

        type(KeyCode.F1);

        waitUntil("the about view shows", overlay::isVisible);
        assertGlossaryShown(overlay);

        type(KeyCode.ESCAPE);

        waitUntil("the about view hides", () -> !overlay.isVisible());
        assertFalse(state.aboutShownProperty().get());
    }

    @Test
    void theMenuOpensTheAboutViewAndItsCloseButtonClosesIt() {
        Node overlay = byId("about-overlay");

        clickOn(byId("main-menu"));
        waitUntil("the menu shows \"About\"", () -> lookup("#menu-about").tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing() && n.isVisible()
                        && n.getLayoutBounds().getWidth() > 0).isPresent());
        Node item = lookup("#menu-about").query();
        assertNotNull(item);
        clickOn(item);

        waitUntil("the about view shows", overlay::isVisible);
        assertGlossaryShown(overlay);

        clickOn(byId("about-close"));

        waitUntil("the about view hides", () -> !overlay.isVisible());
    }

    private void assertGlossaryShown(Node overlay) {
        List<String> texts = labelTexts(overlay);
        for (GlossaryEntry entry : explainer.glossary()) {
            assertTrue(texts.contains(entry.term()), "the glossary lists \"" + entry.term() + "\"");
            assertTrue(texts.contains(entry.definition()), "with its definition: " + entry.definition());
        }
    }
}
