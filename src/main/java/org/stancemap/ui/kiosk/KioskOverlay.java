package org.stancemap.ui.kiosk;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.kiosk.IdleSchedule;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;

/**
 * The kiosk's layer over the map: the visitor's start card, "Start here" and "Back to start", the "Are you still there?"
 * countdown, the "Touch to explore" invitation of the attract loop, and the operator's PIN pad.
 * Everything is inside the main scene: a separate window could pull the kiosk out of full screen.
 */
final class KioskOverlay extends StackPane {

    KioskOverlay(AppState state, KioskModel model, Runnable backToStart, Runnable stillHere,
                 Consumer<String> submitPin, Runnable cancelPin) {
        getStyleClass().add("kiosk-overlay");
        setId("kiosk-overlay");
        setPickOnBounds(false);

        Button back = new Button(Messages.get("kiosk.back"), new Icon(Feather.HOME));
        back.setId("kiosk-back");
        back.getStyleClass().addAll("kiosk-button", "kiosk-back");
        back.setOnAction(e -> backToStart.run());
        StackPane.setAlignment(back, Pos.TOP_LEFT);

        Button startHere = new Button(null, new Icon(Feather.PLAY));
        startHere.textProperty().bind(Bindings.createStringBinding(() -> state.getExplainer() == null ? ""
                : Messages.format("kiosk.start", state.getExplainer().tour().size()), state.explainerProperty()));
        startHere.setId("kiosk-start");
        startHere.getStyleClass().addAll("kiosk-button", "kiosk-start", "accent");
        startHere.setOnAction(e -> state.present(0));
        // Never over the article: with the reader open, the start card ("Back to start") offers the story.
        startHere.visibleProperty().bind(state.presentingProperty().not().and(state.readerShownProperty().not())
                .and(model.startCardShown.not())
                .and(state.selectedActorProperty().isNull()).and(state.selectedLinkProperty().isNull()));
        startHere.managedProperty().bind(startHere.visibleProperty());
        StackPane.setAlignment(startHere, Pos.BOTTOM_LEFT);

        Label invite = new Label(Messages.get("kiosk.touch"), new Icon(Feather.MOUSE_POINTER));
        invite.setId("kiosk-touch-to-explore");
        invite.getStyleClass().add("kiosk-invite");
        invite.visibleProperty().bind(state.attractProperty());
        invite.setMouseTransparent(true);
        StackPane.setAlignment(invite, Pos.TOP_CENTER);

        back.visibleProperty().bind(state.attractProperty().not());

        VBox countdown = countdownCard(model, stillHere);
        PinPad pin = new PinPad(model, submitPin, cancelPin);

        StartCard card = new StartCard(state, model);
        // A veil behind the cards, so a touch beside them does not reach the map.
        Region veil = new Region();
        veil.getStyleClass().add("kiosk-veil");
        veil.visibleProperty().bind(countdown.visibleProperty().or(model.pinShown).or(card.visibleProperty()));
        veil.setOnMouseClicked(e -> {
            if (countdown.isVisible()) {
                stillHere.run();
            } else if (model.startCardShown.get() && !model.pinShown.get()) {
                // A tap beside the start card: the visitor wants the map.
                model.startCardShown.set(false);
            }
        });

        getChildren().addAll(startHere, invite, veil, card, back, countdown, pin);
    }

    private static VBox countdownCard(KioskModel model, Runnable stillHere) {
        Label title = new Label(Messages.get("kiosk.still.title"));
        title.getStyleClass().add("kiosk-card-title");
        Label seconds = new Label();
        seconds.setId("kiosk-countdown-seconds");
        seconds.getStyleClass().add("kiosk-countdown");
        seconds.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("kiosk.still.seconds", model.secondsLeft.get()), model.secondsLeft));
        Button here = new Button(Messages.get("kiosk.still.here"));
        here.setId("kiosk-still-here");
        here.getStyleClass().addAll("kiosk-button", "accent");
        here.setOnAction(e -> stillHere.run());
        VBox card = new VBox(title, seconds, here);
        card.getStyleClass().addAll("kiosk-card", "kiosk-countdown-card");
        card.setId("kiosk-countdown");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.visibleProperty().bind(model.phase.isEqualTo(IdleSchedule.State.COUNTDOWN));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }
}
