package org.stancemap.ui.kiosk;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.SwipeEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import org.stancemap.kiosk.IdleSchedule;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.PinGate;
import org.stancemap.kiosk.PinLockoutFile;
import org.stancemap.model.Explainer;
import org.stancemap.ui.state.AppState;

/**
 * Runs a window as a kiosk: full screen and locked (no exit keys, no close, full screen and focus
 * taken back if lost), every touch noted so that an idle kiosk counts down, resets and plays the
 * tour to invite the next visitor, and an operator exit behind a hidden chord and a PIN.
 */
public final class KioskController {

    /** The keyboard chord that opens the PIN pad. */
    static final KeyCombination OPERATOR_KEYS = KeyCombination.valueOf("Shortcut+Alt+Shift+K");
    /** After a touch ends the attract loop, the rest of that touch is swallowed so it does not also select. */
    private static final Duration SWALLOW_AFTER_WAKE = Duration.ofMillis(500);

    private final AppState state;
    private final KioskModel model = new KioskModel();
    private final IdleSchedule idle;
    private final OperatorExit operator;
    private final LongSupplier nanoTime;
    private final Consumer<String> log;
    private final KioskOverlay overlay;
    private boolean swallowing;
    private long swallowUntil;
    private java.util.concurrent.ScheduledFuture<?> ticker;
    private final javafx.event.EventHandler<KeyEvent> keyFilter = this::onKey;
    private final javafx.event.EventHandler<Event> pointerFilter = this::onPointer;
    private static final java.util.List<javafx.event.EventType<? extends Event>> POINTER_EVENTS = java.util.List.of(
            MouseEvent.ANY, TouchEvent.ANY, ScrollEvent.ANY, ZoomEvent.ANY, SwipeEvent.ANY);
    private Stage stage;
    private javafx.beans.value.ChangeListener<Boolean> fullScreenKeeper;
    private javafx.beans.value.ChangeListener<Boolean> focusKeeper;

    /**
     * @param nanoTime     a monotonic clock ({@code System::nanoTime}); tests pass their own
     * @param background   where PINs are checked (hashing takes a moment)
     * @param operatorExit what the right PIN does (the app quits)
     * @param log          where the kiosk notes what happened, one line each
     */
    public KioskController(AppState state, KioskConfig config, LongSupplier nanoTime, Executor background,
                           Runnable operatorExit, Consumer<String> log) {
        this(state, config, nanoTime, background, operatorExit, log, Optional.empty());
    }

    /** As above, with wrong PINs remembered across restarts in {@code lockoutFile}. */
    public KioskController(AppState state, KioskConfig config, LongSupplier nanoTime, Executor background,
                           Runnable operatorExit, Consumer<String> log, Optional<PinLockoutFile> lockoutFile) {
        this.state = state;
        this.nanoTime = nanoTime;
        this.log = log;
        this.idle = IdleSchedule.of(config, nanoTime.getAsLong());
        this.operator = new OperatorExit(new PinGate(config.pinHash(), nanoTime, lockoutFile), model, background, () -> {
            if (ticker != null) {
                ticker.cancel(false);
            }
            operatorExit.run();
        }, log);
        this.overlay = new KioskOverlay(state, model, this::backToStart, this::stillHere, operator::submit,
                operator::closePin);
        state.enterKiosk();
    }

    /** The kiosk's layer, to put over the main view. */
    public Node overlay() {
        return overlay;
    }

    /** Takes over {@code stage}: full screen, locked, and listening for visitors. */
    public void install(Stage stage) {
        this.stage = stage;
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnCloseRequest(Event::consume);
        stage.addEventFilter(KeyEvent.ANY, keyFilter);
        stage.addEventFilter(ContextMenuEvent.ANY, Event::consume);
        for (var type : POINTER_EVENTS) {
            stage.addEventFilter(type, pointerFilter);
        }
        keepFullScreen(stage);
        stage.setFullScreen(true);
    }

