package org.stancemap.ui.kiosk;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stancemap.ui.Messages;

/**
 * The operator's PIN pad: large digit keys for a touch screen, the digits shown as dots only, and
 * a line for "wrong PIN" or "try again in N s". Lives inside the main scene, never in a window.
 */
final class PinPad extends VBox {

    private static final int MAX_DIGITS = 12;
    private final StringBuilder digits = new StringBuilder();
    private final Label dots = new Label();

    PinPad(KioskModel model, Consumer<String> submit, Runnable cancel) {
        getStyleClass().addAll("kiosk-card", "pin-pad");
        setId("kiosk-pin");
        setAlignment(Pos.CENTER);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = new Label(Messages.get("kiosk.pin.title"));
        title.getStyleClass().add("kiosk-card-title");
        dots.getStyleClass().add("pin-dots");
        dots.setId("kiosk-pin-dots");
        dots.setAccessibleText(Messages.get("kiosk.pin.dots"));
        Label message = new Label();
        message.getStyleClass().add("pin-message");
        message.setId("kiosk-pin-message");
        message.textProperty().bind(model.pinMessage);
        message.setWrapText(true);

        GridPane keys = new GridPane();
        keys.getStyleClass().add("pin-keys");
        keys.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            keys.add(digitKey(d), (d - 1) % 3, (d - 1) / 3);
        }
        Button clear = new Button(Messages.get("kiosk.pin.clear"));
        clear.getStyleClass().add("pin-key");
        clear.setId("kiosk-pin-clear");
        clear.setOnAction(e -> {
            digits.setLength(0);
            refresh();
        });
        Button enter = new Button(Messages.get("kiosk.pin.enter"));
        enter.getStyleClass().addAll("pin-key", "accent");
        enter.setId("kiosk-pin-enter");
        enter.disableProperty().bind(model.pinBusy);
        enter.setOnAction(e -> {
            String pin = digits.toString();
            digits.setLength(0);
            refresh();
            submit.accept(pin);
        });
        keys.add(clear, 0, 3);
        keys.add(digitKey(0), 1, 3);
        keys.add(enter, 2, 3);
        Button close = new Button(Messages.get("kiosk.pin.cancel"));
        close.setId("kiosk-pin-cancel");
        close.getStyleClass().add("kiosk-secondary");
        close.setOnAction(e -> {
            digits.setLength(0);
            refresh();
            cancel.run();
        });
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER);
        getChildren().addAll(title, dots, message, keys, bottom);
        visibleProperty().bind(model.pinShown);
        managedProperty().bind(visibleProperty());
        model.pinShown.addListener((obs, was, shown) -> {
            digits.setLength(0);
            refresh();
        });
        refresh();
    }

    private Button digitKey(int digit) {
        Button key = new Button(Integer.toString(digit));
        key.getStyleClass().add("pin-key");
        key.setId("kiosk-pin-" + digit);
        key.setOnAction(e -> {
            if (digits.length() < MAX_DIGITS) {
                digits.append(digit);
                refresh();
            }
        });
        return key;
    }

    private void refresh() {
        dots.setText(digits.isEmpty() ? " " : "●".repeat(digits.length()));
    }
}
