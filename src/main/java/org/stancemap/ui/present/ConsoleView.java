package org.stancemap.ui.present;

import java.time.Clock;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.stancemap.model.Explainer;
import org.stancemap.tour.PresenterConsole;
import org.stancemap.tour.TourPlayer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.ScriptText;

/**
 * The presenter's console: the current and next step, the step's notes, the time since the tour
 * started, and every step to jump to. Shown on the laptop screen when there are two displays,
 * otherwise as an overlay toggled with C.
 */
public final class ConsoleView extends VBox {

    private final AppState state;
    private final Clock clock;
    private final Label counter = new Label();
    private final Label elapsed = new Label();
    private final Label current = ScriptText.install(new Label());
    private final Label notes = ScriptText.install(new Label());
    private final Label upcoming = ScriptText.install(new Label());
    private final ListView<String> steps = new ListView<>();
    private PresenterConsole console;
    private boolean updating;

    public ConsoleView(AppState state, Clock clock) {
        this.state = state;
        this.clock = clock;
        getStyleClass().add("presenter-console");
        setId("presenter-console");
        counter.getStyleClass().add("console-counter");
        elapsed.getStyleClass().add("console-elapsed");
        elapsed.setId("console-elapsed");
        current.getStyleClass().add("console-current");
        current.setId("console-current");
        current.setWrapText(true);
        notes.getStyleClass().add("console-notes");
        notes.setId("console-notes");
        notes.setWrapText(true);
        upcoming.getStyleClass().add("console-upcoming");
        upcoming.setId("console-upcoming");
        upcoming.setWrapText(true);
        steps.setId("console-steps");
        steps.getStyleClass().add("console-steps");
        // In a window of its own the list of steps takes the height that is left.
        VBox.setVgrow(steps, javafx.scene.layout.Priority.ALWAYS);
        steps.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (!updating && now.intValue() >= 0) {
                state.clearSelection();
                state.presenter().goTo(now.intValue());
            }
        });
        Label notesTitle = new Label(Messages.get("console.notes"));
        notesTitle.getStyleClass().add("console-heading");
        Label stepsTitle = new Label(Messages.get("console.steps"));
        stepsTitle.getStyleClass().add("console-heading");
        getChildren().addAll(counter, elapsed, current, notesTitle, notes, upcoming, stepsTitle, steps);

        state.explainerProperty().addListener((obs, was, now) -> rebuild());
        state.presentingProperty().addListener((obs, was, now) -> {
            if (now) {
                rebuild();
            }
        });
        state.tourStepProperty().addListener((obs, was, now) -> refresh());
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });
        rebuild();
    }

    private void rebuild() {
        Explainer explainer = state.getExplainer();
        console = explainer == null ? null : new PresenterConsole(new TourPlayer(explainer.tour()), clock);
        updating = true;
        steps.getItems().setAll(console == null ? List.of() : console.stepTitles());
        updating = false;
        refresh();
    }

    private void refresh() {
        if (console == null || console.player().isEmpty()) {
            return;
        }
        console.player().goTo(state.tourStepProperty().get());
        counter.setText(console.counter());
        current.setText(console.currentTitle());
        notes.setText(console.currentNotes().isBlank() ? Messages.get("console.noNotes") : console.currentNotes());
        upcoming.setText(console.upcomingTitle().map(t -> Messages.format("console.next", t))
                .orElse(Messages.get("console.last")));
        updating = true;
        steps.getSelectionModel().select(state.tourStepProperty().get());
        steps.scrollTo(Math.max(0, state.tourStepProperty().get() - 2));
        updating = false;
        tick();
    }

    private void tick() {
        if (console != null) {
            elapsed.setText(Messages.format("console.elapsed", console.elapsedText()));
        }
    }

    /** The elapsed time restarts each time a presentation starts. */
    void restartTimer() {
        if (console != null) {
            console.restartTimer();
            tick();
        }
    }
}