    /** Hands the stage back (tests; an operator who leaves quits instead). */
    public void uninstall() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        if (stage != null) {
            stage.removeEventFilter(KeyEvent.ANY, keyFilter);
            for (var type : POINTER_EVENTS) {
                stage.removeEventFilter(type, pointerFilter);
            }
            stage.setOnCloseRequest(null);
            stage.fullScreenProperty().removeListener(fullScreenKeeper);
            stage.focusedProperty().removeListener(focusKeeper);
        }
    }

    /**
     * Wakes the FX thread once a second: fine enough for a countdown in seconds. Not a Timeline:
     * a running animation keeps JavaFX drawing pulses sixty times a second, which an idle kiosk
     * would pay for all day.
     */
    public void startTicking(java.util.concurrent.ScheduledExecutorService scheduler) {
        ticker = scheduler.scheduleAtFixedRate(() -> Platform.runLater(this::tick), 1, 1,
                java.util.concurrent.TimeUnit.SECONDS);
    }

    private void keepFullScreen(Stage stage) {
        PauseTransition regainFullScreen = new PauseTransition(javafx.util.Duration.millis(400));
        regainFullScreen.setOnFinished(e -> stage.setFullScreen(true));
        fullScreenKeeper = (obs, was, now) -> {
            if (!now) {
                log.accept("full screen was dropped; taking it back");
                regainFullScreen.playFromStart();
            }
        };
        stage.fullScreenProperty().addListener(fullScreenKeeper);
        PauseTransition regainFocus = new PauseTransition(javafx.util.Duration.seconds(1.5));
        regainFocus.setOnFinished(e -> {
            if (!stage.isFocused()) {
                stage.toFront();
                stage.requestFocus();
                stage.setFullScreen(true);
            }
        });
        focusKeeper = (obs, was, now) -> {
            if (!now) {
                regainFocus.playFromStart();
            }
        };
        stage.focusedProperty().addListener(focusKeeper);
    }

    /** Moves the idle cycle on; the ticker calls it every second and tests call it with a fake clock. */
    public void tick() {
        keepWindowUp();
        IdleSchedule.Status status = idle.tick(nanoTime.getAsLong());
        show(status);
        if (status.entered(IdleSchedule.State.ATTRACT)) {
            startAttract();
        }
        Explainer explainer = state.getExplainer();
        if (status.state() == IdleSchedule.State.ATTRACT && explainer != null && state.isPresenting()) {
            int step = status.attractStep(explainer.tour().size());
            if (step >= 0 && step != state.tourStepProperty().get()) {
                state.presenter().goTo(step);
            }
        }
    }

    /**
     * The listeners above react when full screen or focus is lost; this catches what they cannot
     * see (a window minimised by a system shortcut, a regain the system refused), once a second.
     */
    private void keepWindowUp() {
        if (stage == null || !stage.isShowing()) {
            return;
        }
        if (stage.isIconified()) {
            log.accept("the window was minimised; restoring it");
            stage.setIconified(false);
        }
        if (!stage.isFullScreen()) {
            stage.setFullScreen(true);
        }
        if (!stage.isFocused()) {
            stage.toFront();
            stage.requestFocus();
        }
    }

    private void show(IdleSchedule.Status status) {
        model.phase.set(status.state());
        model.secondsLeft.set(status.secondsLeft());
    }

    private void startAttract() {
        log.accept("idle: view reset, attract loop started");
        model.pinShown.set(false);
        model.startCardShown.set(false);
        state.startAttract();
    }

    /** The visitor's way home: everything closed (the article too) and the start card up. */
    private void backToStart() {
        state.kioskHome();
        model.startCardShown.set(true);
    }

    private void stillHere() {
        show(idle.onInput(nanoTime.getAsLong()));
    }

    /** Any touch, click, wheel or gesture: the visitor is there. The touch that ends the attract loop does nothing else. */
    private void onPointer(Event event) {
        long now = nanoTime.getAsLong();
        if (swallowing && now - swallowUntil < 0) {
            event.consume();
            return;
        }
        swallowing = false;
        if (event.getEventType() == MouseEvent.MOUSE_MOVED) {
            // Not a visitor (a resting mouse drifts), and it is what opens tooltips, which are
            // windows of their own; hover styles still follow the pointer.
            event.consume();
            return;
        }
        if (event.getEventType() == MouseEvent.MOUSE_EXITED || event.getEventType() == MouseEvent.MOUSE_ENTERED
                || event.getEventType() == MouseEvent.MOUSE_EXITED_TARGET
                || event.getEventType() == MouseEvent.MOUSE_ENTERED_TARGET) {
            return;
        }
        if (event instanceof MouseEvent mouse && mouse.getEventType() == MouseEvent.MOUSE_PRESSED
                && stage != null && stage.getScene() != null) {
            operator.press(mouse.getSceneX(), mouse.getSceneY(), stage.getScene().getWidth(), now);
        }
        wake(event, now);
    }

    private void onKey(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && OPERATOR_KEYS.match(event)) {
            event.consume();
            operator.openPin();
            return;
        }
        if (isBlocked(event)) {
            event.consume();
            return;
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            wake(event, nanoTime.getAsLong());
        }
    }

    /**
     * Keys that could leave the kiosk or reach a file, a menu or a setting. Tab, arrows, Enter and
     * Space still work, so the kiosk stays usable from a keyboard.
     */
    static boolean isBlocked(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            String typed = event.getCharacter();
            return event.isShortcutDown() || event.isAltDown() || "/".equals(typed);
        }
        KeyCode code = event.getCode();
        return code == KeyCode.ESCAPE || code.isFunctionKey() || event.isShortcutDown() || event.isAltDown()
                || event.isMetaDown() || code == KeyCode.CONTEXT_MENU || code == KeyCode.WINDOWS;
    }

    private void wake(Event event, long now) {
        IdleSchedule.Status status = idle.onInput(now);
        show(status);
        if (status.previous() == IdleSchedule.State.ATTRACT) {
            log.accept("visitor: attract loop ended");
            backToStart();
            swallowing = true;
            swallowUntil = now + SWALLOW_AFTER_WAKE.toNanos();
            event.consume();
        }
    }

    /** For tests: the idle cycle's phase as the overlay shows it. */
    IdleSchedule.State phase() {
        return model.phase.get();
    }
}
