package org.stancemap.ui.panel;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.ui.FocusReturn;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.ScriptText;
import org.stancemap.ui.theme.Styles;

/**
 * The panel beside the map. It shows the versus view when a link is chosen, the stance panel when
 * an actor is, and otherwise an overview from which any actor can be reached.
 */
public final class SidePanel extends ScrollPane {

    private final AppState state;
    private BlocPalette palette;

    public SidePanel(AppState state) {
        this.state = state;
        getStyleClass().add(Styles.SIDE_PANEL);
        setId("side-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        state.explainerProperty().addListener((obs, was, now) -> {
            palette = now == null ? null : state.paletteOf(now);
            refresh();
        });
        state.selectedActorProperty().addListener((obs, was, now) -> refresh());
        state.selectedLinkProperty().addListener((obs, was, now) -> refresh());
        // A kiosk speaks of tapping, not of keys.
        state.kioskProperty().addListener((obs, was, now) -> refresh());
        if (state.getExplainer() != null) {
            palette = state.paletteOf(state.getExplainer());
        }
        refresh();
    }

    private void refresh() {
        // If the focus was on something inside the old content, keep it in the panel rather than
        // letting it jump to some badge on the map.
        javafx.scene.Node focused = getScene() == null ? null : getScene().getFocusOwner();
        boolean focusInside = focused != null && getContent() != null && FocusReturn.isInside(focused, getContent());
        fill();
        if (focusInside) {
            requestFocus();
        }
    }

    private void fill() {
        Explainer explainer = state.getExplainer();
        if (explainer == null) {
            setContent(new Label(Messages.get("panel.loading")));
            return;
        }
        if (state.getSelectedLink() != null) {
            setContent(withClose(new VersusPanel(state.getSelectedLink(), explainer, palette, state)));
        } else if (state.getSelectedActor() != null) {
            setContent(withClose(new StancePanel(state.getSelectedActor(), explainer, palette, state)));
        } else {
            setContent(overview(explainer));
        }
        setVvalue(0);
    }

    /** A clear way out for touch screens, where there is no Esc key. */
    private VBox withClose(javafx.scene.Node panel) {
        javafx.scene.control.Button close = new javafx.scene.control.Button(Messages.get("panel.close"),
                new Icon(org.kordamp.ikonli.feather.Feather.X));
        close.setId("panel-close");
        close.getStyleClass().addAll("panel-close", "flat");
        close.setAccessibleText(Messages.get("panel.close.accessible"));
        close.setOnAction(e -> state.clearSelection());
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(close);
        bar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        bar.getStyleClass().add("close-bar");
        VBox box = new VBox(bar, panel);
        box.getStyleClass().add("panel-with-close");
        return box;
    }

    private VBox overview(Explainer explainer) {
        VBox box = new VBox();
        box.getStyleClass().add("panel-content");
        box.setId("overview-panel");
        Label title = new Label(Messages.get("overview.title"));
        title.getStyleClass().add(Styles.CARD_TITLE);
        Label intro = new Label(Messages.format("overview.counts", explainer.actors().size(),
                explainer.stances().size(), explainer.links().size()));
        intro.setWrapText(true);
        Label how = new Label(Messages.get(state.isKiosk() ? "overview.how.touch" : "overview.how"));
        how.setWrapText(true);
        how.getStyleClass().add(Styles.MUTED);
        VBox card = new VBox(title, intro, how);
        card.getStyleClass().addAll(Styles.CARD, Styles.GAP_8);
        FlowPane actors = new FlowPane();
        actors.getStyleClass().add(Styles.GAP_6);
        for (Actor actor : explainer.actors()) {
            boolean suggested = actor.status().isSuggested();
            Button chip = new Button(suggested ? Messages.format("panel.chip.suggested", actor.name()) : actor.name());
            chip.getStyleClass().addAll(Styles.CHIP, Styles.blocClass(palette.slotOf(actor.id())));
            if (suggested) {
                chip.getStyleClass().add(Styles.SUGGESTED);
            }
            chip.setOnAction(e -> state.selectActor(actor));
            ScriptText.install(chip);
            actors.getChildren().add(chip);
        }
        Label who = new Label(Messages.get("overview.actors"));
        who.getStyleClass().add(Styles.CARD_TITLE);
        VBox actorCard = new VBox(who, actors);
        actorCard.getStyleClass().add(Styles.CARD);
        box.getChildren().addAll(card, actorCard);
        return box;
    }
}
