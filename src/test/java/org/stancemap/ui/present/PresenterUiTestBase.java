package org.stancemap.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.stancemap.model.TourStep;
import org.stancemap.ui.UiTestBase;
import org.stancemap.ui.Messages;
import org.stancemap.ui.StancemapApp;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Set-up for the presenter-mode UI tests, following org.stancemap.ui.UiTestBase (which is package
 * private there): a fresh 1280×800 main window built by {@link StancemapApp#createMainView}, reduced
 * motion, and the built-in explainer opened synchronously. {@code createMainView} installs the
 * presenter keys but not {@link PresentationStage} (full screen and the second-screen console are
 * made in {@code start()} only), so these tests drive the in-window presentation: the overlay, the
 * keys and the map's focus on each step.
 */
abstract class PresenterUiTestBase extends UiTestBase {

    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    @BeforeEach
    void requireALongTourAndFocusTheWindow() {
        assertTrue(tour().size() >= 7, "these tests need a tour of at least 7 steps; it has " + tour().size());
        fxRun(() -> view.requestFocus());
    }

    @AfterEach
    void releaseHeldKeys() {
        // A key a failed test left held would otherwise stay down for the next one.
        release(new KeyCode[0]);
    }

    // ---------------------------------------------------------------- the model's tour

    List<TourStep> tour() {
        return explainer.tour();
    }

    TourStep step(int index) {
        return tour().get(index);
    }

    int lastIndex() {
        return tour().size() - 1;
    }

    /** The counter the overlay should show on step {@code index} (0-based). */
    String expectedCounter(int index) {
        return Messages.format("present.counter", index + 1, tour().size());
    }

    // ---------------------------------------------------------------- keys

    /** Presses and releases one key, then lets the FX thread catch up. */
    void key(KeyCode code) {
        type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** F5: presents from the start. */
    void startPresenting() {
        key(KeyCode.F5);
        waitUntil("presenting", state::isPresenting);
    }

    /** Presents from the start and moves to {@code index} with Next keys. */
    void presentAt(int index) {
        startPresenting();
        for (int i = 0; i < index; i++) {
            key(KeyCode.RIGHT);
        }
        assertEquals(index, tourStep(), "moved to step " + (index + 1) + " with Right");
    }

    // ---------------------------------------------------------------- what the window shows

    int tourStep() {
        return fx(() -> state.tourStepProperty().get());
    }

    String text(String id) {
        return fx(() -> {
            Node node = view.lookup("#" + id);
            assertNotNull(node, "no node #" + id);
            return ((Label) node).getText();
        });
    }

    /** Whether the node is visible on screen: it and all its ancestors are visible, and it is in the scene. */
    boolean shown(String id) {
        return fx(() -> {
            Node node = view.lookup("#" + id);
            if (node == null || node.getScene() == null) {
                return false;
            }
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    boolean dimmed(String actorId) {
        Node badge = byId("actor-" + actorId);
        assertNotNull(badge, "no badge for " + actorId);
        return fx(() -> badge.getPseudoClassStates().contains(DIMMED));
    }

    /** The step the overlay shows: title, caption and counter match the model's step {@code index}. */
    void assertShowsStep(int index, String how) {
        TourStep expected = step(index);
        assertEquals(index, tourStep(), how + ": tour step index");
        assertEquals(expected.title(), text("tour-title"), how + ": title of step " + (index + 1));
        assertEquals(expected.caption(), text("tour-caption"), how + ": caption of step " + (index + 1));
        assertEquals(expectedCounter(index), text("tour-counter"), how + ": counter on step " + (index + 1));
        assertTrue(text("tour-counter").contains(String.valueOf(index + 1))
                && text("tour-counter").contains(String.valueOf(tour().size())), how + ": counter has both numbers");
        assertEquals(index == lastIndex(), shown("tour-restart"), how + ": restart button only on the last step");
        assertEquals(index == lastIndex(), shown("tour-explore"), how + ": explore button only on the last step");
    }
}
