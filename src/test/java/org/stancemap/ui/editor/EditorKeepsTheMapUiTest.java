package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.edit.ItemEdits;
import org.stancemap.ui.UiTestBase;

/**
 * An edit that does not move anyone (a glossary entry) redraws the map with every badge where it
 * was: the map once rebuilt its badges and left them all in its top left corner, because the
 * camera, framing the same map, did not move.
 */
class EditorKeepsTheMapUiTest extends UiTestBase {

    @Test
    void badgesStayInPlaceAfterAnEditThatMovesNoOne() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        waitForPulses(3);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        Point2D putin = discCentreOnScreen("putin");
        Point2D macron = discCentreOnScreen("macron");
        fxRun(() -> editor.session().apply(ItemEdits.addGlossaryEntry("dialogue", "Talks between the two sides.")));
        waitForPulses(3);
        Point2D putinAfter = discCentreOnScreen("putin");
        Point2D macronAfter = discCentreOnScreen("macron");
        assertEquals(putin.getX(), putinAfter.getX(), 1, "Putin's badge stays where it was");
        assertEquals(putin.getY(), putinAfter.getY(), 1);
        assertEquals(macron.getX(), macronAfter.getX(), 1, "and so does Macron's");
        assertEquals(macron.getY(), macronAfter.getY(), 1);
    }
}
