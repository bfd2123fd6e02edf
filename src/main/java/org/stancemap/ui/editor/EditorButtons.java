package org.stancemap.ui.editor;

import javafx.scene.control.Button;
import org.stancemap.ui.Hints;
import org.stancemap.ui.Messages;

/** Buttons of the editing views: an id for tests, accessible text, and the shortcut in the tooltip. */
final class EditorButtons {

    private EditorButtons() {
    }

    /** A button labelled by {@code key} whose tooltip names {@code shortcut} (none when null). */
    static Button make(String id, String key, String shortcut, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setAccessibleText(Messages.get(key));
        button.setOnAction(e -> action.run());
        Hints.set(button, shortcut == null ? Messages.get(key)
                : Messages.format("editor.withShortcut", Messages.get(key), shortcut));
        return button;
    }
}
