package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.Point;
import org.stancemap.model.Actor;
import org.stancemap.model.Place;
import org.stancemap.ui.Messages;
import org.stancemap.ui.UiTestBase;
import org.stancemap.ui.state.AppState;

/**
 * An actor's place chosen on the map while the editor shows its actors: a click after "Pick on
 * map", a badge dragged to its place, or Alt and an arrow on a focused badge; each one edit that
 * one Ctrl+Z takes back, and never a place off the map.
 */
class PlaceOnMapUiTest extends UiTestBase {

    private static final double DEGREE_TOLERANCE = 0.01;
    /** A pointer lands on whole pixels: a place read off the map is within this of where it was aimed. */
    private static final double POINTER_TOLERANCE = 2;

    @Test
    void aClickAfterPickOnMapPutsTheChosenActorThereAndOneUndoPutsItBack() {
        openEditorOnActors();
        clickBadge("starmer");
        waitUntil("the actor chosen on the map is chosen in the form", () -> "starmer".equals(chosenInForm()));
        press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil("Ctrl+M starts picking", () -> "starmer".equals(state.mapPicking().placingProperty().get()));
        ToggleButton pick = (ToggleButton) byId("editor-actor-place-pick");
        assertTrue(fx(pick::isSelected), "the toggle shows it is on");
        assertTrue(fx(pick::getText).contains("Keir Starmer"), "and says whose place the click sets: " + fx(pick::getText));

        jumpPointerTo(placeOnScreen("zelensky"));
        clickOn(MouseButton.PRIMARY);
        waitUntil("the click moves Starmer", () -> !near(placeOf("starmer"), 51.51, -0.13));
        assertTrue(pixelsFrom(placeOf("starmer"), 50.45, 30.52) < POINTER_TOLERANCE,
                "Starmer is where the click was, in Kyiv: " + placeOf("starmer"));
        assertNull(fx(() -> state.mapPicking().placingProperty().get()), "one click, one place: picking ends");
        assertTrue(!fx(pick::isSelected), "and the toggle says so");
        assertTrue(drawnPlace("starmer").distanceTo(drawnPlace("zelensky")) < POINTER_TOLERANCE,
                "the map draws Starmer at Kyiv at once");

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("one Ctrl+Z puts him back in London", () -> near(placeOf("starmer"), 51.51, -0.13)
                && "London".equals(placeOf("starmer").name()));
    }

    @Test
    void aBadgeDraggedAcrossTheMapTakesThePlaceWhereItIsDropped() {
        openEditorOnActors();
        Point2D disc = discCentreOnScreen("starmer");
        Point2D paris = placeOnScreen("macron");
        drag(disc, MouseButton.PRIMARY).moveTo(paris).release(MouseButton.PRIMARY);
        waitUntil("Starmer is dropped on Paris", () -> !near(placeOf("starmer"), 51.51, -0.13));
        assertTrue(pixelsFrom(placeOf("starmer"), 48.86, 2.35) < POINTER_TOLERANCE,
                "where the disc was dropped, to the pixel: " + placeOf("starmer"));
        assertTrue(drawnPlace("starmer").distanceTo(drawnPlace("macron")) < POINTER_TOLERANCE, "and drawn there");
        assertEquals("starmer", chosenInForm(), "the dragged actor is the one the form shows");
        assertTrue(fx(() -> state.getExplainer().actor("starmer").orElseThrow().role())
                .equals(actor("starmer").role()), "only the place changed");

        clickOn("#editor-undo");
        waitUntil("Undo takes the drag back", () -> near(placeOf("starmer"), 51.51, -0.13));
    }

    @Test
    void withoutTheActorsOnScreenADragPansTheMapAndMovesNoOne() {
        openEditorOnActors();
        press(KeyCode.ALT).type(KeyCode.DIGIT5).release(KeyCode.ALT);
        waitUntil("the tour shows", () -> byId("editor-tour-list").isVisible());
        Point2D disc = discCentreOnScreen("starmer");
        drag(disc, MouseButton.PRIMARY).moveTo(disc.add(80, 40)).release(MouseButton.PRIMARY);
        waitForPulses(3);
        assertTrue(near(placeOf("starmer"), 51.51, -0.13), "Starmer stays in London");
        assertEquals(explainer.actors(), fx(() -> state.getExplainer().actors()), "no actor changed");
        assertTrue(fx(() -> !state.mapPicking().draggingProperty().get()), "badges are not movable now");
    }

    @Test
    void altAndAnArrowMoveAFocusedBadgeADegreeAndTheKeyboardStaysOnIt() {
        openEditorOnActors();
        clickBadge("starmer");
        press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        waitUntil("Alt+↑ moves Starmer a degree north", () -> near(placeOf("starmer"), 52.51, -0.13));
        waitUntil("the keyboard is on his badge, drawn afresh", () -> {
            javafx.scene.Node focused = stage.getScene().getFocusOwner();
            return focused != null && "actor-starmer".equals(focused.getId());
        });
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("Ctrl+Z moves him back", () -> near(placeOf("starmer"), 51.51, -0.13));
    }

