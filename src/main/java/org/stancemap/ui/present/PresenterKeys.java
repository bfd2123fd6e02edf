package org.stancemap.ui.present;

import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.stancemap.model.Explainer;
import org.stancemap.tour.KeyRepeatFilter;
import org.stancemap.tour.PresenterAction;
import org.stancemap.tour.PresenterKeyMap;
import org.stancemap.tour.StepNumberEntry;
import org.stancemap.ui.state.AppState;

/**
 * The keys of a presentation, so that any clicker works: F5 starts from the first step and
 * Shift+F5 from the current one; while presenting, the key map moves through the tour, blanks the
 * screen, opens the console or leaves. A held key's auto-repeat is ignored, a number followed by
 * Enter jumps to that step, and holding L shows the spotlight.
 */
public final class PresenterKeys {

    private final AppState state;
    private final PresentationOverlay overlay;
    private final KeyRepeatFilter repeats = new KeyRepeatFilter();
    private final StepNumberEntry number = new StepNumberEntry();
    private PresenterKeyMap keyMap = PresenterKeyMap.defaults();

    public PresenterKeys(AppState state, PresentationOverlay overlay) {
        this.state = state;
        this.overlay = overlay;
        state.presenterKeysProperty().addListener((obs, was, now) -> keyMap = keyMapOf(now));
        keyMap = keyMapOf(state.presenterKeysProperty().get());
        state.presentingProperty().addListener((obs, was, now) -> {
            repeats.reset();
            number.clear();
            overlay.showTypedNumber("");
            overlay.spotlight(false, 0, 0);
        });
    }

    /** The written key map, or the default keys when it is empty or (checked before saving) unreadable. */
    private static PresenterKeyMap keyMapOf(String written) {
        if (written == null || written.isBlank()) {
            return PresenterKeyMap.defaults();
        }
        try {
            return PresenterKeyMap.parse(written);
        } catch (IllegalArgumentException e) {
            return PresenterKeyMap.defaults();
        }
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onPressed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, this::onReleased);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
    }

    /**
     * Some layouts and clickers give a character such as "." only with the typed event, not with
     * the key press; if the press did nothing, the typed character gets its chance.
     */
    private void onTyped(KeyEvent event) {
        if (!state.isPresenting()) {
            return;
        }
        event.consume();
        if (pressHandled) {
            return;
        }
        String typed = event.getCharacter();
        if (typed != null && !typed.isBlank() && !Character.isDigit(typed.charAt(0))) {
            keyMap.actionFor(KeyCode.UNDEFINED.name(), typed).ifPresent(this::perform);
        }
    }

    private boolean pressHandled;

    private void onReleased(KeyEvent event) {
        repeats.released(event.getCode().name());
        if (event.getCode() == KeyCode.L && overlay.spotlightOn()) {
            overlay.spotlight(false, 0, 0);
            event.consume();
        }
    }

    private void onPressed(KeyEvent event) {
        pressHandled = true;
        String code = event.getCode().name();
        boolean first = repeats.firstPress(code);
        if (!state.isPresenting()) {
            if (event.getCode() == KeyCode.F5 && first) {
                state.present(event.isShiftDown() ? state.tourStepProperty().get() : 0);
                event.consume();
            }
            return;
        }
        event.consume();
        if (!first) {
            return;
        }
        if (event.getCode() == KeyCode.L) {
            overlay.spotlight(true, overlay.lastPointerX(), overlay.lastPointerY());
            return;
        }
        if (event.getCode().isDigitKey()) {
            number.digit(Character.digit(event.getCode().getChar().charAt(0), 10));
            overlay.showTypedNumber(number.typed());
            return;
        }
        if (!number.isEmpty() && event.getCode() == KeyCode.ENTER) {
            OptionalInt target = number.commit(tourSize());
            overlay.showTypedNumber("");
            target.ifPresent(step -> go(step));
            return;
        }
        if (event.getCode() == KeyCode.F5) {
            return;
        }
        Optional<PresenterAction> action = keyMap.actionFor(code, event.getText());
        action.ifPresent(this::perform);
        pressHandled = action.isPresent();
    }

    private void perform(PresenterAction action) {
        number.clear();
        overlay.showTypedNumber("");
        switch (action) {
            case NEXT -> {
                if (state.blankProperty().get() != AppState.Blank.NONE) {
                    state.presenter().unblank();
                } else {
                    go(state.tourStepProperty().get() + 1);
                }
            }
            case PREVIOUS -> go(state.tourStepProperty().get() - 1);
            case FIRST -> go(0);
            case LAST -> go(tourSize() - 1);
            case BLACK -> state.presenter().toggleBlank(AppState.Blank.BLACK);
            case WHITE -> state.presenter().toggleBlank(AppState.Blank.WHITE);
            case CONSOLE -> state.presenter().toggleConsole();
            case EXIT -> state.stopPresenting();
        }
    }

    /** Moves to a step; the selection made by clicking during the previous step gives way. */
    private void go(int step) {
        state.goToStep(step);
    }

    private int tourSize() {
        Explainer explainer = state.getExplainer();
        return explainer == null ? 0 : explainer.tour().size();
    }
}
