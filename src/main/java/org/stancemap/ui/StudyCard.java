package org.stancemap.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.ScriptText;

/**
 * The frame the study views share: a card over a dimmed map with a title, a close button (Esc
 * closes it too), extra header buttons and a scrolling body.
 */
public class StudyCard extends StackPane {

    protected final VBox body = new VBox();
    private final HBox actions = new HBox();
    private final Button close;
    private final VBox card;
    private final ScrollPane scroll;
    /** How much of what leads up to a control is shown when the view scrolls back up to it. */
    private static final double REVEAL_ABOVE = 120;

    protected StudyCard(AppState state, AppState.StudyPane pane, String id, String titleKey) {
        getStyleClass().addAll("overlay", "study-overlay");
        setId(id);
        visibleProperty().bind(state.studyPaneProperty().isEqualTo(pane));
        managedProperty().bind(visibleProperty());
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("overlay-title");
        close = new Button(Messages.get("about.close"), new Icon(Feather.X));
        close.setId(id + "-close");
        close.setCancelButton(true);
        close.setOnAction(e -> state.panels().closeStudy());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox top = new HBox(title, spacer, actions, close);
        top.getStyleClass().add("overlay-top");
        actions.getStyleClass().add("study-actions");
        top.setAlignment(Pos.CENTER_LEFT);
        body.getStyleClass().add("study-body");
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        card = new VBox(top, scroll);
        card.getStyleClass().add("overlay-card");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(card);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                state.panels().closeStudy();
            }
        });
        onShown(() -> javafx.application.Platform.runLater(this::focusFirst));
        // Keyboard focus in the body stays in view: a quiz answered with a key puts its verdict
        // and "Next" below the fold on a short screen or with large text.
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, focused) -> revealLater(focused));
            }
        });
        // ... also while what was just added settles to its final size.
        body.layoutBoundsProperty().addListener((obs, was, now) -> {
            if (getScene() != null) {
                revealLater(getScene().getFocusOwner());
            }
        });
    }

    private void revealLater(Node focused) {
        if (focused != null && isVisible() && inBody(focused)) {
            javafx.application.Platform.runLater(() -> reveal(focused));
        }
    }

    private boolean inBody(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == body) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls just enough to show {@code node}. */
    private void reveal(Node node) {
        if (node.getScene() == null) {
            return;
        }
        // What was just added (the verdict, say) is styled and laid out before it is measured.
        scroll.applyCss();
        scroll.layout();
        body.layout();
        double content = body.getLayoutBounds().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        javafx.geometry.Bounds box = body.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double offset = scroll.getVvalue() * (content - view);
        if (box.getMinY() < offset) {
            // Above the view: show it with what leads up to it.
            offset = Math.max(0, box.getMinY() - REVEAL_ABOVE);
        } else if (box.getMaxY() > offset + view) {
            // Below the view: bring its bottom in (and so whatever is just above it), never past its top.
            offset = Math.min(box.getMaxY() + 8 - view, box.getMinY());
        }
        scroll.setVvalue(Math.max(0, Math.min(1, offset / (content - view))));
    }

    /** Shows the top of the body, as a new page of content should open (not where the last one was left). */
    protected void scrollToTop() {
        scroll.setVvalue(0);
    }

    /** For short content: a card about {@code height} tall (it scrolls beyond), not as tall as it may grow. */
    protected void fitHeightToContent(double height) {
        // Bound, so the stylesheet's maximum (for cards that grow) no longer applies to this one.
        card.maxHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Region.USE_PREF_SIZE));
        scroll.setPrefViewportHeight(height);
    }

    /** A quieter line of text: an explanation, or what shows when there is nothing to list. */
    protected static Label muted(String text) {
        Label label = ScriptText.install(new Label(text));
        label.setWrapText(true);
        label.getStyleClass().add(org.stancemap.ui.theme.Styles.MUTED);
        return label;
    }

    protected void addAction(Node action) {
        actions.getChildren().add(action);
    }

    /** Where the keyboard lands when the card opens; the close button unless a view says otherwise. */
    protected void focusFirst() {
        close.requestFocus();
    }

    /**
     * Runs {@code action} each time the view shows, and at once if it shows already: the views are
     * built when one is first asked for, so they can be born showing.
     */
    protected final void onShown(Runnable action) {
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                action.run();
            }
        });
        if (isVisible()) {
            action.run();
        }
    }
}
