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
        assertFalse(aboutShown(), "hidden at start");
        fxRun(() -> view.map().focusFirstActor());

        type(KeyCode.F1);

        waitUntil("the about view shows", this::aboutShown);
        Node overlay = byId("about-overlay");
        assertGlossaryShown(overlay);

        type(KeyCode.ESCAPE);

        waitUntil("the about view hides", () -> !overlay.isVisible());
        assertFalse(state.aboutShownProperty().get());
    }

    @Test
    void theMenuOpensTheAboutViewAndItsCloseButtonClosesIt() {
        clickOn(byId("main-menu"));
        waitUntil("the menu shows \"About\"", () -> lookup("#menu-about").tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing() && n.isVisible()
                        && n.getLayoutBounds().getWidth() > 0).isPresent());
        Node item = lookup("#menu-about").query();
        assertNotNull(item);
        clickOn(item);

        waitUntil("the about view shows", this::aboutShown);
        Node overlay = byId("about-overlay");
        assertGlossaryShown(overlay);

        clickOn(byId("about-close"));

        waitUntil("the about view hides", () -> !overlay.isVisible());
    }

    /** Shown, with every parent up to the window's root shown too (it is built on first use). */
    private boolean aboutShown() {
        return fx(() -> lookup("#about-overlay").tryQuery().filter(Node::isVisible)
                .filter(n -> n.getParent() != null && n.getParent().isVisible()).isPresent());
    }

    private void assertGlossaryShown(Node overlay) {
        List<String> texts = labelTexts(overlay);
        for (GlossaryEntry entry : explainer.glossary()) {
            assertTrue(texts.contains(entry.term()), "the glossary lists \"" + entry.term() + "\"");
            assertTrue(texts.contains(entry.definition()), "with its definition: " + entry.definition());
        }
    }
}
