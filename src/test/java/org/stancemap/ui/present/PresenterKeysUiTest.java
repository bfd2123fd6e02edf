package org.stancemap.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.state.AppState;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A presentation driven by keys alone, as with a clicker: F5, every Next and Previous key of the
 * default key map, Home and End, auto-repeat, blanking, jumping by number, and Esc with Shift+F5.
 */
class PresenterKeysUiTest extends PresenterUiTestBase {

    /** The Next keys of PresenterKeyMap.defaults(), in its order. */
    static final List<KeyCode> NEXT = List.of(KeyCode.PAGE_DOWN, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE,
            KeyCode.ENTER, KeyCode.N);
    /** The Previous keys of PresenterKeyMap.defaults(), in its order. */
    static final List<KeyCode> PREVIOUS = List.of(KeyCode.PAGE_UP, KeyCode.LEFT, KeyCode.UP, KeyCode.BACK_SPACE,
            KeyCode.P);

    @Test
    void aWholeTourByKeysAlone() {
        assertFalse(state.isPresenting());
        assertTrue(shown("header"), "the header shows before presenting");

        key(KeyCode.F5);

        assertTrue(fx(state::isPresenting), "F5 starts the presentation");
        assertTrue(shown("presentation"), "the presentation overlay shows");
        assertFalse(shown("header"), "no header while presenting");
        assertShowsStep(0, "after F5");

        int keyIndex = 0;
        for (int index = 1; index <= lastIndex(); index++) {
            KeyCode next = NEXT.get(keyIndex++ % NEXT.size());
            key(next);
            assertShowsStep(index, "after Next key " + next);
            assertEquals((index + 1.0) / tour().size(),
                    fx(() -> ((javafx.scene.control.ProgressBar) view.lookup("#tour-progress")).getProgress()), 1e-9,
                    "progress on step " + (index + 1));
        }
        assertShowsStep(lastIndex(), "the Next keys reach the last step");
        assertTrue(shown("tour-restart"), "Restart shows on the last step");
        assertTrue(shown("tour-explore"), "Back to exploring shows on the last step");

        for (KeyCode next : NEXT) {
            key(next);
            assertShowsStep(lastIndex(), "Next key " + next + " on the last step stays there");
        }

        keyIndex = 0;
        for (int index = lastIndex() - 1; index >= 0; index--) {
            KeyCode previous = PREVIOUS.get(keyIndex++ % PREVIOUS.size());
            key(previous);
            assertShowsStep(index, "after Previous key " + previous);
        }
        for (KeyCode previous : PREVIOUS) {
            key(previous);
            assertShowsStep(0, "Previous key " + previous + " on the first step stays there");
        }

        // Each Next key moves on by one step, whether or not the walk above reached it.
        for (KeyCode next : NEXT) {
            key(KeyCode.HOME);
            key(next);
            assertShowsStep(1, "Next key " + next + " from the first step");
        }

        key(KeyCode.END);
        assertShowsStep(lastIndex(), "after End");
        key(KeyCode.HOME);
        assertShowsStep(0, "after Home");
        assertTrue(fx(state::isPresenting), "still presenting after the whole walk");
    }

    @Test
    void aHeldKeysAutoRepeatMovesOneStepOnly() {
        startPresenting();
        assertShowsStep(0, "after F5");

        press(KeyCode.RIGHT);
        press(KeyCode.RIGHT); // auto-repeat: pressed again without a release in between
        release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertShowsStep(1, "Right held down (pressed twice, released once)");

        key(KeyCode.RIGHT);
        assertShowsStep(2, "a fresh press after the release moves on");
    }

    @Test
    void blankingBlackAndWhiteAndNextUnblanks() {
        presentAt(2);

        key(KeyCode.B);
        assertBlank(AppState.Blank.BLACK, "after B");
        key(KeyCode.B);
        assertBlank(AppState.Blank.NONE, "after B again");

        key(KeyCode.W);
        assertBlank(AppState.Blank.WHITE, "after W");
        key(KeyCode.W);
        assertBlank(AppState.Blank.NONE, "after W again");

        // "." and "," are bound by the text they type, not by key code (PERIOD and COMMA are not in
        // the key map), as for a clicker on another keyboard layout. TestFX's write('.') cannot be
        // used here: under headless Monocle it sends KEY_PRESSED with code UNDEFINED and the "." only
        // in KEY_TYPED, while a real key sends "." as the KEY_PRESSED text, as type(PERIOD) does.
        key(KeyCode.PERIOD);
        assertBlank(AppState.Blank.BLACK, "after typing '.'");
        key(KeyCode.PERIOD);
        assertBlank(AppState.Blank.NONE, "after typing '.' again");

        key(KeyCode.COMMA);
        assertBlank(AppState.Blank.WHITE, "after typing ','");
        key(KeyCode.COMMA);
        assertBlank(AppState.Blank.NONE, "after typing ',' again");

        key(KeyCode.PERIOD);
        assertBlank(AppState.Blank.BLACK, "after typing '.'");
        key(KeyCode.B);
        assertBlank(AppState.Blank.NONE, "B ends a blank that '.' started");

        key(KeyCode.B);
        assertBlank(AppState.Blank.BLACK, "after B");
        key(KeyCode.W);
        assertBlank(AppState.Blank.WHITE, "W while black turns the blank white");

        key(KeyCode.RIGHT);
        assertBlank(AppState.Blank.NONE, "Next while blanked unblanks");
        assertShowsStep(2, "Next while blanked does not move the step");
        key(KeyCode.RIGHT);
        assertShowsStep(3, "the next Next moves on");
        assertBlank(AppState.Blank.NONE, "still not blanked");
    }

