package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;

/**
 * A link made from the side panel: with the editor open, each stance card offers "Use in link";
 * the first position used is the link's first end, the next one its second, and then the link is
 * a kind, a direction and an explanation away.
 */
class LinkFromPanelUiTest extends EditorUiTestBase {

    private static final String PUTINS = "putin-doubts-talks";
    private static final String RUTTES = "rutte-sovereignty";

    @Test
    void twoPositionsUsedFromTheirCardsBecomeALinkThatRReverses() {
        clickBadge("putin");
        waitUntil("Putin's positions show", () -> byId("stance-" + PUTINS) != null);
        assertFalse(fx(() -> byId("use-in-link-" + PUTINS).getParent().isVisible()),
                "nothing to link while the explainer is only read");

        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(KeyCode.DIGIT4).release(KeyCode.ALT);
        waitUntil("the links show", () -> byId("editor-link-list").isVisible());

        clickBadge("putin");
        waitUntil("Use in link is offered on Putin's cards", () -> byId("use-in-link-" + PUTINS).isVisible());
        Button use = (Button) byId("use-in-link-" + PUTINS);
        assertTrue(fx(use::getAccessibleText).contains(stance(PUTINS).summary()), "says which position");
        assertTrue(fx(use::getAccessibleHelp).contains("(L)"), "the tooltip (and its accessible help) names the key");
        clickInPanel("use-in-link-" + PUTINS);
        waitUntil("Putin's second position is the link's first end", () -> PUTINS.equals(linkFromId()) && linkToId() == null);
        assertTrue(fx(() -> byId("editor-link-pick-hint").isVisible()), "the form says what to choose next");

        clickBadge("rutte");
        waitUntil("Rutte's card offers it too", () -> byId("use-in-link-" + RUTTES) != null
                && byId("use-in-link-" + RUTTES).isVisible());
        clickInPanel("use-in-link-" + RUTTES);
        waitUntil("Rutte's position is the second end", () -> PUTINS.equals(linkFromId()) && RUTTES.equals(linkToId()));
        waitUntil("the keyboard is on the kind of link", () -> byId("editor-link-kind").isFocused());
        for (String paragraphOf : List.of(PUTINS, RUTTES)) {
            int paragraph = explainer.article().paragraphNumberAt(stance(paragraphOf).quotes().get(0).span().start());
            assertTrue(fx(() -> byId("editor-link-cite-" + paragraph) != null), "cites ¶" + paragraph);
        }

        press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        clickOn(Messages.get("review.link.opposes"));
        waitUntil("opposes is chosen", () -> kind().getValue() == LinkKind.OPPOSES);
        clickInForm("editor-link-explanation");
        write("Rutte defends Ukraine's say; Putin doubts the talks.");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the link is added", () -> linkBetween(PUTINS, RUTTES) != null);
        Link added = fx(() -> linkBetween(PUTINS, RUTTES));
        assertEquals(PUTINS, added.fromStanceId());
        assertEquals(LinkKind.OPPOSES, added.kind());

        waitUntil("the keyboard is on the new link", () -> byId("editor-link-list").isFocused());
        type(KeyCode.R);
        waitUntil("R reverses it", () -> {
            Link now = state.getExplainer().link(added.id()).orElse(null);
            return now != null && RUTTES.equals(now.fromStanceId()) && PUTINS.equals(now.toStanceId());
        });
        assertEquals(LinkKind.OPPOSES, fx(() -> state.getExplainer().link(added.id()).orElseThrow().kind()));
    }

    @Test
    void theLKeyUsesTheCardTheKeyboardIsIn() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor", () -> byId("explainer-editor") != null);
        clickBadge("rutte");
        waitUntil("Rutte's card offers Use in link", () -> byId("use-in-link-" + RUTTES) != null
                && byId("use-in-link-" + RUTTES).isVisible());
        fxRun(() -> byId("use-in-link-" + RUTTES).requestFocus());
        waitUntil("the keyboard is in the card", () -> byId("use-in-link-" + RUTTES).isFocused());
        type(KeyCode.L);
        waitUntil("L opens the links with Rutte's position first", () -> byId("editor-link-list").isVisible()
                && RUTTES.equals(linkFromId()));
    }

    // ---------------------------------------------------------------- helpers

    private Stance stance(String id) {
        return explainer.stance(id).orElseThrow();
    }

    private Link linkBetween(String a, String b) {
        return state.getExplainer().links().stream()
                .filter(l -> List.of(a, b).contains(l.fromStanceId()) && List.of(a, b).contains(l.toStanceId()))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<LinkKind> kind() {
        return (ComboBox<LinkKind>) byId("editor-link-kind");
    }


    /** Clicks a field of the editor's form where it shows: the form scrolls, and under it is the problems panel. */
    private void clickInForm(String id) {
        Node node = byId(id);
        Node scroll = node;
        while (!(scroll instanceof ScrollPane pane && pane.getStyleClass().contains("editor-scroll"))) {
            scroll = scroll.getParent();
        }
        scrollIntoView((ScrollPane) scroll, node);
        clickOn(node);
    }

    private void clickInPanel(String id) {
        Node node = byId(id);
        scrollIntoView((ScrollPane) byId("side-panel"), node);
        clickOn(node);
    }
}
