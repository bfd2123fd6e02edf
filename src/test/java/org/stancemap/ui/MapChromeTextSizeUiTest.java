package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Stance;
import org.stancemap.ui.state.LayoutMode;

/**
 * Relations grows a small explainer's marks to fill the map; the map's own controls (the hint,
 * the key and the zoom buttons) keep the window's text size all the same, and follow the reader's
 * text size setting.
 */
class MapChromeTextSizeUiTest extends UiTestBase {

    @Test
    void theHintAndTheKeyKeepTheWindowsTextSizeWhileTheMarksGrow() {
        fxRun(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            state.open(oneActor(explainer), Optional.empty());
            state.panels().showLayout(LayoutMode.RELATIONS);
        });
        waitUntil("the lone actor's marks grow to fill the Relations view",
                () -> view.map().marksStep() > state.uiScaleProperty().get());
        waitForPulses(3);
        assertChromeAtWindowSize("at 100 %");

        Button fold = (Button) byId("legend-fold");
        fxRun(fold::fire);
        waitUntil("the key folds into its button", () -> byId("legend-unfold") != null);
        waitForPulses(2);
        assertEquals(windowText(), fontSize(byId("legend-unfold")), 0.01,
                "the folded key's button is as large as the window's text, not the marks'");

        fxRun(() -> state.preferences().setTextScale(150));
        waitUntil("the window's text grows to 150 %", () -> Math.abs(fontSize(hint()) - 21) < 0.01);
        waitForPulses(3);
        assertTrue(fx(() -> view.map().marksStep()) > 150, "the marks still grow beyond the window's text");
        assertChromeAtWindowSize("at 150 %");
        assertEquals(21, fontSize(byId("legend-unfold")), 0.01, "the folded key follows the text size setting");
    }

    /** The hint reads at the window's text size; nothing in the key or the zoom buttons is larger; the names are. */
    private void assertChromeAtWindowSize(String when) {
        double window = windowText();
        int marks = fx(() -> view.map().marksStep());
        assertEquals(window, fontSize(hint()), 0.01, when + ", the hint is at the window's text size (marks at " + marks + ")");
        for (String chrome : List.of("legend", "zoom-in", "zoom-out", "fit")) {
            for (Labeled labeled : nodesIn(byId(chrome), Labeled.class)) {
                assertTrue(fontSize(labeled) <= window + 0.01, when + ", " + chrome + "'s '" + fx(labeled::getText)
                        + "' is " + fontSize(labeled) + " px, not above the window's " + window + " px");
            }
        }
        Label name = (Label) fx(() -> badge("putin").lookup(".badge-name"));
        double grown = 0.857 * 14 * marks / 100.0;
        assertEquals(grown, fontSize(name), 0.1, when + ", the actor's name still grows with the marks");
        assertFalse(grown <= window, "the marks are larger than the window's text, or this proves nothing");
    }

    /** The size of the window's text: 14 px at the normal step, as the root's step sets it. */
    private double windowText() {
        return 14 * fx(() -> state.uiScale());
    }

    private Node hint() {
        return fx(() -> view.map().lookup(".map-hint"));
    }

    private static double fontSize(Node node) {
        return fx(() -> ((Labeled) node).getFont().getSize());
    }

    /** The built-in explainer cut down to Putin and what he said: a one-actor explainer. */
    private static Explainer oneActor(Explainer full) {
        Actor putin = full.actor("putin").orElseThrow();
        Actor alone = new Actor(putin.id(), putin.name(), putin.kind(), putin.role(), List.of(), putin.place(),
                putin.status());
        List<Stance> stances = full.stances().stream().filter(s -> s.actorId().equals(putin.id()))
                .map(s -> new Stance(s.id(), s.actorId(), s.summary(), s.quotes(), Optional.empty(), s.status()))
                .toList();
        return new Explainer(full.id() + "-one-actor", full.article(), List.of(alone), stances, List.of(), List.of(),
                List.of());
    }
}
