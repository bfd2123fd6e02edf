package org.stancemap.ui.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.kiosk.IdleSchedule;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.PinHash;
import org.stancemap.ui.UiTestBase;

/**
 * A kiosk on an injected clock: nothing a visitor presses gets out, the operator gets out only
 * with the right PIN, and a kiosk left alone counts down, resets and plays the tour until touched.
 */
class KioskUiTest extends UiTestBase {

    private static final String PIN = "2468";
    private static final String PIN_HASH = PinHash.create(PIN.toCharArray());

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final AtomicBoolean exited = new AtomicBoolean();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private KioskController kiosk;

    private KioskConfig config(Optional<String> pinHash) {
        return new KioskConfig(Optional.empty(), Optional.empty(), Duration.ofSeconds(90), Duration.ofSeconds(15),
                Duration.ofSeconds(12), pinHash, dir.resolve("heartbeat"), dir.resolve("log"));
    }

    @BeforeEach
    void becomeAKiosk() {
        install(Optional.of(PIN_HASH));
    }

    private void install(Optional<String> pinHash) {
        fxRun(() -> {
            if (kiosk != null) {
                kiosk.uninstall();
                view.getChildren().remove(kiosk.overlay());
            }
            kiosk = new KioskController(state, config(pinHash), clock::get, Runnable::run, () -> exited.set(true),
                    log::add);
            view.getChildren().add(kiosk.overlay());
            kiosk.install(stage);
        });
    }

    @AfterEach
    void handBack() {
        fxRun(() -> {
            kiosk.uninstall();
            stage.setFullScreen(false);
        });
    }

    private void advance(Duration by) {
        clock.addAndGet(by.toNanos());
        fxRun(kiosk::tick);
    }

    private boolean shown(String id) {
        Node node = byId(id);
        return node != null && fx(() -> node.isVisible() && (node.getParent() == null || node.getParent().isVisible()));
    }

    @Test
    void noEscapeKeyOrCloseRequestLeavesTheKiosk() {
        type(KeyCode.ESCAPE);
        press(KeyCode.F11).release(KeyCode.F11);
        press(KeyCode.ALT, KeyCode.F4).release(KeyCode.F4, KeyCode.ALT);
        press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        fxRun(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertTrue(fx(stage::isShowing), "the window is still open");
        assertTrue(fx(stage::isFullScreen), "and still full screen");
        assertTrue(fx(state::isKiosk));
        assertFalse(exited.get());
        assertFalse(shown("kiosk-pin"), "no PIN pad without the operator chord");
    }

    @Test
    void backToStartLeavesTheHeadersNameAndTitleUncovered() {
        // The kiosk's text on a full-HD screen, where the button is at its widest.
        fxRun(() -> state.textScaleProperty().set(150));
        waitUntil("Back to start shows", () -> shown("kiosk-back"));
        fxRun(() -> view.applyCss());
        fxRun(view::layout);
        Node back = byId("kiosk-back");
        javafx.geometry.Bounds button = fx(() -> back.localToScene(back.getBoundsInLocal()));
        for (Node header : fx(() -> List.copyOf(view.lookupAll(".brand")))) {
            javafx.geometry.Bounds brand = fx(() -> header.localToScene(header.getBoundsInLocal()));
            assertFalse(button.intersects(brand), "Back to start " + button + " covers the app's name " + brand);
        }
        Node title = byId("explainer-title");
        javafx.geometry.Bounds titleBox = fx(() -> title.localToScene(title.getBoundsInLocal()));
        assertFalse(button.intersects(titleBox), "Back to start covers the headline");
    }

    @Test
    void fullScreenDroppedByTheSystemIsTakenBack() {
        waitUntil("the kiosk is full screen", () -> fx(stage::isFullScreen));
        fxRun(() -> stage.setFullScreen(false));
        waitUntil("full screen comes back", () -> fx(stage::isFullScreen));
        assertTrue(log.stream().anyMatch(l -> l.contains("full screen")), log.toString());
    }

    @Test
    void theOperatorChordAndTheRightPinLeaveAndAWrongPinDoesNot() {
        press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.ALT,
                KeyCode.CONTROL);
        waitUntil("the PIN pad opens", () -> shown("kiosk-pin"));

        for (char digit : "1111".toCharArray()) {
            clickOn(byId("kiosk-pin-" + digit));
        }
        clickOn(byId("kiosk-pin-enter"));
        waitUntil("a wrong PIN is answered", () -> !fx(() -> ((Label) byId("kiosk-pin-message")).getText()).isBlank()
                && !fx(() -> ((Label) byId("kiosk-pin-message")).getText()).startsWith("Checking"));
        assertFalse(exited.get(), "a wrong PIN does not leave");
        assertEquals("That PIN is not right.", fx(() -> ((Label) byId("kiosk-pin-message")).getText()));

        for (char digit : PIN.toCharArray()) {
            clickOn(byId("kiosk-pin-" + digit));
        }
        clickOn(byId("kiosk-pin-enter"));
        waitUntil("the right PIN leaves", exited::get);
    }

