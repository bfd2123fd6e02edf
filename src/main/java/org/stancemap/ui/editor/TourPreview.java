package org.stancemap.ui.editor;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.stancemap.model.Link;
import org.stancemap.model.Actor;
import org.stancemap.model.TourStep;
import org.stancemap.ui.state.AppState;

/**
 * A tour step previewed from the editor: the tour itself, presented from that step, so the map is
 * exactly as the class will see it. Leaving the tour (Esc) comes back to the editor where it was:
 * the same step chosen in the list, the same actor or link chosen on the map, the keyboard in the list.
 */
final class TourPreview {

    private final AppState state;
    private final ListView<TourStep> steps;
    private boolean previewing;
    private int step;
    private Actor actorBefore;
    private Link linkBefore;

    TourPreview(AppState state, ListView<TourStep> steps) {
        this.state = state;
        this.steps = steps;
        ChangeListener<Boolean> back = (obs, was, now) -> {
            if (!now && previewing) {
                previewing = false;
                comeBack();
            }
        };
        state.presentingProperty().addListener(back);
    }

    /** Presents the tour from {@code index}. */
    void show(int index) {
        actorBefore = state.getSelectedActor();
        linkBefore = state.getSelectedLink();
        step = index;
        previewing = true;
        state.present(index);
        if (!state.isPresenting()) {
            previewing = false;
        }
    }

    /** Keeps the tour's step on the one chosen in the list, so Shift+F5 presents from it too. */
    void follow(int index) {
        if (index >= 0 && !state.isPresenting() && steps.getScene() != null) {
            state.presenter().goTo(index);
        }
    }

    private void comeBack() {
        if (step < steps.getItems().size()) {
            steps.getSelectionModel().select(step);
        }
        if (linkBefore != null && state.getExplainer() != null) {
            state.getExplainer().link(linkBefore.id()).ifPresent(state::selectLink);
        } else if (actorBefore != null && state.getExplainer() != null) {
            state.getExplainer().actor(actorBefore.id()).ifPresent(state::selectActor);
        }
        // The editor shows again once the tour has gone: the keyboard goes back to the steps then.
        Platform.runLater(() -> {
            Node list = steps;
            list.requestFocus();
        });
    }
}