    @Test
    void aClickOffTheMapIsRefusedWithAMessageAndEscStopsPicking() {
        openEditorOnActors();
        clickBadge("starmer");
        for (int i = 0; i < 8; i++) {
            type(KeyCode.MINUS);
        }
        waitForPulses(3);
        press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil("picking", () -> state.mapPicking().placingProperty().get() != null);
        Point2D northOfThePole = fx(() -> view.map().localToScreen(view.map().getWidth() / 2, 3));
        jumpPointerTo(northOfThePole);
        clickOn(MouseButton.PRIMARY);
        waitUntil("the click is refused with a message", () -> {
            AppState.Notice notice = state.noticeProperty().get();
            return notice != null && notice.problem() && notice.text().equals(Messages.get("map.place.off"));
        });
        assertTrue(near(placeOf("starmer"), 51.51, -0.13), "Starmer has not moved");
        assertEquals("starmer", fx(() -> state.mapPicking().placingProperty().get()), "the author can click again");
        type(KeyCode.ESCAPE);
        waitUntil("Esc stops picking", () -> state.mapPicking().placingProperty().get() == null);
        assertEquals("starmer", fx(() -> state.getSelectedActor() == null ? null : state.getSelectedActor().id()),
                "and only that: the actor stays chosen");
    }

    @Test
    void theClickTheMapNoticeGoesWhenThePickIsMadeOrCancelled() {
        openEditorOnActors();
        clickBadge("starmer");
        waitUntil("the actor chosen on the map is chosen in the form", () -> "starmer".equals(chosenInForm()));
        String asking = Messages.format("editor.actor.place.picking", "Keir Starmer");
        press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil("Ctrl+M asks for a click on the map", () -> byId("notice").isVisible()
                && asking.equals(fx(() -> ((javafx.scene.control.Label) byId("notice-text")).getText())));
        type(KeyCode.ESCAPE);
        waitUntil("Esc cancels the pick", () -> state.mapPicking().placingProperty().get() == null);
        assertClickNoticeGone(asking);

        press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil("Ctrl+M asks again", () -> byId("notice").isVisible());
        jumpPointerTo(placeOnScreen("zelensky"));
        clickOn(MouseButton.PRIMARY);
        waitUntil("the click places Starmer", () -> !near(placeOf("starmer"), 51.51, -0.13));
        assertClickNoticeGone(asking);
    }

    /** Gone at once, not left to fade while it still asks for a click that would do nothing. */
    private void assertClickNoticeGone(String asking) {
        waitForPulses(2);
        AppState.Notice notice = fx(() -> state.noticeProperty().get());
        assertTrue(notice == null || !asking.equals(notice.text()), "the notice no longer asks for a click");
        assertTrue(!fx(() -> byId("notice").isVisible()), "and is off the screen");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * How many of the map's pixels lie between {@code place} and a latitude and longitude, at the
     * map's zoom now (read off two actors that stay where they are: Putin in Moscow, Macron in Paris).
     */
    private double pixelsFrom(Place place, double latitude, double longitude) {
        MapProjection projection = new MapProjection();
        double units = projection.project(55.76, 37.62).distanceTo(projection.project(48.86, 2.35));
        double zoom = drawnPlace("putin").distanceTo(drawnPlace("macron")) / units;
        return projection.project(place.latitude(), place.longitude())
                .distanceTo(projection.project(latitude, longitude)) * zoom;
    }

    private void openEditorOnActors() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        waitUntil("the actors show", () -> byId("editor-actor-list").isVisible()
                && fx(() -> state.mapPicking().draggingProperty().get()));
        waitForPulses(3);
    }

    @SuppressWarnings("unchecked")
    private String chosenInForm() {
        ListView<Actor> list = (ListView<Actor>) byId("editor-actor-list");
        return fx(() -> {
            Actor chosen = list.getSelectionModel().getSelectedItem();
            return chosen == null ? null : chosen.id();
        });
    }

    private Place placeOf(String actorId) {
        return fx(() -> state.getExplainer().actor(actorId).orElseThrow().place().orElseThrow());
    }

    private static boolean near(Place place, double latitude, double longitude) {
        return Math.abs(place.latitude() - latitude) < DEGREE_TOLERANCE
                && Math.abs(place.longitude() - longitude) < DEGREE_TOLERANCE;
    }

    /** Where the map draws an actor's place now, in the map's pixels. */
    private Point drawnPlace(String actorId) {
        return fx(() -> view.map().scene().places().get(actorId));
    }

    /** An actor's place on screen: the map draws places in the coordinates of the layer its badges are in. */
    private Point2D placeOnScreen(String actorId) {
        Point place = drawnPlace(actorId);
        javafx.scene.Node badge = badge(actorId);
        return fx(() -> badge.getParent().localToScreen(place.x(), place.y()));
    }
}
