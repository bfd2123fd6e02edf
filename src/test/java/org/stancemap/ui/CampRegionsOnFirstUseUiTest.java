package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.state.LayoutMode;

/**
 * The Relations layout's camp regions are built the first time the map goes to that layout (the
 * map opens on the world, and they were work on the way to the live window), and then show as
 * before: a titled region behind each camp's actors.
 */
class CampRegionsOnFirstUseUiTest extends UiTestBase {

    @Test
    void campRegionsAreMadeWhenRelationsFirstShows() {
        assertEquals(LayoutMode.GEOGRAPHIC, fx(() -> state.layoutModeProperty().get()));
        assertEquals(0, fx(() -> view.lookupAll(".camp-region").size()), "no camp region is built while the map shows the world");

        clickOn(byId("layout-relations"));

        waitUntil("the camp regions show", () -> fx(() -> view.lookupAll(".camp-region").stream()
                .anyMatch(n -> n.isVisible() && n.getParent().isVisible() && n.getLayoutBounds().getWidth() > 0)));
        List<String> titles = fx(() -> view.lookupAll(".camp-title").stream()
                .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList());
        assertTrue(!titles.isEmpty() && titles.stream().noneMatch(String::isBlank), "every region has a title: " + titles);
    }
}
