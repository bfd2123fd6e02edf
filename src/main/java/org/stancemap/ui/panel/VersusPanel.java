package org.stancemap.ui.panel;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.theme.ScriptText;

/** Two positions face to face, with why the explainer links them and where the article says so. */
final class VersusPanel extends VBox {

    VersusPanel(Link link, Explainer explainer, BlocPalette palette, AppState state) {
        getStyleClass().add("panel-content");
        setId("versus-panel");
        Stance from = explainer.stance(link.fromStanceId()).orElseThrow();
        Stance to = explainer.stance(link.toStanceId()).orElseThrow();
        Actor fromActor = explainer.actor(from.actorId()).orElseThrow();
        Actor toActor = explainer.actor(to.actorId()).orElseThrow();

        // "Back", not a second "Close": the panel's own Close above clears the selection altogether.
        Button back = new Button(Messages.get("versus.close"), new Icon(Feather.ARROW_LEFT));
        back.setId("versus-close");
        back.setAccessibleText(Messages.get("versus.close.accessible"));
        back.getStyleClass().add("flat");
        back.setOnAction(e -> state.selectLink(null));
        Label title = new Label(Messages.get("versus.title." + link.kind().jsonName()).toUpperCase());
        title.getStyleClass().add(Styles.CARD_TITLE);
        title.setWrapText(true);
        Button present = new Button(null, new Icon(Feather.MAXIMIZE_2));
        present.setId("versus-present");
        present.getStyleClass().add("flat");
        present.setAccessibleText(Messages.get("versus.present.accessible"));
        org.stancemap.ui.Hints.set(present, Messages.get("versus.present"));
        present.setOnAction(e -> state.presentComparison());
        present.setMinWidth(USE_PREF_SIZE);
        back.setMinWidth(USE_PREF_SIZE);
        HBox top = new HBox(title, new javafx.scene.layout.Region(), present, back);
        top.getStyleClass().add(Styles.GAP_8);
        HBox.setHgrow(top.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox explanation = new VBox();
        explanation.getStyleClass().add(Styles.GAP_6);
        explanation.getStyleClass().add(Styles.EXPLANATION);
        explanation.setId("versus-explanation");
        Label kind = new Label(Messages.format("versus.relation." + link.kind().jsonName(), fromActor.name(), toActor.name()));
        kind.getStyleClass().add("link-kind-badge");
        kind.setWrapText(true);
        ScriptText.install(kind);
        Label why = ScriptText.install(new Label(link.explanation()));
        why.setWrapText(true);
        explanation.getChildren().addAll(kind, why);
        for (Span evidence : link.evidence()) {
            int paragraph = explainer.article().paragraphNumberAt(evidence.start());
            Hyperlink show = new Hyperlink(Messages.format("versus.evidence", paragraph));
            show.setOnAction(e -> state.showInArticle(evidence));
            explanation.getChildren().add(show);
        }
        VBox left = side(fromActor, from, explainer, palette, state);
        VBox right = side(toActor, to, explainer, palette, state);
        getChildren().addAll(top, explanation);
        // Side by side when there is room; stacked, with the explanation between them, when narrow.
        javafx.scene.layout.HBox columns = new javafx.scene.layout.HBox(12);
        columns.setId("versus-columns");
        Runnable arrange = () -> {
            boolean wide = getWidth() >= SIDE_BY_SIDE_WIDTH;
            getChildren().removeAll(left, right, columns);
            columns.getChildren().clear();
            if (wide) {
                left.setMaxWidth(Double.MAX_VALUE);
                right.setMaxWidth(Double.MAX_VALUE);
                javafx.scene.layout.HBox.setHgrow(left, javafx.scene.layout.Priority.ALWAYS);
                javafx.scene.layout.HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
                left.setPrefWidth(0);
                right.setPrefWidth(0);
                columns.getChildren().addAll(left, right);
                getChildren().add(columns);
            } else {
                left.setPrefWidth(USE_COMPUTED_SIZE);
                right.setPrefWidth(USE_COMPUTED_SIZE);
                getChildren().add(getChildren().indexOf(explanation), left);
                getChildren().add(right);
            }
        };
        arrange.run();
        widthProperty().addListener((obs, was, now) -> {
            if ((was.doubleValue() >= SIDE_BY_SIDE_WIDTH) != (now.doubleValue() >= SIDE_BY_SIDE_WIDTH)) {
                arrange.run();
            }
        });
    }

    static final double SIDE_BY_SIDE_WIDTH = 560;

    private static VBox side(Actor actor, Stance stance, Explainer explainer, BlocPalette palette, AppState state) {
        Hyperlink name = ScriptText.install(new Hyperlink(actor.name()));
        name.getStyleClass().add(Styles.ACTOR_NAME);
        name.setOnAction(e -> state.selectActor(actor));
        name.setAccessibleText(Messages.format("versus.openActor", actor.name()));
        Label role = ScriptText.install(new Label(actor.role()));
        role.getStyleClass().add(Styles.ACTOR_ROLE);
        role.setWrapText(true);
        // Two lines at most beside its rival; the actor's own panel, a click away, has it whole.
        role.getStyleClass().add("versus-role");
        org.stancemap.ui.Hints.set(role, actor.role());
        VBox side = new VBox(name, role,
                new StanceCard(stance, explainer, state, Styles.blocClass(palette.slotOf(actor.id())), false));
        side.getStyleClass().add("versus-side");
        return side;
    }
}