    @Test
    void typingANumberAndEnterJumpsToThatStep() {
        startPresenting();

        key(KeyCode.DIGIT7);
        assertTrue(shown("tour-typed-number"), "the typed number shows");
        assertTrue(text("tour-typed-number").contains("7"), "it shows 7: " + text("tour-typed-number"));
        assertShowsStep(0, "a digit alone does not move");
        key(KeyCode.ENTER);

        assertShowsStep(6, "after 7 Enter");
        assertFalse(shown("tour-typed-number"), "the typed number goes away after Enter");

        key(KeyCode.DIGIT9);
        key(KeyCode.DIGIT9);
        assertTrue(text("tour-typed-number").contains("99"), "it shows 99: " + text("tour-typed-number"));
        key(KeyCode.ENTER);
        assertShowsStep(6, "99 Enter is out of range and leaves the step");
        assertFalse(shown("tour-typed-number"), "the typed number goes away after an out-of-range Enter");

        key(KeyCode.DIGIT0);
        key(KeyCode.ENTER);
        assertShowsStep(6, "0 Enter is out of range and leaves the step");

        key(KeyCode.DIGIT2);
        key(KeyCode.ENTER);
        assertShowsStep(1, "after 2 Enter");
    }

    @Test
    void escapeLeavesAndShiftF5ResumesAtTheSameStep() {
        presentAt(4);
        key(KeyCode.B);
        assertBlank(AppState.Blank.BLACK, "blanked before leaving");

        key(KeyCode.ESCAPE);

        assertFalse(fx(state::isPresenting), "Esc ends the presentation");
        assertFalse(shown("presentation"), "the overlay is gone");
        assertTrue(shown("header"), "the header is back");
        assertBlank(AppState.Blank.NONE, "no blank after leaving");
        assertEquals(4, tourStep(), "the tour step is kept");

        key(KeyCode.RIGHT);
        assertEquals(4, tourStep(), "Next keys do nothing outside a presentation");

        press(KeyCode.SHIFT, KeyCode.F5);
        release(KeyCode.F5, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(fx(state::isPresenting), "Shift+F5 presents again");
        assertFalse(shown("header"));
        assertShowsStep(4, "Shift+F5 resumes at the step left");

        key(KeyCode.ESCAPE);
        assertFalse(fx(state::isPresenting));
        key(KeyCode.F5);
        assertShowsStep(0, "plain F5 starts from the first step again");
    }

    private void assertBlank(AppState.Blank expected, String how) {
        assertEquals(expected, fx(() -> state.blankProperty().get()), how + ": blank state");
        Node blank = byId("presentation-blank");
        List<String> classes = fx(() -> List.copyOf(blank.getStyleClass()));
        switch (expected) {
            case NONE -> {
                assertFalse(shown("presentation-blank"), how + ": the blank is hidden");
                assertFalse(classes.contains("blank-black") || classes.contains("blank-white"), how + ": " + classes);
            }
            case BLACK -> {
                assertTrue(shown("presentation-blank"), how + ": the blank shows");
                assertTrue(classes.contains("blank-black") && !classes.contains("blank-white"), how + ": " + classes);
                waitUntil(how + ": the screen is black", () -> javafx.scene.paint.Color.BLACK.equals(fill(blank)));
            }
            case WHITE -> {
                assertTrue(shown("presentation-blank"), how + ": the blank shows");
                assertTrue(classes.contains("blank-white") && !classes.contains("blank-black"), how + ": " + classes);
                waitUntil(how + ": the screen is white", () -> javafx.scene.paint.Color.WHITE.equals(fill(blank)));
            }
        }
    }

    /** The colour the blank is filled with, from the stylesheet; null before its style is applied. */
    private static javafx.scene.paint.Paint fill(Node blank) {
        return fx(() -> {
            javafx.scene.layout.Background background = ((javafx.scene.layout.Region) blank).getBackground();
            return background == null || background.getFills().isEmpty() ? null : background.getFills().get(0).getFill();
        });
    }
}
