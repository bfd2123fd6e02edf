package org.stancemap.ui.dialog;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stancemap.tour.PresenterKeyMap;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * Lets a teacher change the keys that drive a presentation, for clickers that send other keys.
 * The map is written one action per line; nothing is saved until it reads correctly.
 */
public final class PresenterKeysDialog {

    private PresenterKeysDialog() {
    }

    public static void show(Window owner, AppState state) {
        String current = state.presenterKeysProperty().get();
        PresenterKeyMap map = current.isBlank() ? PresenterKeyMap.defaults() : PresenterKeyMap.parse(current);
        TextArea text = new TextArea(map.format().replace("; ", ";\n"));
        text.setId("presenter-keys-text");
        text.setPrefRowCount(9);
        text.setPrefColumnCount(60);
        text.getStyleClass().add("problem-list");
        text.setAccessibleText(Messages.get("keys.accessible"));
        Label help = new Label(Messages.get("keys.help"));
        help.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("keys.title"));
        dialog.setHeaderText(Messages.get("keys.title"));
        ButtonType defaults = new ButtonType(Messages.get("keys.defaults"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, defaults, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, help, text, error));
        dialog.getDialogPane().lookupButton(defaults).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            text.setText(PresenterKeyMap.defaults().format().replace("; ", ";\n"));
            error.setText("");
            e.consume();
        });
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                PresenterKeyMap parsed = PresenterKeyMap.parse(text.getText().replace('\n', ' '));
                state.presenter().useKeys(parsed.format());
            } catch (IllegalArgumentException problem) {
                error.setText(Messages.format("keys.error", problem.getMessage()));
                e.consume();
            }
        });
        dialog.show();
    }
}
