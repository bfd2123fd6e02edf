package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;
import org.stancemap.model.ActorKind;
import org.stancemap.model.TourStep;
import org.stancemap.ui.state.LayoutMode;

/**
 * The map stays a map at every window and text size a classroom meets (from a 1024×768 projector
 * to a 3840×2160 screen, at 100 % and 200 % text): every badge keeps its place on the geography,
 * discs stay circles, and no name that shows is cut by the window or hidden under the map's own
 * chrome. In a tour on a 1024×768 projector the step's names are at least 24 pixels high and clear
 * of the screen's edge and the caption band.
 */
class MapAtEverySizeUiTest extends UiTestBase {

    private static final int[][] SIZES = {{1024, 768}, {1366, 768}, {1920, 1080}, {3840, 2160}};
    private static final int[] TEXT = {100, 200};
    private static final PseudoClass UNLABELLED = PseudoClass.getPseudoClass("unlabelled");
    private static final PseudoClass CROWDED = PseudoClass.getPseudoClass("crowded");

    @Test
    void atEverySizeAndTextSizeTheMapKeepsItsGeographyAndEveryShownNameInView() {
        MapLayout layout = MapLayout.of(explainer, new MapProjection(), new org.stancemap.io.WorldOutlineLoader().loadDefault());
        for (int[] size : SIZES) {
            for (int text : TEXT) {
                String where = size[0] + "×" + size[1] + " at " + text + " %";
                fxRun(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    state.preferences().setTextScale(text);
                });
                waitForPulses(4);
                assertEquals(LayoutMode.GEOGRAPHIC, fx(() -> state.layoutModeProperty().get()), where);
                assertKeepsGeography(layout, where);
                assertDiscsAreCircles(where);
                List<String> shown = assertShownNamesInView(where, List.of());
                // Crowding hides the less important names, never most of them.
                assertTrue(shown.size() * 2 >= explainer.actors().size(),
                        where + ": at least half the names show, but only " + shown);
            }
        }
    }

    @Test
    void atStartOnALaptopEveryNameOfTheBuiltInExplainerShows() {
        fxRun(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        waitForPulses(4);
        List<String> shown = assertShownNamesInView("1366×768 at start", List.of());
        List<String> hidden = explainer.actors().stream().map(a -> a.id()).filter(id -> !shown.contains(id)).toList();
        // The United Kingdom's name has no side there that is not between its disc and Starmer's, over
        // France's or on the Paris summit's pin: it gives way (shown on pointing), the people's never.
        assertTrue(hidden.isEmpty() || hidden.equals(List.of("uk")), "names hidden until pointed at: " + hidden);
    }

    @Test
    void inATourOnAProjectorTheStepsNamesAreLargeAndClearOfTheEdgeAndTheCaption() {
        projectorSizedWindow();
        waitForPulses(2);
        fxRun(() -> state.present(0));
        waitUntil("presenting", state::isPresenting);
        int checked = 0;
        for (int index = 0; index < explainer.tour().size(); index++) {
            int step = index;
            fxRun(() -> state.presenter().goTo(step));
            waitForPulses(4);
            TourStep tourStep = explainer.tour().get(index);
            String where = "tour step " + (index + 1) + " at 1024×768";
            Node band = byId("tour-band");
            List<Node> chrome = new ArrayList<>();
            chrome.add(band);
            for (String id : tourStep.actorIds()) {
                Label name = nameOf(id);
                double size = fx(() -> name.getFont().getSize());
                assertTrue(size >= 24, where + ": " + id + "'s name is " + size + " px, not at least 24");
                assertFalse(hasPseudoClass(badge(id), UNLABELLED) || hasPseudoClass(badge(id), CROWDED),
                        where + ": " + id + " is in focus, so its name shows");
                assertNameInView(id, where, chrome);
                checked++;
            }
            double counter = fx(() -> {
                Label label = (Label) view.lookup("#tour-counter");
                return label.getFont().getSize() * label.localToScene(1, 0).subtract(label.localToScene(0, 0)).getX();
            });
            assertTrue(counter >= 23.5, where + ": the step counter is drawn " + counter + " px high, not 24");
        }
        assertTrue(checked > 0, "the built-in tour has steps that focus on actors");
    }

    // ---------------------------------------------------------------- checks

    /** Every mark on the map is at its place (plus its fixed fan offset) under one zoom and origin: no ring. */
    private void assertKeepsGeography(MapLayout layout, String where) {
        MapScene scene = fx(() -> view.map().scene());
        assertNotNull(scene, where + ": the map is drawn");
        double r = fx(() -> view.map().marksStep()) / 100.0 * 20;
        List<MapLayout.Spot> onMap = layout.spots().values().stream()
                .filter(s -> s.mark() != MapLayout.Mark.CHIP).toList();
        MapLayout.Spot west = onMap.stream().min((a, b) -> Double.compare(a.anchor().x(), b.anchor().x())).orElseThrow();
        MapLayout.Spot east = onMap.stream().max((a, b) -> Double.compare(a.anchor().x(), b.anchor().x())).orElseThrow();
        double zoom = (anchor(scene, east, r).x() - anchor(scene, west, r).x()) / (east.anchor().x() - west.anchor().x());
        assertTrue(zoom > 0, where + ": west stays west of east");
        Point origin = new Point(anchor(scene, west, r).x() - west.anchor().x() * zoom,
                anchor(scene, west, r).y() - west.anchor().y() * zoom);
        for (MapLayout.Spot spot : onMap) {
            Point expected = new Point(spot.anchor().x() * zoom + origin.x(), spot.anchor().y() * zoom + origin.y());
            assertTrue(anchor(scene, spot, r).distanceTo(expected) < 1.5,
                    where + ": " + spot.id() + " is at its place on the map, not moved into a ring or a pile");
        }
        double mapWidth = fx(() -> view.map().getWidth());
        double spread = anchor(scene, east, r).x() - anchor(scene, west, r).x();
        assertTrue(spread >= mapWidth * 0.25, where + ": the places spread over the map (" + spread + " of "
                + mapWidth + " px), not onto a speck of it");
    }

    /** Where the disc's place is on screen: the disc's centre less its fixed fan offset. */
    private static Point anchor(MapScene scene, MapLayout.Spot spot, double r) {
        Point disc = scene.discs().get(spot.id());
        return new Point(disc.x() - spot.dx() * r, disc.y() - spot.dy() * r);
    }

    private void assertDiscsAreCircles(String where) {
        for (var actor : explainer.actors()) {
            if (actor.kind() != ActorKind.PERSON && actor.kind() != ActorKind.STATE) {
                continue;
            }
            Node disc = discOf(badge(actor.id()));
            Bounds b = fx(disc::getLayoutBounds);
            assertEquals(b.getWidth(), b.getHeight(), 0.5, where + ": " + actor.id() + "'s disc is a circle");
        }
    }

    /** Checks every name that shows, in view and clear of every other name; returns their actors. */
    private List<String> assertShownNamesInView(String where, List<Node> chrome) {
        List<String> shown = new ArrayList<>();
        List<Bounds> boxes = new ArrayList<>();
        for (var actor : explainer.actors()) {
            Node badge = badge(actor.id());
            if (hasPseudoClass(badge, UNLABELLED) || hasPseudoClass(badge, CROWDED)) {
                continue;
            }
            assertNameInView(actor.id(), where, chrome);
            Label name = nameOf(actor.id());
            Bounds box = fx(() -> name.localToScene(name.getBoundsInLocal()));
            for (int i = 0; i < boxes.size(); i++) {
                Bounds other = boxes.get(i);
                boolean overlaps = other.getMinX() < box.getMaxX() - 0.5 && box.getMinX() < other.getMaxX() - 0.5
                        && other.getMinY() < box.getMaxY() - 0.5 && box.getMinY() < other.getMaxY() - 0.5;
                assertFalse(overlaps, where + ": " + actor.id() + "'s name at " + box + " lies over "
                        + shown.get(i) + "'s at " + other);
            }
            boxes.add(box);
            shown.add(actor.id());
        }
        return shown;
    }

    private void assertNameInView(String actorId, String where, List<Node> extraChrome) {
        Label name = nameOf(actorId);
        Bounds box = fx(() -> name.localToScene(name.getBoundsInLocal()));
        Bounds map = fx(() -> view.map().localToScene(view.map().getLayoutBounds()));
        double w = fx(() -> view.getScene().getWidth());
        double h = fx(() -> view.getScene().getHeight());
        String what = where + ": " + actorId + "'s name at " + box;
        assertTrue(box.getMinX() >= -0.5 && box.getMaxX() <= w + 0.5 && box.getMinY() >= -0.5 && box.getMaxY() <= h + 0.5,
                what + " is inside the " + w + "×" + h + " window");
        assertTrue(box.getMinX() >= map.getMinX() - 0.5 && box.getMaxX() <= map.getMaxX() + 0.5
                        && box.getMinY() >= map.getMinY() - 0.5 && box.getMaxY() <= map.getMaxY() + 0.5,
                what + " is inside the map's view " + map + ", not cut at its edge");
        List<Node> chrome = new ArrayList<>(extraChrome);
        chrome.add(byId("legend"));
        chrome.add(fx(() -> view.map().lookup(".map-controls")));
        chrome.add(fx(() -> view.map().lookup(".map-hint")));
        chrome.add(byId("side-panel"));
        for (Node over : chrome) {
            if (over == null || !fx(() -> shownOnScreen(over))) {
                continue;
            }
            Bounds cover = fx(() -> over.localToScene(over.getBoundsInLocal()));
            boolean overlaps = cover.getMinX() < box.getMaxX() - 0.5 && box.getMinX() < cover.getMaxX() - 0.5
                    && cover.getMinY() < box.getMaxY() - 0.5 && box.getMinY() < cover.getMaxY() - 0.5;
            assertFalse(overlaps, what + " is covered by " + over.getId() + " at " + cover);
        }
    }

    private static boolean shownOnScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private Label nameOf(String actorId) {
        Node badge = badge(actorId);
        assertNotNull(badge, "no badge for " + actorId);
        return (Label) fx(() -> badge.lookup(".badge-name"));
    }

    private static void assertFalse(boolean condition, String message) {
        assertTrue(!condition, message);
    }
}
