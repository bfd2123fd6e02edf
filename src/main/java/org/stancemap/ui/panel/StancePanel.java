package org.stancemap.ui.panel;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Stance;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.ui.Messages;
import org.stancemap.ui.notes.NoteBar;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.ScriptText;

/** Everything about one actor: who they are, the blocs they belong to, and each of their stances. */
final class StancePanel extends VBox {

    StancePanel(Actor actor, Explainer explainer, BlocPalette palette, AppState state) {
        getStyleClass().add("panel-content");
        setId("stance-panel");
        String blocClass = Styles.blocClass(palette.slotOf(actor.id()));
        VBox header = new VBox();
        header.getStyleClass().addAll(Styles.CARD, "actor-card", blocClass);
        Label kind = new Label(Messages.get("kind." + actor.kind().jsonName()).toUpperCase());
        kind.getStyleClass().add(Styles.CARD_TITLE);
        Label name = ScriptText.install(new Label(actor.name()));
        name.getStyleClass().add(Styles.ACTOR_NAME);
        name.setId("panel-actor-name");
        name.setWrapText(true);
        header.getChildren().addAll(kind, name);
        if (!actor.role().isBlank()) {
            Label role = ScriptText.install(new Label(actor.role()));
            role.getStyleClass().add(Styles.ACTOR_ROLE);
            role.setWrapText(true);
            header.getChildren().add(role);
        }
        String blocs = actor.blocs().stream().map(id -> explainer.actor(id).map(Actor::name).orElse(id))
                .collect(Collectors.joining(", "));
        if (!blocs.isEmpty()) {
            header.getChildren().add(muted(Messages.format("actor.blocs", blocs)));
        }
        List<Actor> members = explainer.membersOf(actor.id());
        if (!members.isEmpty()) {
            header.getChildren().add(muted(Messages.format("actor.members",
                    members.stream().map(Actor::name).collect(Collectors.joining(", ")))));
        }
        header.getChildren().add(new NoteBar(state, NoteTarget.actor(actor.id()),
                Messages.format("notes.about.actor", actor.name())));
        getChildren().add(header);
        List<Stance> stances = explainer.stancesOf(actor.id());
        if (stances.isEmpty()) {
            getChildren().add(muted(Messages.get("actor.noStances")));
        }
        for (Stance stance : stances) {
            getChildren().add(new StanceCard(stance, explainer, state, blocClass, true));
        }
        List<Stance> tiedHere = explainer.stances().stream()
                .filter(s -> s.context().filter(actor.id()::equals).isPresent()).toList();
        if (!tiedHere.isEmpty()) {
            Label title = new Label(Messages.get("actor.positionsHere"));
            title.getStyleClass().add(Styles.CARD_TITLE);
            getChildren().add(title);
            for (Stance stance : tiedHere) {
                Actor holder = explainer.actor(stance.actorId()).orElse(actor);
                Label who = ScriptText.install(new Label(holder.name()));
                who.getStyleClass().add(Styles.ACTOR_ROLE);
                getChildren().addAll(who, new StanceCard(stance, explainer, state,
                        Styles.blocClass(palette.slotOf(holder.id())), false));
            }
        }
    }

    private static Label muted(String text) {
        Label label = ScriptText.install(new Label(text));
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }
}
