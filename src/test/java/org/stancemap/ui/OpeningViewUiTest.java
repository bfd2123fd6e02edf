package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.testdata.ExplainerGenerator;
import org.stancemap.ui.state.LayoutMode;
import org.testfx.util.WaitForAsyncUtils;

/** An explainer opens on the view that tells its story: a country's map, or a city's camps. */
class OpeningViewUiTest extends UiTestBase {

    private static final double[] ONE_COUNTRY = {43.5, 49.5, -1, 7};
    private static final double[] ONE_CITY = {48.85, 48.87, 2.33, 2.36};

    private Explainer open(double[] region) {
        Explainer next = new ExplainerLoader().load(ExplainerGenerator.generateInRegion(16, 20, 1, region), "r.json")
                .explainer().orElseThrow();
        Platform.runLater(() -> state.open(next, Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil("the explainer is open", () -> state.getExplainer() == next);
        waitForPulses(3);
        return next;
    }

    @Test
    void anExplainerAboutOneCityOpensOnItsCampsAndTheMapIsOneClickAway() {
        open(ONE_CITY);
        assertEquals(LayoutMode.RELATIONS, fx(() -> state.layoutModeProperty().get()));
        Node title = byId("camp-side");
        assertTrue(title != null && fx(title::isVisible), "the camps are labelled");
        assertTrue(fx(() -> ((Label) title).getText()).startsWith("With "), "a side is named after one of its actors");
        clickOn(byId("layout-map"));
        waitUntil("the map shows", () -> state.layoutModeProperty().get() == LayoutMode.GEOGRAPHIC);
    }

    @Test
    void anExplainerAboutOneCountryOpensOnItsMapWithEveryBadgeInView() {
        fxRun(() -> state.panels().showLayout(LayoutMode.RELATIONS));
        Explainer country = open(ONE_COUNTRY);
        assertEquals(LayoutMode.GEOGRAPHIC, fx(() -> state.layoutModeProperty().get()));
        Node map = byId("map");
        Bounds shown = fx(() -> map.localToScene(map.getLayoutBounds()));
        for (Actor actor : country.actors()) {
            Node disc = discOf(badge(actor.id()));
            Bounds box = fx(() -> disc.localToScene(disc.getLayoutBounds()));
            assertTrue(shown.contains(box.getCenterX(), box.getCenterY()), actor.name() + " is in view");
        }
    }
}
