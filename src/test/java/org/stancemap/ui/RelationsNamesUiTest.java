package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.stancemap.layout.Camps;
import org.stancemap.model.Actor;
import org.stancemap.ui.state.LayoutMode;

/**
 * Relations on a laptop with the side panel and the article open: the members of both camps show
 * their names without being pointed at, and each camp's title reads in full, clear of every name.
 */
class RelationsNamesUiTest extends UiTestBase {

    private static final PseudoClass UNLABELLED = PseudoClass.getPseudoClass("unlabelled");
    private static final PseudoClass CROWDED = PseudoClass.getPseudoClass("crowded");

    @Test
    void onALaptopEveryCampMemberShowsItsNameAndTheCampTitlesRead() {
        fxRun(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            state.panels().showLayout(LayoutMode.RELATIONS);
        });
        waitForPulses(4);
        assertTrue(fx(() -> byId("side-panel").isVisible()), "the side panel is open");
        Camps camps = Camps.of(explainer);
        List<Bounds> names = new ArrayList<>();
        Bounds map = fx(() -> view.map().localToScene(view.map().getLayoutBounds()));
        for (Actor actor : explainer.actors()) {
            Camps.Standing standing = camps.standingOf(actor.id());
            Node badge = badge(actor.id());
            boolean named = !hasPseudoClass(badge, UNLABELLED) && !hasPseudoClass(badge, CROWDED);
            if (standing == Camps.Standing.FIRST_SIDE || standing == Camps.Standing.SECOND_SIDE) {
                assertTrue(named, actor.name() + " stands in a camp, so its name shows at 1366×768");
            }
            if (named) {
                Label name = (Label) fx(() -> badge.lookup(".badge-name"));
                names.add(fx(() -> name.localToScene(name.getBoundsInLocal())));
            }
        }
        List<Node> titles = fx(() -> new ArrayList<>(view.map().lookupAll(".camp-title")));
        assertTrue(titles.size() >= 2, "both camps have a title");
        for (Node title : titles) {
            Label label = (Label) title;
            Bounds box = fx(() -> label.localToScene(label.getBoundsInLocal()));
            String text = fx(label::getText);
            assertTrue(fx(() -> label.getWidth() >= label.prefWidth(-1) - 0.5), text + " is not cut short");
            assertTrue(fx(() -> label.getFont().getSize()) >= 11, text + " is large enough to read");
            assertTrue(map.contains(box), text + " at " + box + " is inside the map's view " + map);
            for (Bounds name : names) {
                assertTrue(!name.intersects(box.getMinX() + 0.5, box.getMinY() + 0.5, box.getWidth() - 1,
                        box.getHeight() - 1), text + " at " + box + " is covered by a name at " + name);
            }
        }
    }
}
