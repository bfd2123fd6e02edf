package org.stancemap.ui.kiosk;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.ScriptText;

/**
 * What a visitor sees first: what the story is about, in the explainer's own title, and three large
 * choices: watch the story (the guided tour), explore the map, or see who's who (every actor with their
 * role, one tap from their positions).
 */
final class StartCard extends VBox {

    private final AppState state;
    private final KioskModel model;
    private final VBox choices = new VBox();
    private final VBox whoIsWho = new VBox();
    private final FlowPane people = new FlowPane();

    StartCard(AppState state, KioskModel model) {
        this.state = state;
        this.model = model;
        setId("kiosk-start-card");
        getStyleClass().addAll("kiosk-card", "kiosk-start-card");
        choices.getStyleClass().add("kiosk-choices");
        whoIsWho.getStyleClass().add("kiosk-choices");
        people.getStyleClass().add("kiosk-people");
        setAlignment(Pos.TOP_CENTER);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label question = new Label(Messages.get("kiosk.card.question"));
        question.setId("kiosk-card-question");
        question.getStyleClass().add("kiosk-card-title");
        question.setWrapText(true);
        Label title = ScriptText.install(new Label());
        title.setId("kiosk-card-story");
        title.getStyleClass().add("kiosk-card-story");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        question.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> state.getExplainer() == null ? ""
                : state.getExplainer().article().title(), state.explainerProperty()));

        Button watch = choice("kiosk-watch", Feather.PLAY, Messages.get("kiosk.card.watch"), "");
        Label watchDetail = (Label) ((VBox) ((HBox) watch.getGraphic()).getChildren().get(1)).getChildren().get(1);
        watchDetail.textProperty().bind(Bindings.createStringBinding(() -> state.getExplainer() == null ? ""
                : Messages.format("kiosk.card.watch.detail", state.getExplainer().tour().size()), state.explainerProperty()));
        watch.visibleProperty().bind(Bindings.createBooleanBinding(() -> state.getExplainer() != null
                && !state.getExplainer().tour().isEmpty(), state.explainerProperty()));
        watch.managedProperty().bind(watch.visibleProperty());
        watch.setOnAction(e -> {
            close();
            state.present(0);
        });
        Button explore = choice("kiosk-explore", Feather.MAP, Messages.get("kiosk.card.explore"),
                Messages.get("kiosk.card.explore.detail"));
        explore.setOnAction(e -> close());
        Button who = choice("kiosk-who", Feather.USERS, Messages.get("kiosk.card.who"),
                Messages.get("kiosk.card.who.detail"));
        who.setOnAction(e -> showWhoIsWho(true));
        choices.getChildren().addAll(watch, explore, who);
        choices.setFillWidth(true);

        Label whoTitle = new Label(Messages.get("kiosk.card.who"));
        whoTitle.getStyleClass().add("kiosk-card-title");
        Label whoHow = new Label(Messages.get("kiosk.card.who.how"));
        whoHow.getStyleClass().add("kiosk-card-detail");
        whoHow.setWrapText(true);
        ScrollPane scroll = new ScrollPane(people);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button back = new Button(Messages.get("kiosk.card.back"), new Icon(Feather.ARROW_LEFT));
        back.setId("kiosk-who-back");
        back.getStyleClass().add("kiosk-button");
        back.setOnAction(e -> showWhoIsWho(false));
        whoIsWho.getChildren().addAll(whoTitle, whoHow, scroll, back);
        whoIsWho.setId("kiosk-who-is-who");

        getChildren().addAll(question, title, choices);
        state.explainerProperty().addListener((obs, was, now) -> fillPeople(now));
        fillPeople(state.getExplainer());
        visibleProperty().bind(model.startCardShown);
        managedProperty().bind(visibleProperty());
        model.startCardShown.addListener((obs, was, now) -> {
            if (now) {
                showWhoIsWho(false);
            }
        });
    }

    private static Button choice(String id, Feather icon, String title, String detail) {
        Icon glyph = new Icon(icon);
        glyph.getStyleClass().add("kiosk-choice-icon");
        Label heading = ScriptText.install(new Label(title));
        heading.getStyleClass().add("kiosk-choice-title");
        Label more = ScriptText.install(new Label(detail));
        more.getStyleClass().add("kiosk-choice-detail");
        VBox words = new VBox(heading, more);
        words.getStyleClass().add("kiosk-choice-words");
        HBox row = new HBox(glyph, words);
        row.getStyleClass().add("kiosk-choice-row");
        Button button = new Button(null, row);
        button.setId(id);
        button.getStyleClass().add("kiosk-choice");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setAccessibleText(detail.isEmpty() ? title : title + ". " + detail);
        return button;
    }

    private void fillPeople(Explainer explainer) {
        people.getChildren().clear();
        if (explainer == null) {
            return;
        }
        // People first, then states and blocs; events are places in the story, not people in it.
        List<Actor> ordered = explainer.actors().stream().filter(a -> a.kind() != ActorKind.EVENT)
                .sorted(java.util.Comparator.comparingInt(a -> a.kind() == ActorKind.PERSON ? 0 : 1)).toList();
        for (Actor actor : ordered) {
            String role = actor.role() == null || actor.role().isBlank() ? "" : "\n" + actor.role();
            Button button = ScriptText.install(new Button(actor.name() + role));
            button.setWrapText(true);
            button.setId("kiosk-who-" + actor.id());
            button.getStyleClass().addAll("kiosk-choice", "kiosk-person");
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.setAccessibleText(actor.name() + (actor.role() == null ? "" : ". " + actor.role()));
            button.setOnAction(e -> {
                close();
                state.selectActor(actor);
            });
            people.getChildren().add(button);
        }
    }

    private void showWhoIsWho(boolean show) {
        Node content = show ? whoIsWho : choices;
        if (getChildren().get(getChildren().size() - 1) != content) {
            getChildren().set(getChildren().size() - 1, content);
        }
        getStyleClass().remove("kiosk-start-card-wide");
        if (show) {
            getStyleClass().add("kiosk-start-card-wide");
        }
    }

    private void close() {
        model.startCardShown.set(false);
    }
}
