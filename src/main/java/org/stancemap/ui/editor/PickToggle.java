package org.stancemap.ui.editor;

import java.util.function.BooleanSupplier;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.stancemap.ui.Hints;
import org.stancemap.ui.Messages;

/**
 * The toggle that starts a choice on the map (an actor's place, a link's two ends): pressed, or
 * Ctrl+M while its form shows, it starts the choice or cancels the one under way; Esc cancels too.
 * Keys do nothing while the form is hidden or the tour is presented.
 */
final class PickToggle {

    static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    private static final String KEYS_TEXT = "Ctrl+M";

    private final ToggleButton button;
    private final EditSession session;
    private final BooleanSupplier underWay;
    private final Runnable start;
    private final Runnable cancel;
    private boolean shown;

    /**
     * A toggle {@code id} reading {@code label}; {@code underWay} says whether a choice is being
     * made, and {@code hidden} runs when the toggle leaves the window.
     */
    PickToggle(String id, String label, EditSession session, BooleanSupplier underWay, Runnable start,
               Runnable cancel, Runnable hidden) {
        this.session = session;
        this.underWay = underWay;
        this.start = start;
        this.cancel = cancel;
        button = new ToggleButton(label);
        button.setId(id);
        button.setMnemonicParsing(false);
        String tip = withKeys(label);
        button.setAccessibleText(tip);
        Hints.set(button, tip);
        button.setOnAction(e -> {
            if (button.isSelected()) {
                start.run();
            } else {
                cancel.run();
            }
        });
        EditorControls.keysWhileShown(button, this::onKey, hidden);
    }

    /** "{@code label} (Ctrl+M)", for the accessible text and the hint. */
    static String withKeys(String label) {
        return Messages.format("editor.withShortcut", label, KEYS_TEXT);
    }

    ToggleButton button() {
        return button;
    }

    /** Whether the form with the toggle is on screen: only then do the keys act. */
    void shown(boolean now) {
        shown = now;
    }

    private void onKey(KeyEvent event) {
        if (!shown || session.state().isPresenting()) {
            return;
        }
        if (event.getCode() == KeyCode.ESCAPE && underWay.getAsBoolean()) {
            cancel.run();
            event.consume();
        } else if (KEYS.match(event)) {
            if (underWay.getAsBoolean()) {
                cancel.run();
            } else {
                start.run();
            }
            event.consume();
        }
    }
}
