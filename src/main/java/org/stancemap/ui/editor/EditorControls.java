package org.stancemap.ui.editor;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.IntConsumer;
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
        // The prompt is the field's help for a screen reader; no tooltip: one popping up while the
        // author types covered the next field and the buttons under it.
        if (field instanceof TextInputControl input && input.getPromptText() != null && !input.getPromptText().isEmpty()
                && (field.getAccessibleHelp() == null || field.getAccessibleHelp().isEmpty())) {
            field.setAccessibleHelp(input.getPromptText());
        }
        VBox box = new VBox(label, row);
        box.getStyleClass().add("editor-field");
        return box;
    }

    /** A labelled field with the note under it that says what is wrong with it, if anything. */
    static VBox withNote(VBox labelled, Label note) {
        labelled.getChildren().add(note);
        return labelled;
    }

    /**
     * A form's list of items: its accessible name, the editor's list style, Delete removes the
     * chosen item and, where {@code move} is given, Alt+↑/↓ moves it up or down by one.
     */
    static <T> ListView<T> itemList(ListView<T> list, String nameKey, Runnable delete, IntConsumer move) {
        list.setAccessibleText(Messages.get(nameKey));
        list.getStyleClass().add("editor-list");
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (move != null && e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move.accept(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !e.isAltDown() && !e.isShortcutDown()) {
                delete.run();
                e.consume();
            }
        });
        return list;
    }

    /**
     * {@code keys} hears every key pressed in the window while {@code owner} is in it (a scene-wide
     * filter that follows the owner from scene to scene); {@code left} runs when the owner leaves
     * every scene.
     */
    static void keysWhileShown(Node owner, EventHandler<KeyEvent> keys, Runnable left) {
        owner.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            } else {
                left.run();
            }
        });
    }

    /** Ctrl+Enter anywhere in {@code form} applies it, from a field as well as from a list. */
    static void appliesOnCtrlEnter(Node form, Runnable apply) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
                apply.run();
                e.consume();
            }
        });
    }

    /**
     * A row of a field that takes the room left and controls beside it that keep their whole text
     * (a "Find" cut to "F…" at large text sizes said nothing).
     */
    static HBox row(Region growing, Region... whole) {
        HBox row = new HBox(growing);
        for (Region region : whole) {
            region.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(region);
        }
        HBox.setHgrow(growing, Priority.ALWAYS);
        growing.setMinWidth(0);
        row.getStyleClass().add("editor-row");
        return row;
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

    /**
     * The window {@code node} shows in, or, while it is off screen (stepped aside for a try of the
     * explainer, say), the window that has the keyboard: a dialog about it still needs an owner.
     */
    static javafx.stage.Window windowOf(Node node) {
        if (node.getScene() != null && node.getScene().getWindow() != null) {
            return node.getScene().getWindow();
        }
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .orElse(null);
    }
}
