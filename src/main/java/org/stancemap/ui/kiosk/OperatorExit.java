package org.stancemap.ui.kiosk;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.stancemap.kiosk.PinGate;
import org.stancemap.ui.Messages;

/**
 * The operator's way out of a kiosk: a hidden gesture (five quick taps in the top-right corner, or
 * a key chord) opens the PIN pad, and the right PIN runs the exit. Without a configured PIN the
 * gesture does nothing at all. PINs are checked off the FX thread, since hashing takes a moment.
 */
final class OperatorExit {

    static final int CORNER_TAPS = 5;
    static final Duration CORNER_WINDOW = Duration.ofSeconds(6);
    static final double CORNER_SIZE = 72;

    private final PinGate gate;
    private final KioskModel model;
    private final Executor background;
    private final Runnable exit;
    private final Consumer<String> log;
    private final long[] cornerTaps = new long[CORNER_TAPS];
    private int cornerTapCount;

    OperatorExit(PinGate gate, KioskModel model, Executor background, Runnable exit, Consumer<String> log) {
        this.gate = gate;
        this.model = model;
        this.background = background;
        this.exit = exit;
        this.log = log;
    }

    /** A press at ({@code x}, {@code y}) in a scene {@code width} wide, at {@code now} nanoseconds. */
    void press(double x, double y, double width, long now) {
        if (!gate.enabled()) {
            return;
        }
        if (x < width - CORNER_SIZE || y > CORNER_SIZE) {
            cornerTapCount = 0;
            return;
        }
        cornerTaps[cornerTapCount % CORNER_TAPS] = now;
        cornerTapCount++;
        long oldest = cornerTaps[cornerTapCount % CORNER_TAPS];
        if (cornerTapCount >= CORNER_TAPS && now - oldest <= CORNER_WINDOW.toNanos()) {
            cornerTapCount = 0;
            openPin();
        }
    }

    void openPin() {
        if (!gate.enabled()) {
            return;
        }
        model.pinMessage.set("");
        model.pinShown.set(true);
    }

    void closePin() {
        model.pinShown.set(false);
    }

    void submit(String pin) {
        model.pinBusy.set(true);
        model.pinMessage.set(Messages.get("kiosk.pin.checking"));
        char[] digits = pin.toCharArray();
        background.execute(() -> {
            PinGate.Attempt attempt = gate.attempt(digits);
            Arrays.fill(digits, '\0');
            Platform.runLater(() -> answer(attempt));
        });
    }

    private void answer(PinGate.Attempt attempt) {
        model.pinBusy.set(false);
        switch (attempt.verdict()) {
            case ACCEPTED -> {
                log.accept("operator: right PIN, leaving kiosk mode");
                model.pinShown.set(false);
                exit.run();
            }
            case WRONG -> {
                log.accept("operator: wrong PIN");
                model.pinMessage.set(attempt.lockout().isZero() ? Messages.get("kiosk.pin.wrong")
                        : Messages.format("kiosk.pin.locked", attempt.lockoutSeconds()));
            }
            case LOCKED -> model.pinMessage.set(Messages.format("kiosk.pin.locked", attempt.lockoutSeconds()));
            case DISABLED -> model.pinShown.set(false);
        }
    }
}