    @Test
    void fiveTapsInTheTopRightCornerOpenThePinPad() {
        Point2D corner = fx(() -> new Point2D(stage.getX() + stage.getScene().getX() + stage.getScene().getWidth() - 10,
                stage.getY() + stage.getScene().getY() + 10));
        for (int i = 0; i < OperatorExit.CORNER_TAPS; i++) {
            clickOn(corner);
        }
        waitUntil("the PIN pad opens", () -> shown("kiosk-pin"));
    }

    @Test
    void withoutAConfiguredPinTheOperatorChordDoesNothing() {
        install(Optional.empty());
        press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.ALT,
                KeyCode.CONTROL);
        assertFalse(shown("kiosk-pin"));
    }

    @Test
    void leftAloneTheKioskCountsDownResetsAndPlaysTheTourUntilTouched() {
        clickBadge("rutte");
        waitUntil("Rutte is selected", () -> fx(() -> state.getSelectedActor() != null));

        advance(Duration.ofSeconds(89));
        assertFalse(shown("kiosk-countdown"), "no countdown before the idle time");
        advance(Duration.ofSeconds(2));
        waitUntil("the countdown shows", () -> shown("kiosk-countdown"));
        assertEquals(IdleSchedule.State.COUNTDOWN, fx(kiosk::phase));

        advance(Duration.ofSeconds(16));
        waitUntil("the attract loop runs", () -> fx(() -> state.attractProperty().get() && state.isPresenting()));
        assertEquals(null, fx(state::getSelectedActor), "the reset cleared the selection");
        assertTrue(shown("kiosk-touch-to-explore"), "the loop invites a touch");
        assertTrue(log.stream().anyMatch(l -> l.contains("attract")), log.toString());

        advance(Duration.ofSeconds(12));
        assertEquals(1, fx(() -> state.tourStepProperty().get()), "the loop moves on through the tour");

        clickOn(fx(() -> view.localToScreen(view.getWidth() / 2, view.getHeight() / 3)));
        waitUntil("a touch ends the loop", () -> fx(() -> !state.attractProperty().get() && !state.isPresenting()));
        assertEquals(IdleSchedule.State.ACTIVE, fx(kiosk::phase));
    }

    @Test
    void aTouchDuringTheCountdownKeepsTheVisitorsView() {
        clickBadge("putin");
        advance(Duration.ofSeconds(95));
        waitUntil("the countdown shows", () -> shown("kiosk-countdown"));
        clickOn(byId("kiosk-still-here"));
        waitUntil("the countdown goes", () -> !shown("kiosk-countdown"));
        assertEquals("putin", fx(() -> state.getSelectedActor().id()), "the visitor's selection stays");
    }

    @Test
    void restingOnABadgeOpensNoTooltipWindow() throws Exception {
        moveTo(fx(() -> discOf(badge("putin")).localToScreen(discOf(badge("putin")).getBoundsInLocal())).getCenterX(),
                fx(() -> discOf(badge("putin")).localToScreen(discOf(badge("putin")).getBoundsInLocal())).getCenterY());
        Thread.sleep(1800);
        assertFalse(fx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())),
                "a kiosk opens no window of its own, not even a tooltip");
    }
}
