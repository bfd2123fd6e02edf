package org.stancemap.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.stancemap.ui.Hints;
import org.stancemap.ui.Messages;

/** The editor's buttons and labelled fields, each with its accessible text and its shortcut in the tooltip. */
final class EditorControls {

    private EditorControls() {
    }

    /** A button named by {@code key} in the messages; {@code shortcut} (may be null) joins its tooltip. */
    static Button button(String id, String key, String shortcut, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        String hint = shortcut == null ? Messages.get(key) : Messages.format("editor.withShortcut", Messages.get(key), shortcut);
        button.setAccessibleText(hint);
        Hints.set(button, hint);
        button.setOnAction(e -> action.run());
        button.setMnemonicParsing(false);
        return button;
    }

    /** A field under its label; the label is the field's accessible name and moves focus to it. */
    static VBox labelled(String key, Control field) {
        return labelled(key, field, field);
    }

    /** A field under its label, shown as {@code row} (the field with buttons beside it, say). */
    static VBox labelled(String key, Control field, Node row) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.getStyleClass().add("editor-field-label");
        if (field.getAccessibleText() == null) {
            field.setAccessibleText(Messages.get(key));
        }
        if (field instanceof TextInputControl input && input.getPromptText() != null && !input.getPromptText().isEmpty()) {
            Hints.set(field, input.getPromptText());
        }
        VBox box = new VBox(label, row);
        box.getStyleClass().add("editor-field");
        return box;
    }

    /** A line of help for the author, wrapping. */
    static Label hint(String key) {
        Label hint = new Label(Messages.get(key));
        hint.setWrapText(true);
        hint.getStyleClass().add("editor-hint");
        return hint;
    }

    static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }
}
